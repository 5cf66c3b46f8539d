import { describe, expect, it } from 'vitest'
import { extractClaims } from '../extract-claims.js'

// Class (round 18, VIINA 2022-24 dev pool): a Ukrainian or Russian headline names its source and then
// what it spoke about ("– Козицький про удари по Львову", ": Гуменюк про вибухи на нафтобазі"), or opens
// with a titled source and a colon ("Речник Повітряних Сил Юрій Ігнат: …", "Мер Житомира …: …",
// "Мінінфраструктури: …"). The source speaks the headline; a setting and a past event before a colon
// ("На Одещині дрони атакували нафтобазу: …") is no source. Sentences of our own.
function first(text: string, lang: 'uk' | 'ru' = 'uk', outlet = 'UNIAN') {
  return extractClaims({ id: 't', text, lang, publishedAt: '2024-10-02', outlet }).value.claims[0] ?? null
}

describe('a source, then what it spoke about', () => {
  it('after a dash or a colon', () => {
    expect(first('Окупанти вдарили ракетами по Харкову – Терехов про наслідки удару')?.speaker).toMatchObject({ name: 'Ihor Terekhov', side: 'UA' })
    expect(first('Вибух на підстанції в Криму: Братчук про можливе ураження об’єкта')?.speaker).toMatchObject({ name: 'Serhii Bratchuk', side: 'UA' })
    expect(first('Пожежа на нафтобазі в Луцьку не загрожує людям, – ДСНС про наслідки удару')?.speaker.name).toBe('State Emergency Service of Ukraine')
    expect(first('Удар по нафтобазі в Харкові: депутатка облради Куц про наслідки обстрілу')?.speaker.name).toBe('депутатка облради Куц')
  })
  it('keeps the topic’s place for the claim', () => {
    const c = first('Вибухи пролунали вночі в Севастополі: Гуменюк про удари по нафтобазі')
    expect(c?.speaker.name).toBe('Natalia Humeniuk')
  })
  it('a clause with its own comma or full stop is no source and topic', () => {
    expect(first('Спершу Київ просив США про удари по аеродромах, але потім змінив цілі.')?.speaker.name).toBe('UNIAN')
  })
})

describe('a titled source before a colon', () => {
  it('a long title with a name, an office and a ministry', () => {
    expect(first('Речник Повітряних Сил ЗСУ Юрій Ігнат: вночі збито два винищувачі Су-30 над Херсонщиною.')?.speaker.name).toBe('Yurii Ihnat')
    expect(first('Мер Житомира Сергій Сухомлин : внаслідок авіаудару по аеродрому є загиблі.')?.speaker).toMatchObject({ name: 'Сергій Сухомлин', side: 'UA' })
    expect(first('Мінінфраструктури: ракета пошкодила залізничну станцію у Фастові.')?.speaker).toMatchObject({ name: 'Мінінфраструктури', side: 'UA' })
  })
  it('a setting and a past event before the colon is no source', () => {
    expect(first('На Одещині безпілотники знову атакували нафтобазу: зайнялася пожежа.', 'uk', 'Ukrainska Pravda')?.speaker.name).toBe('Ukrainska Pravda')
    expect(first('Ракети влучили в нафтобазу під Києвом: пожежу гасять другу добу.', 'uk', 'Ukrainska Pravda')?.speaker.name).toBe('Ukrainska Pravda')
  })
})

describe('the people the Russian agencies quote', () => {
  it('an underground named by no side speaks for the outlet’s side', () => {
    expect(first('Подполье сообщило об ударе по аэродрому под Кривым Рогом.', 'ru', 'RIA Novosti')?.speaker).toMatchObject({ name: 'Подполье', side: 'RU' })
  })
})
