// Round 19 (audit of VIINA 2023-24 strike headlines): damage or a fire told with its cause ("в
// результате обстрела ВСУ повреждена …", "пожежа … внаслідок удару ЗСУ", "після атаки РФ") was struck
// by the force or country named in the genitive after the noun of striking; the damaged thing, read as
// the patient of the passive, gave the other side, or nothing was given. Sentences written by the team.
import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'
import { metadataDocument } from '../testing/metadata-document.js'

function sides(text: string, lang: 'uk' | 'ru', kind = 'strike'): (string | null)[] {
  const document = metadataDocument({ id: 't', origin: 't', outlet: 'Meduza', publishedAt: '2024-05-01', lang, text })
  return extractClaims(document).value.claims.filter((c) => c.kind === kind).map((c) => c.actorSide)
}

describe('the genitive after the noun of striking struck', () => {
  it.each([
    ['В Горловке в результате обстрела ВСУ повреждена котельная.', 'ru', 'UA'],
    ['Загорелся склад в Шебекино после удара ВСУ.', 'ru', 'UA'],
    ['Після нічної атаки РФ пошкоджено підстанцію в Полтаві.', 'uk', 'RU'],
    ['Унаслідок удару ЗСУ по мосту зруйновано опору.', 'uk', 'UA'],
    ['Внаслідок авіаударів росіян пошкоджено трансформаторну підстанцію на Сумщині.', 'uk', 'RU'],
  ] as const)('%s', (text, lang, side) => {
    expect(sides(text, lang)).toEqual([side])
  })

  it('a toll told with its cause', () => {
    expect(sides('Трое ранены при обстреле ВСУ в Васильевке.', 'ru', 'casualties')).toEqual(['UA'])
  })

  it('negative: a people\'s word in the nominative after the noun is the next verb\'s subject', () => {
    expect(sides('Через українські удари окупанти вивозять літаки з аеродрому в Криму.', 'uk')).toEqual(['UA'])
  })

  it('negative: a force after "по" is the target', () => {
    expect(sides('Росіяни завдали удару по позиціях ЗСУ біля Куп\'янська.', 'uk')).toEqual(['RU'])
  })
})
