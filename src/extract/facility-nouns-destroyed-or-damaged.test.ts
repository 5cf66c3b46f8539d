// Round 20 (audit of VIINA 2022 and 2024 strike reports): power, heat and pipeline sites told as destroyed
// or as having suffered ("знищено котельню", "пострадала электроподстанция", "уничтожен газопровод") were
// read as equipment or people lost (`casualties`) because their nouns were missing from the facility and
// building classes; a facility so hit is a `strike` (conventions 73, 75). Sentences written by the team.
import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'
import { metadataDocument } from '../testing/metadata-document.js'

function kinds(text: string, lang: 'uk' | 'ru'): string[] {
  const document = metadataDocument({ id: 't', origin: 't', outlet: 'Meduza', publishedAt: '2024-05-01', lang, text })
  return extractClaims(document).value.claims.map((c) => c.kind)
}

describe('a power, heat or pipeline site destroyed or damaged is struck', () => {
  it.each([
    ['Окупанти знищили котельню в Охтирці.', 'uk'],
    ['Унаслідок атаки знищено теплоелектростанцію на Харківщині.', 'uk'],
    ['Дрони знищили ділянку нафтопроводу в Брянській області.', 'uk'],
    ['Уничтожены две котельные в Шебекино.', 'ru'],
    ['В Сумской области после ночных взрывов пострадала электроподстанция.', 'ru'],
    ['Под Курском уничтожен участок газопровода, сообщил губернатор.', 'ru'],
  ] as const)('%s', (text, lang) => {
    expect(kinds(text, lang)).toEqual(['strike'])
  })

  it('negative: people who suffered stay a toll', () => {
    expect(kinds('В Белгороде после взрывов пострадали двое мирных жителей.', 'ru')).toEqual(['casualties'])
  })

  it('negative: equipment destroyed stays a loss', () => {
    expect(kinds('Бійці знищили два танки окупантів біля Бахмута.', 'uk')).toEqual(['casualties'])
  })
})
