import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// Wire headlines tell a toll in a reduced passive: the auxiliary dropped ("Ukrainian soldier killed in
// Donbas"), often after "reported" ("Four troops reported killed"), and with one victim named by a
// bare singular noun. The victims are no speaker, they suffered the act (the other side's, convention:
// casualties are the inflicting side's), and one of them is a toll of 1 (convention 59). The agent of a
// passive named "by artillerymen of the Russian Federation", "by Kiev's forces" or "APU" in the Russian
// agencies' English is a side. Sentences of our own, in no gold file and not from the UCDP rows.
function claims(text: string, outlet = 'Wire desk') {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2021-05-10', outlet })
  return value.claims.map((c) => ({ kind: c.kind, side: c.actorSide, speaker: c.speaker.name, q: c.quantity ? [c.quantity.value, c.quantity.unit] : null }))
}

describe('"reported killed" names the victims, not a speaker', () => {
  it.each([
    ['Three reported dead after overnight fighting near Marinka', [3, 'people']],
    ['Seven soldiers reported wounded in shelling of Avdiivka', [7, 'soldiers']],
    ['Two civilians reported killed as rockets hit Kramatorsk', [2, 'people']],
  ] as const)('%s', (text, q) => {
    const toll = claims(text).find((c) => c.kind === 'casualties')
    expect(toll?.speaker).toBe('Wire desk')
    expect(toll?.q).toEqual(q)
  })

  it('a speaker who reported something still speaks', () => {
    expect(claims('The governor reported that two civilians were killed in Kupiansk')[0]?.speaker).toMatch(/governor/i)
  })
})

describe('one victim named by a bare singular noun at the head of a headline', () => {
  it.each([
    ['Ukrainian serviceman wounded near Pisky overnight', 'RU', [1, 'soldiers']],
    ['Russian marine killed in Krynky fighting', 'UA', [1, 'soldiers']],
    ['LPR militiaman reported killed near Zolote', null, [1, 'soldiers']],
    ['Elderly woman injured by shelling in Avdiivka', null, [1, 'people']],
  ] as const)('%s', (text, side, q) => {
    const toll = claims(text).find((c) => c.kind === 'casualties')
    expect(toll?.q).toEqual(q)
    if (side) expect(toll?.side).toBe(side)
  })

  it('a number word or a plural is not the bare noun', () => {
    expect(claims('Women injured by shelling in Avdiivka').find((c) => c.kind === 'casualties')?.q).toBeNull()
    expect(claims('Two Ukrainian servicemen wounded near Pisky').find((c) => c.kind === 'casualties')?.q).toEqual([2, 'soldiers'])
  })

  it('a soldier who kills is the agent, not the victim', () => {
    const toll = claims('A Russian soldier killed two civilians in Hostomel').find((c) => c.kind === 'casualties')
    expect(toll?.side).toBe('RU')
  })
})

describe('victims after a clause that names the attacker', () => {
  it('victims of a side named in their own clause are that side\'s losses', () => {
    expect(claims('Russian-occupation forces broke the truce nine times overnight, one Ukrainian serviceman wounded').find((c) => c.kind === 'casualties')?.side).toBe('RU')
  })

  it('victims with no side of their own suffered the side named before', () => {
    expect(claims('Kiev troops shelled Gorlovka twice, three civilians wounded').find((c) => c.kind === 'casualties')?.side).toBe('UA')
    expect(claims('Russia-led forces fired on Ukrainian positions near Shumy, soldier wounded').find((c) => c.kind === 'casualties')?.side).toBe('RU')
  })

  it('a thousands separator is no clause break', () => {
    expect(claims('An analyst said Russian units were losing 1,200 soldiers killed or wounded a day').find((c) => c.kind === 'casualties')?.side).toBe('UA')
  })

  it('a source tail after a colon is not the cause', () => {
    expect(claims('Two Ukrainian soldiers killed in clashes with separatists: Kiev military').find((c) => c.kind === 'casualties')?.side).toBe('RU')
  })
})

describe('agents in the Russian agencies\' English', () => {
  it('a passive that opens with its target takes the agent after "by"', () => {
    expect(claims('Ukrainian fuel depot near Beryslav was destroyed by gunners of the Russian Federation').find((c) => c.kind === 'strike')?.side).toBe('RU')
    expect(claims('Russian ammunition depot was destroyed near Tokmak')[0]?.side).toBe('UA')
  })

  it('APU and Kiev forces are Ukraine\'s', () => {
    expect(claims('APU lost up to 60 people in battles near Svatove in a day').find((c) => c.kind === 'casualties')?.side).toBe('RU')
    expect(claims('Two DPR servicemen killed in shelling by Kiev forces').find((c) => c.kind === 'casualties')?.side).toBe('UA')
  })
})
