import { beforeAll, describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../domain/index.js'
import { warmSlavicExtraction } from '../testing/slavic-extraction.js'
import { extractClaims } from './extract-claims.js'

// Round 18, real text: strikes on plants, depots and stations told by what they destroyed or damaged
// ("знищили нафтобазу", "уничтожили подстанции", "постраждали нафтобаза й вокзал") or by the verb of
// attacking with a facility as its object ("атакували порт", "атаковали склад") are strikes (conventions:
// strikes on places are `strike`; equipment and people destroyed are `casualties`, convention 75). In
// the VIINA dev pool about 120 such "destroyed" and 40 such "attacked" phrases were read as losses or
// ground assaults. Our own sentences.

function kindsOf(text: string, lang: Lang): Claim['kind'][] {
  const r = extractClaims({ id: 'doc-facility', text, lang, publishedAt: '2024-03-12', outlet: null })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => c.kind)
}

describe('a facility destroyed, damaged or attacked is a strike (uk, ru)', () => {
  beforeAll(warmSlavicExtraction, 120_000)

  it.each<[string, Lang]>([
    ['Окупанти знищили трансформаторну підстанцію в Херсоні.', 'uk'],
    ['Російські ракети знищили нафтопереробний завод під Полтавою.', 'uk'],
    ['Сили оборони знищили, попередньо, склад пального в Токмаку.', 'uk'],
    ['Ракетний удар знищив насосну станцію нафтопроводу.', 'uk'],
    ['Российские войска уничтожили нефтехранилище под Кривым Рогом.', 'ru'],
    ['ВКС уничтожили аэродром в Кульбакино.', 'ru'],
    ['Унаслідок атаки дронів постраждали нафтобаза і вокзал.', 'uk'],
    ['Росіяни атакували порт в Ізмаїлі.', 'uk'],
    ['Українські сили атакували склад у Макіївці.', 'uk'],
    ['Дроны атаковали нефтепровод в Брянской области.', 'ru'],
  ])('%s', (text, lang) => {
    expect(kindsOf(text, lang)).toEqual(['strike'])
  })

  it.each<[string, Lang, Claim['kind'][]]>([
    // equipment and people stay losses
    ['Сили оборони знищили, ймовірно, три російські танки.', 'uk', ['casualties']],
    ['Российские войска уничтожили радиолокационную станцию ВСУ.', 'ru', ['casualties']],
    ['ЗСУ знищили особовий склад окупантів.', 'uk', ['casualties']],
    // a ground attack "as part of" a unit, or against positions, is no strike on a depot
    ['Штурмовики атакували у складі двох груп.', 'uk', ['assault']],
  ])('not a facility: %s', (text, lang, kinds) => {
    expect(kindsOf(text, lang)).toEqual(kinds)
  })
})
