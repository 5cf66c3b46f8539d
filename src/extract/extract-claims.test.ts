import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../domain/index.js'
import { extractClaims, type ExtractableDocument } from './extract-claims.js'

// Functional tables (pelias/parser style): a sentence in, the claims out. Our own sentences.

function doc(text: string, lang: Lang = 'en', outlet: string | null = 'Test Wire', publishedAt = '2025-12-12'): ExtractableDocument {
  return { id: 'doc-test', text, lang, publishedAt, outlet }
}

type Row = Partial<Pick<Claim, 'kind' | 'actorSide' | 'modality'>> & { speaker?: string | null; side?: string; via?: string | null; time?: [string | null, string | null]; quantity?: [number, string] | null }

function summarise(c: Claim): Row {
  return {
    kind: c.kind,
    actorSide: c.actorSide,
    modality: c.modality,
    speaker: c.speaker.name,
    side: c.speaker.side,
    via: c.speaker.via,
    time: [c.time.start, c.time.end],
    quantity: c.quantity ? [c.quantity.value, c.quantity.unit] : null,
  }
}

function claimsOf(text: string, lang: Lang = 'en', outlet: string | null = 'Test Wire', publishedAt = '2025-12-12'): Row[] {
  const r = extractClaims(doc(text, lang, outlet, publishedAt))
  expect(r.issues).toEqual([])
  return r.value.claims.map(summarise)
}

