// Round 14 (helper 109): the extractor's side of judgement calls 27 and 31 and the time of an air
// raid's parts. Our own sentences, none from any gold file.
//  - an air raid told with its night: the interceptions, hits, debris, fires and the places worst hit
//    told after it take that night (rule 6: "a toll or interception of that night gets the same
//    interval"; rule 31: a "most hit" line takes the summary's time), also in a paragraph of its own;
//  - "у ніч на 9 листопада (з 18:00 8 листопада)": the bracket says when the night began;
//  - "станом на 08:30", "as of 7 a.m.": the hour a tally was taken, not an event's day;
//  - a speaker named again carries the via of their interview (call 27), unless the frame gives the
//    statement an occasion of its own ("earlier", "on Tuesday he wrote", "в окремому дописі").
import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

function claims(text: string, lang: 'en' | 'uk' | 'ru', publishedAt: string) {
  return extractClaims({ id: 'd', text, lang, publishedAt, outlet: 'Test Wire' }).value.claims
}
function times(text: string, lang: 'en' | 'uk' | 'ru', publishedAt: string): [string, string | null, string | null][] {
  return claims(text, lang, publishedAt).map((c) => [c.kind, c.time.start, c.time.end])
}

describe('the parts of an air raid told with its night', () => {
  it('Ukrainian: interceptions, hits and the worst-hit regions in paragraphs of their own', () => {
    const text =
      'У ніч на 14 березня ворог атакував Україну 87 ударними дронами і двома ракетами.\n\nСилами ППО знешкоджено 70 дронів.\n\nВлучання зафіксовано на шести локаціях.\n\nНайбільше постраждали Сумщина та Полтавщина.'
    const got = times(text, 'uk', '2027-03-14')
    expect(got.length).toBeGreaterThanOrEqual(3)
    for (const t of got) expect(t.slice(1)).toEqual(['2027-03-13', '2027-03-14'])
  })

  it('Russian: debris of a downed drone after a night interception', () => {
    const text = 'В ночь на вторник над областью уничтожены 12 беспилотников.\n\nВ Стародубе обломками сбитого дрона повреждены крыша и гараж.'
    const got = times(text, 'ru', '2027-03-16')
    expect(got.at(-1)).toEqual(['strike', '2027-03-15', '2027-03-16'])
  })

  it('English: hits and debris after a raid, the debris told by another official', () => {
    const text =
      'Russia launched 95 drones and three missiles at Ukraine overnight, the Air Force said on Wednesday. Hits were recorded at eight locations.\n\nIn Cherkasy debris of a downed drone damaged a warehouse, the regional governor said.'
    const got = times(text, 'en', '2027-03-17')
    expect(got.length).toBeGreaterThanOrEqual(3)
    for (const t of got) expect(t.slice(1)).toEqual(['2027-03-16', '2027-03-17'])
  })

  it('Ukrainian: "Крім того" with more launches is the same night', () => {
    const text = 'У ніч на 2 квітня противник запустив 60 дронів типу Shahed. Крім того, ворог випустив дві ракети Х-59 з Брянської області.'
    const got = times(text, 'uk', '2027-04-02')
    expect(got.map((t) => t.slice(1))).toEqual([
      ['2027-04-01', '2027-04-02'],
      ['2027-04-01', '2027-04-02'],
    ])
  })

  it('negative: another official counting interceptions of their own keeps the publication day', () => {
    const text = 'Ukrainian drones struck the Oryol region overnight, its governor said on Monday.\n\nRussian air defences destroyed 40 Ukrainian drones over several regions, the Defence Ministry said.'
    const got = times(text, 'en', '2027-03-15')
    expect(got.at(-1)?.slice(1)).toEqual(['2027-03-15', '2027-03-15'])
  })

  it('negative: a sentence opening on another day leaves the raid', () => {
    const text = 'У ніч на 5 травня ворог атакував Одесу дронами.\n\nВчора вдень росіяни обстріляли Херсон, уламки пошкодили будинок.'
    const got = times(text, 'uk', '2027-05-05')
    expect(got.at(-1)?.slice(1)).toEqual(['2027-05-04', '2027-05-04'])
  })

  it('negative: a day strike with no night sets no raid', () => {
    const text = 'Вдень росіяни обстріляли Нікополь з артилерії. Уламки пошкодили два будинки.'
    for (const t of times(text, 'uk', '2027-05-05')) expect(t[1]).not.toBe('2027-05-04')
  })
})

describe('a bracket that says when the night began', () => {
  it('"У ніч на 9 квітня (з 18:00 8 квітня)" is the night, not 8 April', () => {
    const got = times('У ніч на 9 квітня (з 18:00 8 квітня) ворог запустив по Україні 90 ударних БпЛА.', 'uk', '2027-04-09')
    expect(got[0]).toEqual(['strike', '2027-04-08', '2027-04-09'])
  })

  it('"В ночь на 9 апреля (с 20:00 8 апреля)" in Russian', () => {
    const got = times('В ночь на 9 апреля (с 20:00 8 апреля) противник выпустил по области 30 беспилотников.', 'ru', '2027-04-09')
    expect(got[0]?.slice(1)).toEqual(['2027-04-08', '2027-04-09'])
  })

  it('negative: a bracket with a date of its own after no time keeps that date', () => {
    const got = times('Росіяни атакували Харків (8 квітня) ракетами.', 'uk', '2027-04-10')
    expect(got[0]?.slice(1)).toEqual(['2027-04-08', '2027-04-08'])
  })
})

