// Sentences the team wrote, in the three languages, one table per variant class and the hard cases.
// They run against the shipped gazetteer (data/gazetteer), so they also check that it was built right.
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Place } from '../domain/index.js'
import { type Gazetteer, geoparseText, loadGazetteer } from './index.js'

let g: Gazetteer
beforeAll(() => {
  g = loadGazetteer()
})

function places(text: string): Place[] {
  return geoparseText(text, g).value
}

/** The place found for `mention` (exact surface text). */
function placeFor(text: string, mention: string): Place | undefined {
  return places(text).find((p) => p.mention === mention)
}

interface Row {
  readonly text: string
  readonly mention: string
  readonly name: string
  readonly admin1: string
}

function table(rows: readonly Row[]) {
  it.each(rows)('$text → $mention = $name ($admin1)', (row) => {
    const p = placeFor(row.text, row.mention)
    expect(p, `no place for '${row.mention}' in: ${JSON.stringify(places(row.text).map((x) => x.mention))}`).toBeDefined()
    expect(p!.name).toBe(row.name)
    expect(p!.admin1).toBe(row.admin1)
    expect(row.text.slice(p!.span[0], p!.span[1])).toBe(row.mention)
  })
}

describe('canonical names (Ukrainian national transliteration) and Cyrillic', () => {
  table([
    { text: 'Russian forces attacked Kupiansk and Kostiantynivka overnight.', mention: 'Kupiansk', name: 'Kupiansk', admin1: 'Kharkiv Oblast' },
    { text: 'Russian forces attacked Kupiansk and Kostiantynivka overnight.', mention: 'Kostiantynivka', name: 'Kostiantynivka', admin1: 'Donetsk Oblast' },
    { text: 'Окупанти обстріляли Куп’янськ і Костянтинівку.', mention: 'Куп’янськ', name: 'Kupiansk', admin1: 'Kharkiv Oblast' },
    { text: 'ВС РФ нанесли удар по Краматорску.', mention: 'Краматорску', name: 'Kramatorsk', admin1: 'Donetsk Oblast' },
  ])
})

describe('Russian transliterations', () => {
  table([
    { text: 'Fighting near Seversk intensified.', mention: 'Seversk', name: 'Siversk', admin1: 'Donetsk Oblast' },
    { text: 'The Kupyansk garrison was reinforced.', mention: 'Kupyansk', name: 'Kupiansk', admin1: 'Kharkiv Oblast' },
    { text: 'Shelling hit Volchansk again on Monday.', mention: 'Volchansk', name: 'Vovchansk', admin1: 'Kharkiv Oblast' },
    { text: 'Assaults toward Gulyaipole continued.', mention: 'Gulyaipole', name: 'Huliaipole', admin1: 'Zaporizhzhia Oblast' },
    { text: 'Russian troops shelled Konstantinovka.', mention: 'Konstantinovka', name: 'Kostiantynivka', admin1: 'Donetsk Oblast' },
  ])
})

describe('Soviet and occupation-era names', () => {
  table([
    { text: 'Russian sources claim progress near Krasnoarmeysk.', mention: 'Krasnoarmeysk', name: 'Pokrovsk', admin1: 'Donetsk Oblast' },
    { text: 'The battle for Artemovsk lasted months.', mention: 'Artemovsk', name: 'Bakhmut', admin1: 'Donetsk Oblast' },
    { text: 'Strikes on Dzerzhinsk were reported.', mention: 'Dzerzhinsk', name: 'Toretsk', admin1: 'Donetsk Oblast' },
    { text: 'Units advanced on Dimitrov from the south.', mention: 'Dimitrov', name: 'Myrnohrad', admin1: 'Donetsk Oblast' },
    { text: 'Krasny Liman was liberated in October.', mention: 'Krasny Liman', name: 'Lyman', admin1: 'Donetsk Oblast' },
    { text: 'ВСУ отступили из Красноармейска.', mention: 'Красноармейска', name: 'Pokrovsk', admin1: 'Donetsk Oblast' },
    { text: 'Бои в Артемовске продолжаются.', mention: 'Артемовске', name: 'Bakhmut', admin1: 'Donetsk Oblast' },
  ])
})