// 2025-12-12 is a Friday.
describe('extractClaims: English', () => {
  it.each<[string, Row[]]>([
    [
      'Russia said on Thursday its forces had captured the town of Siversk, a claim Kyiv said was premature.',
      [
        { kind: 'capture', actorSide: 'RU', speaker: 'Russia', side: 'RU', modality: 'reported', time: ['2025-12-11', '2025-12-11'] },
        { kind: 'capture', actorSide: 'RU', speaker: 'Kyiv', side: 'UA', modality: 'premature', time: ['2025-12-11', '2025-12-11'] },
      ],
    ],
    [
      'Ukrainian forces repelled 38 Russian attacks near Pokrovsk over the past day, the General Staff said.',
      [{ kind: 'repelled', actorSide: 'UA', speaker: 'General Staff', side: 'UA', modality: 'asserted', time: ['2025-12-11', '2025-12-12'], quantity: [38, 'other'] }],
    ],
    [
      'Russian forces seized 3,386 square kilometers of Ukrainian territory in the first 10 months of 2025, according to Bloomberg calculations based on DeepState data.',
      [{ kind: 'area-change', actorSide: 'RU', speaker: 'Bloomberg', side: 'independent', modality: 'asserted', time: ['2025-01-01', '2025-10-31'], quantity: [3386, 'km2'] }],
    ],
    [
      'Russian troops advanced about 500 square miles last month, a Russian milblogger claimed.',
      [{ kind: 'area-change', actorSide: 'RU', speaker: 'Russian milblogger', side: 'RU', modality: 'reported', time: ['2025-11-01', '2025-11-30'], quantity: [1294.994, 'km2'] }],
    ],
    [
      'Air defences shot down 97 Ukrainian drones overnight, the Russian Defence Ministry told TASS.',
      [{ kind: 'strike', actorSide: 'UA', speaker: 'Russian Defence Ministry', side: 'RU', via: 'TASS', modality: 'asserted', time: ['2025-12-11', '2025-12-12'], quantity: [97, 'other'] }],
    ],
    [
      'The Ukrainian offensive has been halted, Russia\'s General Staff chief Valery Gerasimov claimed on Tuesday.',
      [{ kind: 'repelled', actorSide: 'RU', speaker: 'Valery Gerasimov', side: 'RU', modality: 'reported', time: ['2025-12-09', '2025-12-09'] }],
    ],
    [
      'Kyiv expects Moscow to launch a new offensive on Zaporizhzhia in the spring.',
      [{ kind: 'assault', actorSide: 'RU', speaker: 'Kyiv', side: 'UA', modality: 'expected' }],
    ],
    [
      'Ukrainian units were forced to withdraw from Kurakhove to avoid encirclement.',
      [{ kind: 'withdrawal', actorSide: 'UA', speaker: 'Test Wire', modality: 'asserted' }],
    ],
    [
      // An event the speaker says did not happen is no claim (gold convention 12).
      'Russian forces did not make confirmed advances near Kupiansk on Wednesday.',
      [],
    ],
    [
      'A Russian missile strike on Odesa killed three civilians, including a child, the regional governor said.',
      [
        { kind: 'strike', actorSide: 'RU', speaker: 'regional governor', modality: 'asserted' },
        { kind: 'casualties', actorSide: 'RU', speaker: 'regional governor', modality: 'asserted', quantity: [3, 'people'] },
      ],
    ],
    [
      'Authorities ordered the mandatory evacuation of 27 villages in the Kupiansk district.',
      [{ kind: 'evacuation', modality: 'asserted', quantity: [27, 'other'] }],
    ],
    [
      'Russian forces control roughly 19% of Ukraine, analysts say.',
      [{ kind: 'control', actorSide: 'RU', speaker: 'analysts', side: 'independent', quantity: [19, 'percent'] }],
    ],
  ])('%s', (text, expected) => {
    const got = claimsOf(text)
    expect(got).toHaveLength(expected.length)
    expected.forEach((e, i) => expect(got[i]).toMatchObject(e))
  })

  it('resolves pronoun and title back-references to the last named speaker', () => {
    const text =
      'Viktor Trehubov, spokesman for the Khortytsia group, said Russian troops had entered Kostiantynivka. ' +
      'He added that the Russians had lost 300 soldiers near the town. The spokesman said Ukrainian units repelled 12 assaults.'
    expect(claimsOf(text).map((c) => [c.kind, c.speaker])).toEqual([
      ['advance', 'Viktor Trehubov'],
      ['casualties', 'Viktor Trehubov'],
      ['repelled', 'Viktor Trehubov'],
    ])
  })

  it('attributes every sentence of a quote to the speaker named where it ends', () => {
    const text = '"Our troops liberated Andriivka yesterday. The enemy retreated to Tiotkino," the brigade commander said.'
    const got = claimsOf(text)
    expect(got.map((c) => [c.kind, c.speaker])).toEqual([
      ['capture', 'brigade commander'],
      ['withdrawal', 'brigade commander'],
    ])
  })

  it('makes a denial of an earlier report a claim with the denying speaker', () => {
    const text = 'Russian war bloggers claimed that Moscow\'s troops had entered Kostiantynivka. The Ukrainian military denied the reports.'
    const got = claimsOf(text)
    expect(got[1]).toMatchObject({ kind: 'advance', actorSide: 'RU', speaker: 'Ukrainian military', side: 'UA', modality: 'denied' })
  })

  it('reads the source behind a relayed statement ("citing")', () => {
    const r = extractClaims(doc('Russian forces captured Pishchane, Reuters reported, citing the Russian Defence Ministry.'))
    expect(r.value.claims[0]!.speaker.name).toBeTruthy()
  })

  it('reads pushing the enemy out of settlements as a capture, being pushed out of part of a town as the pusher\'s advance', () => {
    expect(claimsOf('Ukrainian troops have pushed Russian forces out of two villages north of Kupiansk.')).toMatchObject([{ kind: 'capture', actorSide: 'UA', quantity: [2, 'other'] }])
    expect(claimsOf('Ukrainian troops pushed Russian forces out of Kindrashivka.')).toMatchObject([{ kind: 'capture', actorSide: 'UA' }])
    expect(claimsOf('Ukrainian troops pushed Russian forces out of their positions.')).toMatchObject([{ kind: 'advance', actorSide: 'UA' }])
    expect(claimsOf('Ukrainian units have been pushed out of the town centre.')).toMatchObject([{ kind: 'advance', actorSide: 'RU' }])
  })

  it('splits an appositive rebuttal ("a statement Kyiv called \'not true\'") into the claim and its denial', () => {
    const got = claimsOf('Russia\'s Defense Ministry claimed on Thursday that its troops had taken Pokrovsk, a statement Ukraine\'s military called "not true."')
    expect(got).toMatchObject([
      { kind: 'capture', actorSide: 'RU', speaker: "Russia's Defense Ministry", modality: 'reported' },
      { kind: 'capture', actorSide: 'RU', speaker: "Ukraine's military", side: 'UA', modality: 'denied' },
    ])
  })

  it('does not take a participle after a verb for a speech verb ("made confirmed advances")', () => {
    expect(claimsOf('Russian forces recently made confirmed advances near Kostiantynivka.')).toMatchObject([{ kind: 'advance', actorSide: 'RU', speaker: 'Test Wire' }])
  })

  it('reads the outlet a speaker told ("told The New York Times")', () => {
    expect(claimsOf('A senior Ukrainian commander told The New York Times that Russian troops had advanced two miles.')).toMatchObject([{ speaker: 'senior Ukrainian commander', via: 'The New York Times', quantity: [3.219, 'km'] }])
  })

  it('takes the side of "Unconfirmed claims:" as unverified for the paragraph', () => {
    const got = claimsOf('Unconfirmed claims: A Russian milblogger claimed that Russian forces seized Bilytske. Russian forces also attacked Rodynske.')
    expect(got.map((c) => c.modality)).toEqual(['unverified', 'unverified'])
  })
})