describe('the hour a tally was taken', () => {
  it('"станом на 08:30" and "as of 7 a.m." after a night raid are the night', () => {
    const uk = times('У ніч на 3 травня росіяни атакували Україну 80 дронами. Станом на 08:30 збито 64 дрони.', 'uk', '2027-05-03')
    expect(uk.at(-1)?.slice(1)).toEqual(['2027-05-02', '2027-05-03'])
    const ru = times('В ночь на 3 мая над Курской областью уничтожены 20 беспилотников. По состоянию на 07:00 сбиты ещё 4 дрона.', 'ru', '2027-05-03')
    expect(ru.at(-1)?.slice(1)).toEqual(['2027-05-02', '2027-05-03'])
  })
})

describe('a speaker named again carries the via of their interview (call 27)', () => {
  it('English: "speaking to AFP" carries into a later paragraph, past another voice', () => {
    const text =
      '"Russian troops captured two trenches near Siversk last week," said the company commander, speaking to AFP by phone.\n\nMoscow said on Monday its troops had taken Zvanivka.\n\n"Our drones burned four of their tanks near Zvanivka," the commander said.'
    const got = claims(text, 'en', '2027-03-20')
    const commander = got.filter((c) => c.speaker.name?.includes('commander'))
    expect(commander.length).toBeGreaterThanOrEqual(2)
    for (const c of commander) expect(c.speaker.via).toBe('AFP')
  })

  it('Russian: "рассказал корреспонденту «Звезды»" is the via, carried by "По его словам"', () => {
    const text = '«Мы выбили противника из двух опорников у Степногорска», — рассказал корреспонденту «Звезды» командир роты.\n\nПо его словам, ночью ВСУ пытались контратаковать, но были отброшены.'
    const got = claims(text, 'ru', '2027-03-20')
    expect(got.length).toBeGreaterThanOrEqual(2)
    for (const c of got) expect(c.speaker.via).toBe('Zvezda')
  })

  it('Ukrainian: "розповів кореспондентові Укрінформу" names the via', () => {
    const got = claims('«Ворог тричі штурмував Ямпіль», — розповів кореспондентові Укрінформу командир батальйону.', 'uk', '2027-03-20')
    expect(got[0]?.speaker.via).toMatch(/Ukrinform|Укрінформ/u)
  })

  it('negative: "Earlier, he wrote" opens an occasion of its own', () => {
    const text =
      '"Russian troops shelled Kupiansk all night," the governor told Reuters.\n\nThe Defence Ministry said its units had repelled four attacks near Lyman.\n\nEarlier, the governor said that drones hit a school in Balakliia.'
    const got = claims(text, 'en', '2027-03-20')
    const last = got.at(-1)!
    expect(last.kind).toBe('strike')
    expect(last.speaker.via).toBeNull()
  })
})

describe('a comparison period and a stretch of days (call 23, time convention)', () => {
  it.each([
    ['"For January-October 2025 the figure was …"', 'Russia took 3,900 sq km from January to October. For January-October 2025 the figure was 3,100 sq km.', '2026-11-06', ['2025-01-01', '2025-10-31']],
    ['"compared with … for the matching period of 2025"', 'In the first nine months of the year Russia seized 3,300 sq km, compared with 2,900 for the matching period of 2025.', '2026-10-06', ['2025-01-01', '2025-09-30']],
    ['"down from August\'s 390 sq km"', 'Russian forces captured about 350 sq km in September, down from August\'s 390 sq km.', '2026-10-04', ['2026-08-01', '2026-08-31']],
    ['"на 12% більше, ніж у липні (300 км²)"', 'У серпні окупанти захопили 336 км² — на 12% більше, ніж у липні (300 км²).', '2026-09-03', ['2026-07-01', '2026-07-31']],
    ['"Торік за ті самі вісім місяців — 2100 км²"', 'За вісім місяців року Росія окупувала 2900 км². Торік за ті самі вісім місяців — 2100 км².', '2026-09-03', ['2025-01-01', '2025-08-31']],
  ])('%s', (_label, text, publishedAt, expected) => {
    const got = times(text, /[а-яі]/iu.test(text) ? 'uk' : 'en', publishedAt)
    expect(got.at(-1)?.slice(1)).toEqual(expected)
  })

  it('"between November 1 and 15" is the whole stretch', () => {
    const got = times('Russian troops advanced about two kilometers into the southern suburbs of Myrnohrad between November 1 and 15, ISW said.', 'en', '2026-11-18')
    expect(got[0]?.slice(1)).toEqual(['2026-11-01', '2026-11-15'])
  })

  it('negative: "since September" stays a start, and a month before a day stays the day', () => {
    expect(times('Russian troops have shelled Kupiansk daily since September, the governor said.', 'en', '2026-11-18')[0]?.slice(1)).toEqual(['2026-09-01', '2026-11-18'])
    expect(times('Russian forces captured Zvanivka on September 14, the ministry said.', 'en', '2026-11-18')[0]?.slice(1)).toEqual(['2026-09-14', '2026-09-14'])
  })

  it('negative: a forecast after monthly figures is dated the day it was made', () => {
    const got = claims('Russia seized 410 sq km in October, an analysis found. An analyst said he expects monthly gains of more than 500 sq km once the ground freezes.', 'en', '2026-11-09')
    const forecast = got.find((c) => c.modality === 'expected')
    expect(forecast?.time.start).toBe('2026-11-09')
  })
})