describe('Ukrainian case forms', () => {
  table([
    { text: 'Ситуація в Покровську складна.', mention: 'Покровську', name: 'Pokrovsk', admin1: 'Donetsk Oblast' },
    { text: 'Бої точаться на околицях Покровська.', mention: 'Покровська', name: 'Pokrovsk', admin1: 'Donetsk Oblast' },
    { text: 'Ворог атакував під Покровськом.', mention: 'Покровськом', name: 'Pokrovsk', admin1: 'Donetsk Oblast' },
    { text: 'Евакуація з Великої Новосілки триває.', mention: 'Великої Новосілки', name: 'Velyka Novosilka', admin1: 'Donetsk Oblast' },
    { text: 'Удар по Харкову зруйнував будинок.', mention: 'Харкову', name: 'Kharkiv', admin1: 'Kharkiv Oblast' },
    { text: 'Бої біля Авдіївки не вщухають.', mention: 'Авдіївки', name: 'Avdiivka', admin1: 'Donetsk Oblast' },
  ])
})

describe('Russian case forms', () => {
  table([
    { text: 'Обстановка в Покровске остается напряженной.', mention: 'Покровске', name: 'Pokrovsk', admin1: 'Donetsk Oblast' },
    { text: 'Бои под Северском продолжаются.', mention: 'Северском', name: 'Siversk', admin1: 'Donetsk Oblast' },
    { text: 'Подразделения вошли в Авдеевку.', mention: 'Авдеевку', name: 'Avdiivka', admin1: 'Donetsk Oblast' },
    { text: 'Удары по Харькову продолжились.', mention: 'Харькову', name: 'Kharkiv', admin1: 'Kharkiv Oblast' },
    // After ж, ш, ч, щ, ц the instrumental is -ей/-ею, not -ой/-ою.
    { text: 'ВСУ удерживают позиции у границы под Суджей.', mention: 'Суджей', name: 'Sudzha', admin1: 'Kursk Oblast' },
    { text: 'Українські підрозділи закріпилися під Суджею.', mention: 'Суджею', name: 'Sudzha', admin1: 'Kursk Oblast' },
    // A feminine noun in -ь has the instrumental -ью.
    { text: 'За ночь над Курской областью сбиты 33 дрона.', mention: 'Курской областью', name: 'Kursk Oblast', admin1: 'Kursk Oblast' },
  ])
})

describe('adjective and axis forms', () => {
  table([
    { text: 'Heavy fighting on the Pokrovsk direction continued.', mention: 'Pokrovsk', name: 'Pokrovsk', admin1: 'Donetsk Oblast' },
    { text: 'The Kupiansk axis saw 12 attacks.', mention: 'Kupiansk', name: 'Kupiansk', admin1: 'Kharkiv Oblast' },
    { text: 'Найзапекліші бої — на Покровському напрямку.', mention: 'Покровському', name: 'Pokrovsk', admin1: 'Donetsk Oblast' },
    { text: 'Наибольшая активность на Купянском направлении.', mention: 'Купянском', name: 'Kupiansk', admin1: 'Kharkiv Oblast' },
    // A Russian district names its centre town; a Ukrainian raion stays the raion (next row).
    { text: 'Incursion in the Glushkovsky district of the Kursk region.', mention: 'Glushkovsky district', name: 'Glushkovsky District', admin1: 'Kursk Oblast' },
    { text: 'Бої в Покровському районі Донецької області.', mention: 'Покровському районі', name: 'Pokrovskyi Raion', admin1: 'Donetsk Oblast' },
  ])
})

describe('case forms of multiword names', () => {
  table([
    { text: 'Бої тривають біля Русиного Яру.', mention: 'Русиного Яру', name: 'Rusyn Yar', admin1: 'Donetsk Oblast' },
    { text: 'Окупанти наступали в районі Зеленого Гаю та Успенівки під Гуляйполем.', mention: 'Зеленого Гаю', name: 'Zelenyi Hai', admin1: 'Zaporizhzhia Oblast' },
    { text: 'Противник отошёл из района Зелёного Гая к Гуляйполю.', mention: 'Зелёного Гая', name: 'Zelenyi Hai', admin1: 'Zaporizhzhia Oblast' },
    { text: 'Ворог атакував поблизу Верхньої Терси.', mention: 'Верхньої Терси', name: 'Verkhnia Tersa', admin1: 'Zaporizhzhia Oblast' },
  ])
})