describe('extractClaims: Ukrainian', () => {
  it.each<[string, string | null, Row[]]>([
    [
      'Ворог 41 раз атакував позиції наших захисників поблизу Покровська. Сили оборони відбили 35 атак, шість боєзіткнень тривають.',
      'Генштаб ЗСУ',
      [
        { kind: 'assault', actorSide: 'RU', speaker: 'General Staff of the Armed Forces of Ukraine', quantity: [41, 'other'] },
        { kind: 'repelled', actorSide: 'UA', quantity: [35, 'other'] },
        { kind: 'assault', actorSide: null, quantity: [6, 'other'] },
      ],
    ],
    [
      "Окупанти просунулися поблизу Торецька та захопили Щербинівку.",
      'DeepState',
      [
        { kind: 'advance', actorSide: 'RU', speaker: 'DeepState', side: 'UA' },
        { kind: 'capture', actorSide: 'RU', speaker: 'DeepState' },
      ],
    ],
    [
      'Російські війська захопили село Гай, повідомив речник Сил оборони півдня Владислав Волошин.',
      'Укрінформ',
      [{ kind: 'capture', actorSide: 'RU', speaker: 'Vladyslav Voloshyn', side: 'UA' }],
    ],
    [
      'За даними DeepState, за перші 10 місяців 2025 року росіяни окупували 3 386 квадратних кілометрів.',
      'Укрінформ',
      [{ kind: 'area-change', actorSide: 'RU', speaker: 'DeepState', time: ['2025-01-01', '2025-10-31'], quantity: [3386, 'km2'] }],
    ],
    [
      'Сили оборони відійшли з Курахового через загрозу оточення.',
      'DeepState',
      [{ kind: 'withdrawal', actorSide: 'UA' }],
    ],
    [
      'У Генштабі ЗСУ спростували заяви росіян про захоплення Вовчанська.',
      'Суспільне',
      [{ kind: 'capture', actorSide: 'RU', speaker: 'General Staff of the Armed Forces of Ukraine', modality: 'denied' }],
    ],
    [
      "Вночі ворог атакував Харків ударними БпЛА, поранено 7 людей.",
      'Олег Синєгубов',
      [
        { kind: 'strike', actorSide: 'RU', speaker: 'Oleh Syniehubov', time: ['2025-12-11', '2025-12-12'] },
        { kind: 'casualties', actorSide: 'RU', quantity: [7, 'people'] },
      ],
    ],
    // A cause named before the event is not a claim; a surname in another case is the speaker named before.
    [
      'Через посилення обстрілів розширили зону евакуації ще на 14 населених пунктів, повідомив начальник ОВА Сергій Лисак. За словами Лисака, ворог атакував Нікополь і Марганець дронами та артилерією.',
      'Суспільне',
      [
        { kind: 'evacuation', actorSide: null, speaker: 'Serhii Lysak', side: 'UA', quantity: [14, 'other'] },
        { kind: 'strike', actorSide: 'RU', speaker: 'Serhii Lysak', side: 'UA' },
      ],
    ],
    // A side denying a gain nobody is named for denies the other side's claim.
    ['Інформація про захоплення Костянтинівки не відповідає дійсності.', 'DeepState', [{ kind: 'capture', actorSide: 'RU', speaker: 'DeepState', modality: 'denied' }]],
    ['Противник завдав авіаудару по Гуляйполю.', 'Генштаб ЗСУ', [{ kind: 'strike', actorSide: 'RU' }]],
  ])('%s', (text, outlet, expected) => {
    const got = claimsOf(text, 'uk', outlet)
    expect(got).toHaveLength(expected.length)
    expected.forEach((e, i) => expect(got[i]).toMatchObject(e))
  })
})

