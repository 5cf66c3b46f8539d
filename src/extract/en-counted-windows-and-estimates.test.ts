import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// Long-form English told with counted windows and estimates (round 23): "over seven days", "in the space
// of a week" (the span to the statement, convention 95), "two days earlier" (the day named last before,
// moved), "officials put losses at 31,000" (an estimate is a statement of whoever gives it), and a speaker
// named only by the first name or call sign a relative clause gives. Sentences of our own, in no gold file.
function claims(text: string, publishedAt = '2026-06-12'): { kind: string; start: string | null; end: string | null; speaker: string }[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt, outlet: 'Test Wire' })
  return value.claims.map((c) => ({ kind: c.kind, start: c.time.start, end: c.time.end, speaker: c.speaker.name ?? '' }))
}

describe('windows counted back from the statement', () => {
  it.each([
    ['Russian forces shelled 23 villages of Kherson Oblast over seven days, the governor said.', '2026-06-05'],
    ['Regional officials moved 140 residents out of Shebekino in the space of a week.', '2026-06-05'],
    ['Russian artillery hit Nikopol 90 times over two weeks, officials said.', '2026-05-29'],
  ])('%s', (text, start) => {
    const c = claims(text)[0]!
    expect([c.start, c.end]).toEqual([start, '2026-06-12'])
  })

  it('leaves durations to come and single days alone', () => {
    expect(claims('The governor said evacuations of Vovchansk would continue over two weeks.')[0]?.start).not.toBe('2026-05-29')
    expect(claims('Russian drones struck Kharkiv over one day and one night, the mayor said.')[0]?.start).not.toBe('2026-06-11')
  })
})

describe('days counted from the day named before', () => {
  it('"two days earlier" moves the statement’s day back', () => {
    const got = claims('The spokesman said on 10 June that Russian troops were attacking Toretsk. He said a Russian group had slipped into the town’s outskirts two days earlier.')
    expect(got.find((c) => c.kind === 'advance')).toMatchObject({ start: '2026-06-08', end: '2026-06-08' })
  })

  it('"three days later" moves it forward', () => {
    const got = claims('Russia claimed Bilytske on 2 June. Three days later Ukrainian troops retook the village, the brigade said.')
    expect(got.find((c) => c.kind === 'capture')).toMatchObject({ start: '2026-06-05', end: '2026-06-05' })
  })
})

describe('an estimate is its giver’s statement', () => {
  it.each([
    ['Ukrainian officials put Russian losses in May at roughly 28,000 killed and wounded.', 'Ukrainian officials'],
    ['The ministry puts the death toll from the strike on Sumy at 12.', 'ministry'],
  ])('%s', (text, speaker) => {
    expect(claims(text)[0]?.speaker.toLowerCase()).toContain(speaker.toLowerCase())
  })

  it('an hour after "put … at" is no estimate', () => {
    expect(claims('Russian forces put the town under fire at 5 a.m., killing two people.').map((c) => c.speaker)).toEqual(['Test Wire'])
  })
})

describe('a speaker named by a first name or call sign only', () => {
  it.each([
    ['Russian troops attacked Vovchansk again overnight, said a platoon commander who asked to be identified only by his call sign, Bober.', 'Bober'],
    ['Russian drones hit the bridge at Kupiansk twice, said a sapper who gave only his first name, Mykola.', 'Mykola'],
  ])('%s', (text, name) => {
    expect(claims(text).map((c) => c.speaker)).toContain(name)
  })
})
