// Round 15 (helper 115): the extractor's side of gold conventions 33-44 (eval/extract/README.md),
// one describe block per class. Our own sentences, none from any gold file.
import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

type Lang = 'en' | 'uk' | 'ru'
function claims(text: string, lang: Lang, outlet = 'Test Wire', publishedAt = '2027-03-15', format?: 'telegram' | 'text') {
  return extractClaims({ id: 'd', text, lang, publishedAt, outlet, ...(format ? { format } : {}) }).value.claims
}

// 34: when the report is a channel's own post (a Telegram export, or a feed named "Account
// (Telegram)", "Account | Telegram", "Telegram-канал «…»"), the claims in its own voice have no via;
// a via stays where the text itself names one.
describe('34: a channel\'s own post has no via', () => {
  it.each<[string, Lang, string]>([
    ['47 ОМБр (Telegram)', 'uk', 'Наші оператори дронів знищили дві БМП біля Покровська. Ворог втратив 12 піхотинців.'],
    ['Военный дневник (Telegram)', 'ru', 'Наши штурмовики продвинулись у Кременной на 500 метров. Противник отошёл на запасные позиции.'],
    ['Евгений Балицкий (Telegram)', 'ru', 'Сегодня утром ВСУ обстреляли Энергодар, повреждена подстанция.'],
    ['DeepState on Telegram', 'en', 'The enemy advanced near Siversk and in Yampil.'],
    ['Telegram-канал «Северный фронт»', 'ru', 'Под Волчанском противник дважды атаковал наши позиции, обе атаки отбиты.'],
    ['Полтавська ОВА | Telegram', 'uk', 'Уночі ворожі дрони атакували Кременчук, пошкоджено склад.'],
  ])('%s', (outlet, lang, text) => {
    const got = claims(text, lang, outlet)
    expect(got.length).toBeGreaterThan(0)
    for (const c of got) expect(c.speaker.via).toBeNull()
  })

  it('a post read from a Telegram export: the channel\'s own voice names no platform', () => {
    const got = claims('Вночі росіяни атакували Харків дронами, поранено двох людей.', 'uk', 'Олег Синєгубов', '2026-10-10', 'telegram')
    expect(got.length).toBeGreaterThan(0)
    for (const c of got) expect(c.speaker).toMatchObject({ name: 'Oleh Syniehubov', via: null })
  })

  it('a via the text names is kept, in a wire story and in a post', () => {
    const wire = claims('Russian drones hit Sumy overnight, governor Oleh Hryhorov wrote on Telegram.', 'en', 'Reuters')
    expect(wire[0]!.speaker).toMatchObject({ name: 'Oleh Hryhorov', via: 'Telegram' })
    const post = claims('Губернатор Курской области Александр Хинштейн сообщил ТАСС, что ВСУ атаковали дронами Рыльск.', 'ru', 'Военный дневник (Telegram)')
    expect(post[0]!.speaker.via).toBe('TASS')
  })
})