describe('extractClaims: Russian', () => {
  it.each<[string, string | null, Row[]]>([
    [
      'Подразделения группировки войск «Центр» освободили населённый пункт Родинское. Противник потерял до 480 военнослужащих.',
      'Минобороны России',
      [
        { kind: 'capture', actorSide: 'RU', speaker: 'Russian Defense Ministry', side: 'RU' },
        { kind: 'casualties', actorSide: 'RU', quantity: [480, 'soldiers'] },
      ],
    ],
    ['Освобождён населённый пункт Северск.', 'Минобороны России', [{ kind: 'capture', actorSide: 'RU' }]],
    ['Отражены три контратаки штурмовых групп ВСУ.', 'Минобороны России', [{ kind: 'repelled', actorSide: 'RU', quantity: [3, 'other'] }]],
    ['Средствами ПВО за сутки сбиты 177 беспилотников.', 'Минобороны России', [{ kind: 'strike', actorSide: 'UA', time: ['2025-12-11', '2025-12-12'], quantity: [177, 'other'] }]],
    [
      'Российские военные продвинулись на 3 километра, сообщил ТАСС военный эксперт Андрей Марочко.',
      'ТАСС',
      [{ kind: 'advance', actorSide: 'RU', speaker: 'Andrei Marochko', side: 'RU', via: 'TASS', quantity: [3, 'km'] }],
    ],
    ['По неподтверждённым данным, штурмовики 8-й армии вошли в Северск.', 'Рыбарь', [{ kind: 'advance', actorSide: 'RU', speaker: 'Rybar', modality: 'unverified' }]],
    ['Песков назвал ложью сообщения о том, что российские войска отступают из Волчанска.', 'РИА Новости', [{ kind: 'withdrawal', actorSide: 'RU', speaker: 'Dmitry Peskov', modality: 'denied' }]],
    ['Путин поручил до конца весны освободить Курскую область.', 'Интерфакс', [{ kind: 'capture', actorSide: 'RU', modality: 'expected', time: ['2025-12-12', '2026-05-31'] }]],
    // The future tense is an expectation; "-ят" here is a verb ending, not a passive participle.
    ['Российские войска скоро полностью освободят Часов Яр.', 'РИА Новости', [{ kind: 'capture', actorSide: 'RU', modality: 'expected' }]],
    ['Подразделения в результате активных наступательных действий освободили населённый пункт Ровное.', 'Минобороны России', [{ kind: 'capture', actorSide: 'RU' }]],
  ])('%s', (text, outlet, expected) => {
    const got = claimsOf(text, 'ru', outlet)
    expect(got).toHaveLength(expected.length)
    expected.forEach((e, i) => expect(got[i]).toMatchObject(e))
  })
})

describe('extractClaims: invariants', () => {
  const anyText = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 400 }),
    fc.string({ unit: 'binary', maxLength: 200 }),
    // Real words in random order hit the lexicons' paths.
    fc
      .array(fc.constantFrom('Russian', 'forces', 'captured', 'Ukrainian', 'said', 'the', 'enemy', 'ворог', 'атакував', 'освобождён', '12', 'km²', '%', 'on', 'Friday', ',', '.', '"', '«', 'не', 'not', 'claimed', 'according to', 'denied', 'reports', '\n', 'за даними', 'сообщил', 'ТАСС'), { maxLength: 80 })
      .map((w) => w.join(' ')),
  )

  it('never throws, and every span slices to its sentence, on any string', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom<Lang>('en', 'uk', 'ru'), (text, lang) => {
        const r = extractClaims(doc(text, lang))
        expect(r.issues).toEqual([])
        for (const c of r.value.claims) {
          expect(c.span[0]).toBeGreaterThanOrEqual(0)
          expect(c.span[1]).toBeLessThanOrEqual(text.length)
          expect(c.span[0]).toBeLessThan(c.span[1])
          expect(c.sentence).toContain(text.slice(c.span[0], c.span[1]))
          if (c.quantity) expect(Number.isFinite(c.quantity.value)).toBe(true)
        }
        expect(r.value.anchors.map((a) => a.claimId)).toEqual(r.value.claims.map((c) => c.id))
      }),
      { numRuns: 300 },
    )
  })

  it('does not change the document it reads', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const d = doc(text)
        const before = JSON.stringify(d)
        extractClaims(Object.freeze(d))
        expect(JSON.stringify(d)).toBe(before)
      }),
      { numRuns: 100 },
    )
  })

  it('gives the same claims (and ids) for the same document', () => {
    const text = 'Russian forces captured Siversk on Thursday, the ministry said. Ukraine denied it.'
    expect(extractClaims(doc(text)).value).toEqual(extractClaims(doc(text)).value)
  })
})

describe('extractClaims: a toll takes the time of the strike it follows', () => {
  // 2025-12-12 is a Friday.
  it.each<[string, Lang, [string, string][]]>([
    ['Уночі росіяни атакували Харків дронами. Поранено п\'ятьох людей.', 'uk', [['2025-12-11', '2025-12-12'], ['2025-12-11', '2025-12-12']]],
    ['Вчера ВСУ обстреляли Горловку. Погибли два мирных жителя.', 'ru', [['2025-12-11', '2025-12-11'], ['2025-12-11', '2025-12-11']]],
    ['Russian drones struck Sumy on Wednesday. Three people were killed.', 'en', [['2025-12-10', '2025-12-10'], ['2025-12-10', '2025-12-10']]],
  ])('%s', (text, lang, times) => {
    expect(claimsOf(text, lang).map((c) => c.time)).toEqual(times)
  })

  it('keeps the publication date for a toll two sentences after the strike, or after an advance', () => {
    expect(claimsOf('Russian drones struck Sumy on Wednesday. The city council met. Three people were killed.').map((c) => c.time)).toEqual([
      ['2025-12-10', '2025-12-10'],
      ['2025-12-12', '2025-12-12'],
    ])
    expect(claimsOf('Russian forces advanced near Siversk on Wednesday. Three soldiers were killed.').at(-1)?.time).toEqual(['2025-12-12', '2025-12-12'])
  })
})
