// Round 19 (audit of VIINA 2023-24 strike headlines): convention 72 in both directions and by date. An
// unattributed strike on ground Russia took in 2022-2025 and holds (Mariupol, Berdiansk, Melitopol,
// Luhansk Oblast) was Ukraine's from the day it fell; one on ground Ukraine holds (the western and
// central oblasts, the cities of the front oblasts away from the line) was Russia's, whichever side the
// outlet's voice would lend (a Russian agency telling of a strike on Lviv, a Ukrainian outlet of one on
// Berdiansk). Sentences written by the team, run through the pipeline with the shipped gazetteer.
import { beforeAll, describe, expect, it } from 'vitest'
import { loadGazetteer, type Gazetteer } from '../geoparse/index.js'
import { pipelineStrikeSides } from '../testing/pipeline-strike-sides.js'
import { isRussianHeldGround, isUkrainianHeldGround } from './held-ground-strike-side.js'

let gazetteer: Gazetteer
beforeAll(() => {
  gazetteer = loadGazetteer()
})

const strikeSides = (text: string, lang: 'uk' | 'ru', outlet: string, publishedAt = '2024-03-01'): (string | null)[] => pipelineStrikeSides(gazetteer, { text, lang, outlet, publishedAt })

describe('ground Russia took in 2022 and holds: an unattributed strike there is Ukraine\'s', () => {
  it.each([
    ['Уночі в Бердянську горіла нафтобаза після вибухів.', 'uk', 'Ukrainska Pravda'],
    ['На аеродромі Мелітополя знову пролунали вибухи.', 'uk', 'UNIAN'],
    ['В Мариуполе около порта прогремели взрывы.', 'ru', 'Meduza'],
    ['Вибухи пролунали поблизу залізничної станції в Сватовому.', 'uk', 'Espreso'],
    ['На Луганщині вибухнула нафтобаза.', 'uk', 'UNIAN'],
  ] as const)('%s', (text, lang, outlet) => {
    expect(strikeSides(text, lang, outlet)).toEqual(['UA'])
  })
})

describe('ground Ukraine holds: an unattributed strike there is Russia\'s, also in a Russian agency\'s words', () => {
  it.each([
    ['Подполье: прилёт по нефтебазе во Львове.', 'ru', 'RIA Novosti'],
    ['В Кривом Роге поражена подстанция, сообщили источники.', 'ru', 'RIA Novosti'],
    ['Удар по аэродрому в Хмельницкой области.', 'ru', 'Meduza'],
    ['Пожежа на підстанції в Полтаві після вибухів.', 'uk', 'Liveuamap'],
    ['Ракетный удар по порту под Одессой.', 'ru', 'Meduza'],
  ] as const)('%s', (text, lang, outlet) => {
    expect(strikeSides(text, lang, outlet)).toEqual(['RU'])
  })
})

describe('negative cases', () => {
  it('an attacker named in the clause keeps its side', () => {
    expect(strikeSides('Партизаны ВСУ подожгли склад в Мелитополе.', 'ru', 'RIA Novosti')).toEqual(['UA'])
    expect(strikeSides('Російські дрони вдарили по Бердянську.', 'uk', 'UNIAN')).toEqual(['RU'])
  })

  it('before Kherson was freed, a strike there is not taken as Russia\'s', () => {
    expect(strikeSides('В Херсоне прогремели взрывы у моста.', 'ru', 'Meduza', '2022-08-10')).not.toEqual(['RU'])
  })

  it('a contested town of the front decides nothing', () => {
    expect(isUkrainianHeldGround({ name: 'Kostiantynivka', admin1: 'Donetsk Oblast', country: 'UA', kind: 'settlement' }, '2025-06-01')).toBe(false)
    expect(isRussianHeldGround({ name: 'Kostiantynivka', admin1: 'Donetsk Oblast', country: 'UA', kind: 'settlement' }, '2025-06-01')).toBe(false)
  })

  it('a town held by Ukraine until it fell: by the date', () => {
    const avdiivka = { name: 'Avdiivka', admin1: 'Donetsk Oblast', country: 'UA', kind: 'settlement' } as const
    expect(isRussianHeldGround(avdiivka, '2023-10-01')).toBe(false)
    expect(isRussianHeldGround(avdiivka, '2024-05-01')).toBe(true)
  })

  it('a namesake in another oblast is not the held town', () => {
    expect(isRussianHeldGround({ name: 'Vasylivka', admin1: 'Dnipropetrovsk Oblast', country: 'UA', kind: 'settlement' }, '2024-05-01')).toBe(false)
  })

  it('a clause that names Russia is not overruled by a namesake resolved in Ukraine', () => {
    expect(strikeSides('Дрони атакували Слов\'янський НПЗ у Росії.', 'uk', 'UNIAN')).toEqual(['UA'])
  })
})