describe('bulletin words that are also village names', () => {
  it.each(['Бойові дії: ворог штурмує Вовчанськ.', 'Атаки тривають біля Вовчанська.', 'Червень: ворог просунувся біля Вовчанська.'])('%s names only Vovchansk', (text) => {
    expect(places(text).map((p) => p.name)).toEqual(['Vovchansk'])
  })

  it('still finds the village after a preposition or a settlement noun', () => {
    expect(places('Дрон влучив у Бойовому.').map((p) => p.name)).toEqual(['Boiove'])
    expect(places('Село Бойове знову під обстрілом.').map((p) => p.name)).toEqual(['Boiove'])
  })
})

describe('Upper/Lower forms and generated Russian spellings', () => {
  table([
    { text: 'Украинские подразделения у Новоэкономического оказались в полуокружении.', mention: 'Новоэкономического', name: 'Novoekonomichne', admin1: 'Donetsk Oblast' },
    { text: 'Russian forces seized Verkhnokamianske, the General Staff said.', mention: 'Verkhnokamianske', name: 'Verkhnokamianske', admin1: 'Donetsk Oblast' },
    { text: 'Russian milbloggers claimed the capture of Verkhnekamenskoye.', mention: 'Verkhnekamenskoye', name: 'Verkhnokamianske', admin1: 'Donetsk Oblast' },
    { text: 'Российские войска освободили Верхнекаменское.', mention: 'Верхнекаменское', name: 'Verkhnokamianske', admin1: 'Donetsk Oblast' },
  ])
})

describe('oblast and raion names in three languages', () => {
  table([
    { text: 'Strikes hit the Donetsk region overnight.', mention: 'Donetsk region', name: 'Donetsk Oblast', admin1: 'Donetsk Oblast' },
    { text: 'Shelling in Kharkiv Oblast killed two.', mention: 'Kharkiv Oblast', name: 'Kharkiv Oblast', admin1: 'Kharkiv Oblast' },
    { text: 'Обстріли в Запорізькій області тривають.', mention: 'Запорізькій області', name: 'Zaporizhzhia Oblast', admin1: 'Zaporizhzhia Oblast' },
    { text: 'В Белгородской области объявлена тревога.', mention: 'Белгородской области', name: 'Belgorod Oblast', admin1: 'Belgorod Oblast' },
    { text: 'На Донеччині загинули двоє цивільних.', mention: 'Донеччині', name: 'Donetsk Oblast', admin1: 'Donetsk Oblast' },
    { text: 'Shelling in the Pokrovsk district was reported.', mention: 'Pokrovsk district', name: 'Pokrovskyi Raion', admin1: 'Donetsk Oblast' },
  ])
})

describe('hromadas and okrugs named after their centres', () => {
  table([
    { text: 'З Оріхівської громади евакуювали 46 людей.', mention: 'Оріхівської', name: 'Orikhiv', admin1: 'Zaporizhzhia Oblast' },
    { text: 'З Великобурлуцької громади вивезли 87 мешканців.', mention: 'Великобурлуцької', name: 'Velykyi Burluk', admin1: 'Kharkiv Oblast' },
    { text: 'Из сёл Васильевского округа отселены жители.', mention: 'Васильевского', name: 'Vasylivskyi Raion', admin1: 'Zaporizhzhia Oblast' },
    // A plural name's adjective: Алешки → Алешкинский, Олешки → Олешківська.
    { text: 'Из приднепровских сёл Алешкинского округа эвакуированы 140 человек.', mention: 'Алешкинского', name: 'Oleshky', admin1: 'Kherson Oblast' },
    { text: 'З Олешківської громади виїхали ще 30 людей.', mention: 'Олешківської', name: 'Oleshky', admin1: 'Kherson Oblast' },
  ])
})

