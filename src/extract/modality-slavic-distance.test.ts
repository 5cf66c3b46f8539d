import { beforeAll, describe, expect, it } from 'vitest'
import { kindsAndModalities, warmSlavicExtraction } from '../testing/slavic-extraction.js'

// The writer's distance from a claim in Ukrainian and Russian: distancing particles make it
// `reported` (convention 49), a lie noun in any case denies it ("вигадка", "вигадкою", "вкид",
// "выдумкой", "вымысел"), and "too early to talk of" in either word order calls it `premature`,
// with the control talked of read as its taking. Sentences of our own, in no gold file.
const claims = kindsAndModalities

// The first extraction compiles both Cyrillic lexicons: slow on a loaded machine, so done once here.
beforeAll(warmSlavicExtraction, 120_000)

describe('distancing particles (convention 49)', () => {
  it.each<[string, 'uk' | 'ru', string]>([
    ['Окупанти, мовляв, уже закріпилися в центрі Сіверська.', 'uk', 'advance'],
    ['Сили оборони буцімто залишили Родинське.', 'uk', 'withdrawal'],
    ['ВСУ, дескать, отошли из Северска ещё в понедельник.', 'ru', 'withdrawal'],
    ['Наши, мол, уже зашли в Гуляйполе.', 'ru', 'advance'],
  ])('%s', (text, lang, kind) => {
    expect(claims(text, lang)).toEqual([[kind, 'reported']])
  })

  it('leaves a claim without a particle asserted', () => {
    expect(claims('Сили оборони залишили Родинське.', 'uk')).toEqual([['withdrawal', 'asserted']])
    // "молот", "моль": no particle inside another word
    expect(claims('Штурмовики «Молота» зашли в Гуляйполе.', 'ru').map(([, m]) => m)).not.toContain('reported')
  })
})

describe('a claim called an invention is denied', () => {
  it.each<[string, 'uk' | 'ru']>([
    ['Повідомлення окупантів про захоплення Ямполя — чергова вигадка.', 'uk'],
    ['Речник угруповання назвав вигадкою заяви про оточення Куп\u2019янська.', 'uk'],
    ['Розповіді про прорив під Оріховом — звичайний вкид.', 'uk'],
    ['Сообщения о взятии Кировска — очередной вымысел.', 'ru'],
    ['Командир батальона назвал выдумкой заявления о прорыве под Сумами.', 'ru'],
  ])('%s', (text, lang) => {
    expect(claims(text, lang).map(([, m]) => m)).toEqual(['denied'])
  })
})

describe('too early to talk of it', () => {
  it.each<[string, 'uk' | 'ru']>([
    ['Про захоплення Курахового говорити поки рано.', 'uk'],
    ['Бої ще тривають, тож про повний контроль говорити зарано.', 'uk'],
    ['О взятии Константиновки говорить рановато.', 'ru'],
    ['Штурм продолжается, так что о полном контроле говорить пока рано.', 'ru'],
  ])('%s', (text, lang) => {
    expect(claims(text, lang)).toContainEqual(['capture', 'premature'])
  })
})
