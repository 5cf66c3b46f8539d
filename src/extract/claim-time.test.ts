import { describe, expect, it } from 'vitest'
import type { Lang } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// Claim times that depend on the text around the claim (judgement calls 3, 6 and 11 and the time
// conventions in eval/extract/README.md). Our own sentences. Published Friday 12 December 2025.
const PUBLISHED = '2025-12-12'

/** The time of each claim whose span holds `anchor`, as [start, end]. */
function timeOf(text: string, lang: Lang, anchor: string): [string | null, string | null][] {
  const r = extractClaims({ id: 'doc-time', text, lang, publishedAt: PUBLISHED, outlet: 'Test Wire' })
  expect(r.issues).toEqual([])
  const hits = r.value.claims.filter((c) => text.slice(c.span[0], c.span[1]).includes(anchor))
  expect(hits.length, `no claim holds «${anchor}»`).toBeGreaterThan(0)
  return hits.map((c) => [c.time.start, c.time.end])
}

describe('a rebuttal takes the time of the claim it answers', () => {
  it.each([
    ['en', "Russia's Defence Ministry said on Tuesday that its troops had captured Novoivanivka. A Ukrainian brigade spokesman called the claim false on Thursday.", 'called the claim false'],
    ['uk', 'У вівторок Міноборони РФ заявило, що його війська захопили Новоіванівку. У Генштабі ЗСУ цю заяву назвали брехнею.', 'назвали брехнею'],
    ['ru', 'Во вторник Минобороны России заявило, что войска взяли Новоивановку. В ВСУ это заявление назвали ложью.', 'назвали ложью'],
  ] as const)('%s', (lang, text, anchor) => {
    for (const t of timeOf(text, lang, anchor)) expect(t).toEqual(['2025-12-09', '2025-12-09'])
  })
})

describe('a continued statement keeps its date (judgement call 3)', () => {
  it.each([
    ['en', 'Ruslan Petrenko, a brigade spokesman, said on Wednesday that his unit still held the mine. He added that Russian troops were massing armour near Kalynove.', 'were massing armour'],
    ['en', 'The governor said on Wednesday that the town was calm. According to him, Russian drones struck a depot in Velykyi Burluk.', 'struck a depot'],
    ['uk', 'Речник бригади в середу заявив, що шахту утримують українські військові. За його словами, ворог накопичує техніку біля Калинового.', 'накопичує техніку'],
    ['ru', 'Губернатор в среду сообщил, что обстановка спокойная. По его словам, дроны ВСУ атаковали нефтебазу в Валуйках.', 'атаковали нефтебазу'],
  ] as const)('%s: %s', (lang, text, anchor) => {
    expect(timeOf(text, lang, anchor)).toContainEqual(['2025-12-10', '2025-12-10'])
  })

  it('but a statement naming its speaker anew is a statement of its own', () => {
    const text = 'The governor said on Wednesday that the town was calm. Russian drones struck a depot in Velykyi Burluk, the governor wrote on Telegram.'
    expect(timeOf(text, 'en', 'struck a depot')).toEqual([['2025-12-12', '2025-12-12']])
  })
})

describe('report windows (judgement call 11)', () => {
  it('a lead after a headline and a dateline opens the window', () => {
    const text = 'Shelling in Kherson region\n12.12.2025 09:10\n\nRussian troops shelled the Beryslav district 31 times in the past 24 hours, the regional governor said.\n\nA drone damaged a school in Beryslav, he said.'
    expect(timeOf(text, 'en', 'damaged a school')).toEqual([['2025-12-11', '2025-12-12']])
  })

  it.each([
    ['Ukraine counted 88 Russian attacks in the 24 hours to the morning of December 12.', 'Russian troops stormed positions near Sukhetske 20 times, the report said.'],
    ['Russian troops mounted 88 attacks between Thursday and Friday morning, the General Staff said.', 'Russian troops stormed positions near Sukhetske 20 times, the report said.'],
  ])('a window told by its ends: %s', (lead, item) => {
    expect(timeOf(`${lead} ${item}`, 'en', 'stormed positions')).toEqual([['2025-12-11', '2025-12-12']])
  })

  it("a claim's own period inside a clause does not close the window", () => {
    const text = 'За минулу добу ворог обстріляв 12 населених пунктів області.\n\nЗ громади за тиждень вивезли 40 мешканців.\n\nБойові дії: ворог продовжує спроби штурмувати Вовчанськ.'
    expect(timeOf(text, 'uk', 'штурмувати Вовчанськ')).toEqual([['2025-12-11', '2025-12-12']])
    expect(timeOf(text, 'uk', 'вивезли 40 мешканців')).toEqual([['2025-12-05', '2025-12-12']])
  })
})

