// Round 20 (audit of VIINA 2024; the opened real-viina3): a Russian town whose Ukrainian spelling is its
// Russian one has no Ukrainian name in the gazetteer, and its Ukrainian locative ("у Рязані", "у Твері",
// "в Санкт-Петербурзі") found nothing. A Russian name takes the Ukrainian locative where it has no letter
// Ukrainian lacks. Sentences written by the team; run against the shipped gazetteer.
import { beforeAll, describe, expect, it } from 'vitest'
import { type Gazetteer, geoparseText, loadGazetteer } from './index.js'

let g: Gazetteer
beforeAll(() => {
  g = loadGazetteer()
})

const names = (text: string): string[] => geoparseText(text, g).value.map((p) => p.name)

describe('the Ukrainian locative of a Russian town', () => {
  it.each([
    ['Уночі дрони атакували нафтобазу в Рязані.', "Ryazan'"],
    ['Місцеві повідомили про вибухи у Твері.', 'Tver'],
    ['На заводі в Санкт-Петербурзі спалахнула пожежа.', 'Saint Petersburg'],
    ['Уражено нафтопереробний завод у Саратові.', 'Saratov'],
    ['Дрони знову атакували аеродром у Тамбові.', 'Tambov'],
  ])('%s', (text, name) => {
    expect(names(text)).toContain(name)
  })

  it('negative: the Russian forms still resolve, and common words stay words', () => {
    expect(names('Взрывы прогремели в Рязани.')).toContain("Ryazan'")
    expect(names('На дорозі біля села сталася аварія.')).toEqual([])
  })
})
