import { describe, expect, it } from 'vitest'
import { extractClaims } from '../extract-claims.js'

// Class: an interview printed as labelled turns names each voice in full at its first turn, then by
// initials ("Olena Marchuk: …", then "OM: …"; "Daily Ledger: …", then "DL: …"), or prints a name in
// capitals ("PETRO HAI: …"). Each is one voice. An interviewer's question that passes on what others
// say ("DL: Russian channels write that …") is read from after the label: the group named there is
// the speaker (convention 30: its report, `reported`), not the interviewer. Our own sentences.

type Row = { kind: string; speaker: string | null; via: string | null; modality: string; text: string }

function claimsOf(text: string, outlet = 'Daily Ledger'): Row[] {
  return extractClaims({ id: 'doc-interview', text, lang: 'en', publishedAt: '2026-11-20', outlet }).value.claims.map((c) => ({
    kind: c.kind,
    speaker: c.speaker.name,
    via: c.speaker.via,
    modality: c.modality,
    text: text.slice(c.span[0], c.span[1]),
  }))
}

const interview = `The Daily Ledger reached Lt. Col. Olena Marchuk, who commands a brigade near Siversk, by phone.

Daily Ledger: What happened on the eastern edge of the town?

Olena Marchuk: The Russians pushed into Zvanivka on Monday.

DL: Russian channels write that your battalion in Siversk is surrounded. Is that true?

OM: We still hold the road. Our drones burned two Russian tanks near Bilohorivka on Tuesday.

DL: What comes next?

OM: Last week we repelled six assaults near Verkhnokamianske.`

describe('initials after a full label are the same voice', () => {
  it('the answers under the initials are the interviewee\'s, through the outlet that asks', () => {
    const rows = claimsOf(interview).filter((r) => /tanks|assaults|Zvanivka/u.test(r.text))
    expect(rows.length).toBeGreaterThan(1)
    for (const r of rows) expect(r).toMatchObject({ speaker: 'Olena Marchuk', via: 'Daily Ledger' })
  })

  it('the outlet\'s initials ask even where its full name never labels a turn', () => {
    const rows = claimsOf(interview.replace('Daily Ledger: What', 'DL: What')).filter((r) => /tanks/u.test(r.text))
    expect(rows[0]).toMatchObject({ speaker: 'Olena Marchuk', via: 'Daily Ledger' })
  })
})

describe('a question that passes on what a group says', () => {
  it('the group is the speaker, and its word is reported', () => {
    const row = claimsOf(interview).find((r) => r.kind === 'encirclement')
    expect(row).toMatchObject({ speaker: 'Russian channels', modality: 'reported' })
  })
})

describe('a name printed in capitals', () => {
  it('names the speaker as a reader would write it', () => {
    const text = interview.replaceAll('Olena Marchuk:', 'OLENA MARCHUK:').replaceAll('OM:', 'OLENA MARCHUK:')
    const rows = claimsOf(text).filter((r) => /tanks/u.test(r.text))
    expect(rows[0]?.speaker).toBe('Olena Marchuk')
  })
})

describe('groups of channels or bloggers in plain prose', () => {
  it.each([
    ['Pro-Russian bloggers write that Russian troops captured Yampil.', 'Pro-Russian bloggers'],
    ['Belgorod channels reported that Ukrainian drones struck a fuel depot in Belgorod.', 'Belgorod channels'],
  ])('%s', (text, speaker) => {
    expect(claimsOf(text)[0]).toMatchObject({ speaker, modality: 'reported' })
  })

  it('a ministry\'s plain statement stays asserted', () => {
    expect(claimsOf('The Russian Defence Ministry announced that its troops captured Yampil.')[0]?.modality).toBe('asserted')
  })
})