describe('claims continuing the event told just before', () => {
  it.each([
    ['en', 'Russian forces launched a drone attack on Odesa overnight on December 10 to 11. Ukrainian air defence downed 40 drones.', 'downed 40 drones', ['2025-12-10', '2025-12-11']],
    ['uk', 'Позавчора ворог намагався прорватися до Степового. Атаку відбили на підступах.', 'Атаку відбили', ['2025-12-10', '2025-12-10']],
    ['ru', 'В ночь на 11 декабря ВСУ атаковали Белгород. В результате атаки повреждены три дома.', 'повреждены три дома', ['2025-12-10', '2025-12-11']],
    ['ru', 'Тяжёлая ночь для Грайворона. Противник выпустил по городу 20 снарядов.', 'выпустил по городу', ['2025-12-11', '2025-12-12']],
  ] as const)('%s: %s', (lang, text, anchor, expected) => {
    expect(timeOf(text, lang, anchor)).toContainEqual(expected)
  })

  it('a toll in a new item with its own cause is not the last item’s', () => {
    const text = 'Харків: учора ввечері дрон влучив у склад.\n\nІзюмський район: через удар FPV-дрона по автомобілю травмовано двох чоловіків.'
    expect(timeOf(text, 'uk', 'травмовано двох')).toEqual([['2025-12-12', '2025-12-12']])
  })
})

describe('time words', () => {
  it.each([
    ['uk', 'Під час вчорашнього штурму ворог втратив два танки.', 'втратив два танки', ['2025-12-11', '2025-12-11']],
    ['ru', 'Накануне губернатор сообщил, что дроны ВСУ атаковали Рыльск.', 'атаковали Рыльск', ['2025-12-11', '2025-12-11']],
    ['uk', 'Від понеділка з Куп’янська евакуювали 50 людей.', 'евакуювали 50 людей', ['2025-12-08', '2025-12-12']],
    ['en', 'Russian troops have taken four villages since November 20 and now sit about 5 km from Huliaipole.', 'sit about 5 km', ['2025-12-12', '2025-12-12']],
    ['en', 'Russia now holds 81% of the region, up from 70% a year ago.', 'holds 81%', ['2025-12-12', '2025-12-12']],
    ['en', 'Russian troops took two villages in early November. About 2,000 residents have since fled the town.', 'have since fled', ['2025-11-01', '2025-12-12']],
    ['en', 'June alone accounted for about 500 sq km, the largest monthly haul since March.', 'accounted for about 500', ['2025-06-01', '2025-06-30']],
    ['uk', 'У листопаді ворог окупував 400 км². Сили оборони за місяць звільнили 30 км².', 'звільнили 30 км²', ['2025-11-01', '2025-11-30']],
    ['ru', 'Путин поручил до конца января освободить Курскую область.', 'освободить', ['2025-12-12', '2026-01-31']],
    ['uk', 'Упродовж минулого тижня ворог 40 разів штурмував позиції біля Степового.', 'штурмував позиції', ['2025-12-01', '2025-12-07']],
    ['ru', 'Потери армии РФ с начала полномасштабного вторжения превысили 150 тысяч человек.', 'Потери армии', ['2022-02-24', '2025-12-12']],
    ['uk', 'Учора окупанти втретє за тиждень обстріляли Херсон.', 'обстріляли Херсон', ['2025-12-11', '2025-12-11']],
    ['en', 'Moscow holds about 70 percent of the region, which it claims to have annexed in 2022.', 'holds about 70 percent', ['2025-12-12', '2025-12-12']],
  ] as const)('%s: %s', (lang, text, anchor, expected) => {
    expect(timeOf(text, lang, anchor)).toContainEqual(expected)
  })

  it('an area figure without a time takes the period the report is about', () => {
    const text = 'У листопаді російська армія окупувала 450 км². Українським підрозділам вдалося повернути близько 20 км². Сили оборони за той самий період звільнили ще два села.'
    expect(timeOf(text, 'uk', 'повернути близько 20 км²')).toEqual([['2025-11-01', '2025-11-30']])
  })

  it('an expected event is not dated by what came before it in the sentence', () => {
    const text = 'After a lull in August, analysts expect Russia to launch fresh assaults on Siversk within weeks.'
    expect(timeOf(text, 'en', 'launch fresh assaults')).toEqual([['2025-12-12', '2025-12-12']])
  })
})