describe('hard cases', () => {
  it('Yampil is the Donetsk one beside Siversk and Lyman, the Vinnytsia one when the text says so', () => {
    expect(placeFor('Russian troops advanced near Yampil, Siversk and Lyman.', 'Yampil')?.admin1).toBe('Donetsk Oblast')
    expect(placeFor('Fighting near Yampil in the Donetsk region.', 'Yampil')?.admin1).toBe('Donetsk Oblast')
    expect(placeFor('A drone hit a warehouse in Yampil, Vinnytsia region.', 'Yampil')?.admin1).toBe('Vinnytsia Oblast')
    const p = placeFor('Russian troops advanced near Yampil, Siversk and Lyman.', 'Yampil')!
    expect(p.alternatives.map((a) => a.admin1)).toContain('Vinnytsia Oblast')
  })

  it('Pokrovsk and Pokrovske are different places and both are found', () => {
    const text = 'Russian forces bypassed Pokrovsk and entered Pokrovske in Dnipropetrovsk Oblast.'
    expect(placeFor(text, 'Pokrovsk')?.admin1).toBe('Donetsk Oblast')
    const pokrovske = placeFor(text, 'Pokrovske')!
    expect(pokrovske.name).toBe('Pokrovske')
    expect(pokrovske.admin1).toBe('Dnipropetrovsk Oblast')
    expect(pokrovske.alternatives.length).toBeGreaterThan(5) // every other Pokrovske is kept
  })

  it('Siversk and Sievierodonetsk are told apart, and a wrong region is kept as statedAdmin1', () => {
    const text = 'The Ukrainians withdrew from Sievierodonetsk in the Donetsk region, while Siversk held.'
    const sv = placeFor(text, 'Sievierodonetsk')!
    expect(sv.name).toBe('Sievierodonetsk')
    expect(sv.admin1).toBe('Luhansk Oblast')
    expect(sv.statedAdmin1?.name).toBe('Donetsk Oblast')
    expect(text.slice(...sv.statedAdmin1!.span)).toBe('Donetsk region')
    const si = placeFor(text, 'Siversk')!
    expect(si.name).toBe('Siversk')
    expect(si.statedAdmin1 ?? null).toBeNull()
  })

  it('a correct region statement gives no statedAdmin1', () => {
    expect(placeFor('Shelling of Siversk, Donetsk region.', 'Siversk')?.statedAdmin1 ?? null).toBeNull()
  })

  it('a qualifier after a list applies to every item', () => {
    const text = 'Attacks near Yampil, Torske and Bilohorivka in Luhansk region were repelled.'
    expect(placeFor(text, 'Bilohorivka')?.admin1).toBe('Luhansk Oblast')
  })
})

describe('precision', () => {
  it('finds no place inside a longer word', () => {
    expect(places('Kupianskyi-style defences; Pokrovskoyevich; unBakhmutlike; Харківщинаа').map((p) => p.mention)).not.toContain('Kupiansk')
    expect(places('The Lymanski family and Pokrovskiy Lane.').some((p) => p.name === 'Lyman')).toBe(false)
  })

  it('does not take common words for villages', () => {
    const text = 'Peace talks stalled. Nova Poshta resumed deliveries. Police said the Mirny plan failed. Star witness spoke. A liman flooded.'
    expect(places(text)).toEqual([])
    expect(places('Мир настане. Перемога буде за нами.')).toEqual([])
  })

  it('does not take people for places', () => {
    const text = 'President Zelensky met Volodymyr Zelensky’s aide; General Syrskyi spoke. Заява Зеленського. Taras Shevchenko wrote.'
    expect(places(text)).toEqual([])
  })

  it('takes a river only with a river word', () => {
    expect(placeFor('A bridge over the Oskil River was hit.', 'Oskil')?.kind).toBe('river')
    expect(placeFor('Уражено міст через річку Сейм.', 'Сейм')?.kind).toBe('river')
    expect(places('Oskil was quiet.').some((p) => p.kind === 'river')).toBe(false)
  })

  it('takes the river a crossing verb crosses, and no river where nothing is crossed', () => {
    expect(placeFor('Ворог намагався переправити піхоту через Оскіл біля Кругляківки.', 'Оскіл')?.kind).toBe('river')
    expect(placeFor('Russian troops tried to cross the Oskil near Kupiansk.', 'Oskil')?.kind).toBe('river')
    expect(placeFor('Войска форсировали Оскол у Купянска.', 'Оскол')?.kind).toBe('river')
    expect(placeFor('Crossing from Kupiansk was hard.', 'Kupiansk')?.kind).toBe('settlement')
    expect(places('Обстріляли Оскіл.').some((p) => p.kind === 'river')).toBe(false)
  })

  it('takes no town for a reservoir or river named after it', () => {
    for (const text of [
      'Russian troops pushed along the shore of the drained Kakhovka reservoir.',
      'Росіяни обстрілюють береги Каховського водосховища.',
      'ВСУ перебрасывают лодки через Каховское водохранилище.',
    ]) expect(places(text).some((p) => p.name === 'Kakhovka'), text).toBe(false)
    expect(placeFor('Shelling hit Kakhovka and Nova Kakhovka overnight.', 'Kakhovka')?.name).toBe('Kakhovka')
  })
})

