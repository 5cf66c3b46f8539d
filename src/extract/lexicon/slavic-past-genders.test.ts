import { describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../../domain/index.js'
import { extractClaims } from '../extract-claims.js'
import { completePastForms } from './slavic-paradigms.js'

// Round 25: a past-tense verb agrees with its subject, and the lexicon listed most verbs in the plural
// its first sentences used. A feminine or masculine subject (air defence, a brigade, the enemy) now
// matches the same rule (completePastForms). Our own sentences, none from a gold file or a data set.

type Row = { kind: Claim['kind']; actorSide?: Claim['actorSide'] }

function claimsOf(text: string, lang: Lang): Row[] {
  const r = extractClaims({ id: 'doc-genders', text, lang, publishedAt: '2026-11-20', outlet: 'Test Wire' })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, actorSide: c.actorSide }))
}

describe('completePastForms', () => {
  it('adds the singular pasts a plural past lacks, in whole words and suffix lists', () => {
    expect(completePastForms('(?:збили|знешкодили) дрон', 'uk')).toBe('(?:збили|збила|збило|збив|знешкодили|знешкодила|знешкодило|знешкодив) дрон')
    expect(completePastForms('перехвати(?:ли|л)', 'ru')).toBe('перехвати(?:ли|ла|ло|л)')
    expect(completePastForms('закрепились|закрепились', 'ru')).toContain('закрепилась')
    // consonant stems have no regular masculine; the feminine and neuter still follow
    expect(completePastForms('(?:сожгли)', 'ru')).toBe('(?:сожгли|сожгла|сожгло)')
  })

  it('leaves nouns, suffixes after a wildcard and everything else alone', () => {
    for (const p of ['(?:сили|підрозділи) оборони', String.raw`\p{L}+(?:ли)`, '[ли]', String.raw`удар\p{L}*`, '(?:ніколи|недели)']) {
      expect(completePastForms(p, 'uk')).toBe(p)
    }
  })
})

describe('singular subjects of plural-listed verbs (uk, ru)', () => {
  it.each<[string, Lang, Row[]]>([
    ['Вночі ППО знешкодила над областю 12 безпілотників.', 'uk', [{ kind: 'strike', actorSide: 'RU' }]],
    ['Ночью ПВО перехватила над регионом девять беспилотников.', 'ru', [{ kind: 'strike' }]],
    // the plural still reads as before
    ['Вночі сили ППО знешкодили над областю 12 безпілотників.', 'uk', [{ kind: 'strike', actorSide: 'RU' }]],
  ])('%s', (text, lang, expected) => {
    expect(claimsOf(text, lang)).toMatchObject(expected)
  })

  it('a new school starting work is no event', () => {
    expect(claimsOf('Цього року почала роботу нова школа.', 'uk')).toEqual([])
    expect(claimsOf('В этом году начала работу новая школа.', 'ru')).toEqual([])
  })
})

// A place the speaker's side "will have" agrees with the place's gender and number: "Іванівка буде наша",
// "село буде наше", "Ивановка будет нашей", "эти сёла будут нашими" (the rules had the masculine only).
describe('a place that "will be ours", in every gender (uk, ru)', () => {
  it.each<[string, Lang, Claim['actorSide']]>([
    ['Командир російського батальйону заявив, що до весни Іванівка буде наша.', 'uk', 'RU'],
    ['Комбриг ЗСУ заявив, що до зими село буде наше.', 'uk', 'UA'],
    ['Командир российского батальона заявил, что к зиме Ивановка будет нашей.', 'ru', 'RU'],
    ['Командир российского батальона заявил, что к зиме эти сёла будут нашими.', 'ru', 'RU'],
  ])('%s', (text, lang, actorSide) => {
    expect(claimsOf(text, lang)).toMatchObject([{ kind: 'capture', actorSide }])
  })

  it('the weather "being ours" names no ground', () => {
    expect(claimsOf('Синоптики говорят, что погода на выходных будет наша.', 'ru')).toEqual([])
  })
})
