import { describe, expect, it } from 'vitest'
import type { Claim } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// Class: an agency headline names its source after a dash or a colon at its end, with no verb of
// saying (attribution/source-tail.ts). Real wire headlines do it throughout (UCDP GED's English
// headlines, `npm run eval:silver-ucdp`: 451 rows end so, and before this detector 5 of them got the
// source as speaker). Our own headlines; the sources vary in shape: a surname, an acronym with its
// office, an institution, a lower-case office, a witness; spaced dash, en and em dash, a dash glued to
// either side, a colon.

type Row = { kind: Claim['kind']; speaker: string | null; side: string; text: string }

function claimsOf(text: string, outlet = 'Test Wire'): Row[] {
  const r = extractClaims({ id: 'doc-source-tail', text, lang: 'en', publishedAt: '2022-10-04', outlet })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, speaker: c.speaker.name, side: c.speaker.side, text: text.slice(c.span[0], c.span[1]) }))
}

describe('a headline source after its last dash or colon speaks the headline', () => {
  const cases: { text: string; kind: Claim['kind']; speaker: string; side?: string }[] = [
    { text: 'Three servicemen wounded near Marinka over the past day - JFO press center', kind: 'casualties', speaker: 'JFO press center', side: 'UA' },
    { text: 'Two militiamen killed in mortar attack near Yasynuvata: DPR command', kind: 'casualties', speaker: 'DPR command', side: 'RU' },
    { text: 'Shelling kills four at bus stop in Kramatorsk -Reuters witness', kind: 'casualties', speaker: 'Reuters' },
    { text: 'Rebel drones shot down over Avdiivka overnight — Ukrainian air force', kind: 'strike', speaker: 'Ukrainian air force', side: 'UA' },
    { text: 'Substation in Kherson hit by artillery, two workers dead – regional governor', kind: 'strike', speaker: 'regional governor' },
    { text: 'Enemy sabotage group repelled near Novoluhanske- Ukrainian military', kind: 'repelled', speaker: 'Ukrainian military', side: 'UA' },
    { text: 'Russian artillery destroyed up to 40 Ukrainian soldiers near Pisky - Russian Defense Ministry', kind: 'casualties', speaker: 'Russian Defense Ministry', side: 'RU' },
    { text: 'Ukrainian forces shelled Horlivka 12 times, a woman was killed - Kochetkov', kind: 'strike', speaker: 'Kochetkov' },
    { text: 'Five soldiers killed as rebels storm checkpoint: officials', kind: 'casualties', speaker: 'officials' },
  ]
  for (const c of cases) {
    it(c.text, () => {
      const claims = claimsOf(c.text)
      const claim = claims.find((x) => x.kind === c.kind)
      expect(claim, JSON.stringify(claims)).toBeDefined()
      expect(claim!.speaker).toBe(c.speaker)
      if (c.side) expect(claim!.side).toBe(c.side)
      // The source's words are not the claim's.
      for (const x of claims) expect(x.text).not.toContain(c.speaker)
    })
  }
})

describe('what is not a headline source stays content, and the outlet speaks', () => {
  const cases: string[] = [
    // Words after the dash that tell, list or label, not a source.
    'Fighting rages near Kupiansk, shells hit the market - there are dead',
    'Russian forces shell Kherson overnight: latest',
    'Drone strike on Odesa port: what we know',
    // A list of names in a sentence of the body (it has a full stop).
    'Ukrainian troops pulled back from two villages – Robotyne and Verbove.',
    // A sentence of the body with an apposition after the dash.
    'The missile hit the fuel depot in Lozova - a key supply hub for the front.',
    // A compound of two names is no dash before a source.
    'Prisoners exchanged on the border after talks between Russia-Ukraine',
  ]
  for (const text of cases) {
    it(text, () => {
      for (const c of claimsOf(text)) expect(c.speaker).toBe('Test Wire')
    })
  }

  it('a site name after the headline (a known outlet) is page furniture, not the source', () => {
    const claims = claimsOf('Russian troops shelled Nikopol overnight, wounding two - Reuters')
    expect(claims.length).toBeGreaterThan(0)
    for (const c of claims) expect(c.speaker).toBe('Test Wire')
  })

  it('a headline without an event before the colon names no source', () => {
    expect(claimsOf('Ukraine war latest: Zelensky')).toEqual([])
  })

  it('a verb of saying before the tail keeps its own frame ("Ukraine says …: officials")', () => {
    const claims = claimsOf('Kyiv says five separatists killed in clashes near Shchastia: officials')
    expect(claims.find((c) => c.kind === 'casualties')?.speaker).toBe('Kyiv')
  })
})