describe('another voice in the same paragraph still ends an interview (call 22 beside call 27)', () => {
  it('the same speaker named again in the same paragraph after another voice carries no via', () => {
    const text = 'Col. Ivan Hrytsenko told Reuters that Russian troops shelled Izium. The Russian Defence Ministry said its troops had taken Zarichne. Hrytsenko said two soldiers were wounded near Lyman.'
    expect(claims(text, 'en', '2027-03-20').at(-1)?.speaker.via ?? null).toBeNull()
  })
  it('named again in a new paragraph, after another voice, the speaker keeps the via', () => {
    const text = 'Col. Ivan Hrytsenko told Reuters that Russian troops shelled Izium.\n\nThe Russian Defence Ministry said its troops had taken Zarichne.\n\nHrytsenko said two soldiers were wounded near Lyman.'
    expect(claims(text, 'en', '2027-03-20').at(-1)?.speaker.via).toBe('Reuters')
  })
})

describe('a verdict confirming part of a claim is the checker\'s claim of its kind (call 29)', () => {
  it.each([
    ['ru', 'С 3 по 9 ноября Минобороны заявило о взятии семи сёл. Карты DeepState подтверждают переход под контроль российских войск только трёх из них.', ['2026-11-03', '2026-11-09']],
    ['uk', 'Міноборони РФ оголосило про захоплення шести сіл за тиждень. Карти DeepState підтверджують захоплення лише двох із них.', ['2026-11-11', '2026-11-18']],
    ['en', "Russia's Defence Ministry said it had captured five villages last week. DeepState's maps show Russian control of only two of them.", ['2026-11-09', '2026-11-15']],
  ] as const)('%s: %s', (lang, text, time) => {
    const verdict = claims(text, lang, '2026-11-18').at(-1)!
    expect(verdict).toMatchObject({ kind: 'capture', actorSide: 'RU', modality: 'asserted' })
    expect([verdict.time.start, verdict.time.end]).toEqual(time)
    expect(verdict.speaker.basedOn).toBe('DeepState')
  })

  it('negative: a verdict confirming none of them is no confirmation', () => {
    const verdict = claims('Минобороны заявило о взятии семи сёл. Карты DeepState не подтверждают взятие ни одного из них.', 'ru', '2026-11-18').at(-1)!
    expect(verdict.modality).not.toBe('asserted')
  })

  it('negative: a confirmation with no claim before it changes nothing', () => {
    const got = claims('Карты DeepState подтверждают переход под контроль российских войск трёх из них.', 'ru', '2026-11-18')
    expect(got.every((c) => c.kind !== 'capture')).toBe(true)
  })
})

describe('a "most hit" line after a summary is a strike of the summary (call 31)', () => {
  it.each([
    ['en', 'Russia launched 80 drones at Ukraine overnight, the Air Force said. Kharkiv and Sumy regions bore the brunt of the attack.'],
    ['en', 'Russia launched 80 drones at Ukraine overnight, the Air Force said. The worst hit was the Odesa region.'],
    ['uk', 'Уночі ворог атакував область 40 дронами. Найбільше постраждала Шосткинська громада.'],
    ['uk', 'Уночі ворог атакував область 40 дронами. Найсильніше дісталося Сумам.'],
    ['uk', 'У ніч на 9 березня ворог атакував Україну 70 дронами. Найбільше дісталося Одещині.'],
  ] as const)('%s: %s', (lang, text) => {
    const got = claims(text, lang, '2026-11-18')
    expect(got.length).toBe(2)
    expect(got[1]).toMatchObject({ kind: 'strike', actorSide: got[0]!.actorSide })
    expect(got[1]!.time).toEqual(got[0]!.time)
  })

  it('negative: a toll with its figure in the worst-hit city stays a toll', () => {
    const got = claims('Russia launched 80 drones at Ukraine overnight. In Kharkiv, the worst-hit city, three people were killed.', 'en', '2026-11-18')
    expect(got.some((c) => c.kind === 'casualties')).toBe(true)
  })

  // A lone "most hit" line naming a hromada reads as a strike in a war feed (helper 105's lexicon); the
  // negative is a "most" line about something that is no target, with no summary before it.
  it('negative: "most" without a summary before it changes nothing', () => {
    const got = claims('Найбільше постраждала торгівля: продажі впали на третину.', 'uk', '2026-11-18')
    expect(got.every((c) => c.kind !== 'strike')).toBe(true)
  })
})
