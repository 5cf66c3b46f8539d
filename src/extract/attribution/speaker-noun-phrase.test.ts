import { describe, expect, it } from 'vitest'
import type { Lang } from '../../domain/index.js'
import { extractClaims } from '../extract-claims.js'
import { speakerNounPhrase } from './speaker-noun-phrase.js'

// Class: the speaker's noun phrase cut out of the clause words a frame hands over with it (a setting
// or period before it, a relative word, a post number, a discourse adverb or the document after it,
// the verb of a clause whose pronoun speaks for its subject). Our own sentences, three languages.

describe('speakerNounPhrase', () => {
  it.each([
    ['Of the nine villages the ministry', 'the ministry'],
    ['Among the places its troops', 'its troops'],
    ['From that list the General Staff', 'the General Staff'],
    ['In the same statement he', 'he'],
    ['where regional officials', 'regional officials'],
    ['while the brigade', 'the brigade'],
    ['4/ The General Staff', 'The General Staff'],
    ['2) Генштаб', 'Генштаб'],
    ['the army, for its part', 'the army'],
    ['Kyiv meanwhile', 'Kyiv'],
    ["Ukraine's air force, in its Sunday evening update", "Ukraine's air force"],
    ['the brigade, in a post on Telegram', 'the brigade'],
    ["Britain's Defence Ministry published a map it", "Britain's Defence Ministry"],
    ['The regiment posted footage that they', 'The regiment'],
    ['З початку місяця ми', 'ми'],
    ['у тому ж дописі він', 'він'],
    ['За тиждень ми', 'ми'],
    ['С середины октября мы', 'мы'],
    ['в том же видео она', 'она'],
    ['Российские власти между тем', 'Российские власти'],
    ['Генштаб ЗСУ своєю чергою', 'Генштаб ЗСУ'],
    ['Міноборони Росії при цьому', 'Міноборони Росії'],
    ['Минобороны же', 'Минобороны'],
    ['а губернатор области', 'губернатор области'],
  ])('%s -> %s', (phrase, expected) => {
    expect(speakerNounPhrase(phrase)).toBe(expected)
  })

  it.each([
    // Names and titles with nothing to cut stay as they are.
    'the Russian Defense Ministry',
    'Генштаб ЗСУ',
    'речник Повітряних сил Юрій Ігнат',
    'the head of the Kharkiv regional military administration',
    // A capitalised name before a pronoun is no setting.
    'Генштаб вони',
    // An organisation of something is one noun phrase.
    'the Institute for the Study of War',
    'Сили оборони півдня',
  ])('keeps %s', (phrase) => {
    expect(speakerNounPhrase(phrase)).toBe(phrase)
  })
})

type Row = { speaker: string | null; via: string | null; text: string }

function claimsOf(text: string, lang: Lang, outlet: string): Row[] {
  const r = extractClaims({ id: 'doc-speaker-np', text, lang, publishedAt: '2026-11-20', outlet })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ speaker: c.speaker.name, via: c.speaker.via, text: text.slice(c.span[0], c.span[1]) }))
}

describe('speakers in their sentences', () => {
  it('a discourse adverb after a Russian or Ukrainian speaker is no part of the name', () => {
    const ru = claimsOf('Российские власти между тем объявили эвакуацию жителей трех сел Глушковского района.', 'ru', 'Test Wire')
    expect(ru.map((c) => c.speaker)).toEqual(['Российские власти'])
    const uk = claimsOf('Генштаб ЗСУ при цьому повідомив, що ворог 14 разів атакував позиції біля Костянтинівки.', 'uk', 'Test Wire')
    expect(uk[0]?.speaker).toBe('General Staff of the Armed Forces of Ukraine')
  })

  it('"we" after a period in an outlet\'s own text is the outlet', () => {
    const ru = claimsOf('С середины октября мы установили имена еще 1 300 погибших российских военных.', 'ru', 'Тестовая служба')
    expect(ru.map((c) => c.speaker)).toEqual(['Тестовая служба'])
  })

  it('a pronoun after a setting points back to the speaker named before', () => {
    const ru = claimsOf('Губернатор Курской области Иван Петров написал в Telegram, что дрон атаковал Рыльск.\nВ том же сообщении он добавил, что в Глушково повреждена подстанция.', 'ru', 'Test Wire')
    expect(ru.map((c) => c.speaker)).toEqual(['Иван Петров', 'Иван Петров'])
  })

  it('"the ministry" after a setting is the ministry named before', () => {
    const en = claimsOf("Russia's Defense Ministry claimed the capture of Zvanivka on Monday.\nOf the six villages the ministry said its troops captured in November, we could confirm two.", 'en', 'Test Desk')
    expect(en[1]?.speaker).toBe("Russia's Defense Ministry")
  })

  it('an unnamed source in the genitive is the source in the nominative, through its outlet (convention 52)', () => {
    const ru = claimsOf('По словам источника «Ведомостей» в Минобороны, российские войска до конца месяца выйдут к окраинам Орехова.', 'ru', 'Test Wire')
    expect(ru[0]?.speaker).toBe('источник «Ведомостей» в Минобороны')
    expect(ru[0]?.via).toBe('Vedomosti')
  })

  it("the report's own outlet (an indeclinable name) before the speaker of a Ukrainian verb is the via", () => {
    const uk = claimsOf('Уночі ворог атакував Краматорськ трьома дронами, розповів Skhidnyk речник міської військової адміністрації.', 'uk', 'Skhidnyk')
    expect(uk[0]?.via).toBe('Skhidnyk')
    expect(uk[0]?.speaker).toBe('речник міської військової адміністрації')
  })
})