describe('bad input', () => {
  it('empty text and text without places give no places and no issues', () => {
    expect(geoparseText('', g)).toEqual({ value: [], issues: [] })
    expect(geoparseText('nothing to see here, only words in lower case.', g)).toEqual({ value: [], issues: [] })
  })

  it('binary data gives an error issue and no places', () => {
    const binary = Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256)).toString('utf8')
    const r = geoparseText(binary, g, { sourceId: 'blob.bin' })
    expect(r.value).toEqual([])
    expect(r.issues[0]?.code).toBe('geoparse-binary-input')
    expect(r.issues[0]?.message).toMatch(/blob\.bin: .* expected UTF-8 text/)
  })

  it('a few invalid UTF-8 bytes give a warning and the places are still found', () => {
    const text = Buffer.concat([Buffer.from('Strikes on Kharkiv '), Buffer.from([0xff, 0xfe]), Buffer.from(' and Sumy.')]).toString('utf8')
    const r = geoparseText(text, g)
    expect(r.value.map((p) => p.name)).toEqual(['Kharkiv', 'Sumy'])
    expect(r.issues[0]?.code).toBe('geoparse-replacement-characters')
  })

  it('a non-string input gives an error issue', () => {
    const r = geoparseText(null as unknown as string, g)
    expect(r.value).toEqual([])
    expect(r.issues[0]?.code).toBe('geoparse-not-text')
  })

  it('handles a 50 MB text', () => {
    const block = 'the report said little happened on the front today and nothing more. '
    const filler = block.repeat(Math.ceil((50 * 1024 * 1024) / block.length))
    const text = `Shelling of Kharkiv. ${filler}Strikes on Sumy.`
    const r = geoparseText(text, g)
    expect(r.value.map((p) => p.name)).toEqual(['Kharkiv', 'Sumy'])
    expect(r.value[1]!.span[0]).toBe(text.length - 'Sumy.'.length)
  })
})

describe('invariants', () => {
  it('lists the alternatives by score, highest first, long lists too', () => {
    // Ivanivka and Ivanovka name over a hundred villages each (their alternatives are merge-sorted).
    const text = 'Shelling hit Ivanivka and Ivanovka. Later Pokrovske, Yampil and Novoselivka were named.'
    const found = places(text)
    expect(found.find((p) => p.mention === 'Ivanivka')!.alternatives.length).toBeGreaterThan(16)
    for (const p of found) {
      for (let i = 1; i < p.alternatives.length; i++) expect(p.alternatives[i]!.score).toBeLessThanOrEqual(p.alternatives[i - 1]!.score)
      expect(new Set(p.alternatives.map((a) => a.id)).size).toBe(p.alternatives.length)
    }
  })

  it('spans index the text and alternatives never include the chosen entry (any Unicode string)', () => {
    const names = ['Kharkiv', 'Покровськ', 'Сіверська', 'Yampil', 'Donetsk region', 'Seversk', 'Харькове']
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom(...names), fc.constantFrom(' ', '. ', ', ', '\n'))), (parts) => {
        const text = parts.join('')
        const r = geoparseText(text, g)
        for (const p of r.value) {
          expect(text.slice(p.span[0], p.span[1])).toBe(p.mention)
          expect(p.confidence).toBeGreaterThanOrEqual(0)
          expect(p.confidence).toBeLessThanOrEqual(1)
          expect(p.alternatives.some((a) => a.id === p.id)).toBe(false)
        }
        for (let i = 1; i < r.value.length; i++) expect(r.value[i]!.span[0]).toBeGreaterThanOrEqual(r.value[i - 1]!.span[1])
      }),
      { numRuns: 200 },
    )
  })
})
