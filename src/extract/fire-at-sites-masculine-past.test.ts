// Round 20 (audit of VIINA 2024, seed 2003): a fire at a refinery told in the masculine past ("Горел … НПЗ",
// "горів нафтопереробний завод") gave no claim: the fire rule (convention 73) had the present, the feminine
// and the plural only. Sentences written by the team.
import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'
import { metadataDocument } from '../testing/metadata-document.js'

function kinds(text: string, lang: 'uk' | 'ru'): string[] {
  const document = metadataDocument({ id: 't', origin: 't', outlet: 'Meduza', publishedAt: '2025-03-01', lang, text })
  return extractClaims(document).value.claims.map((c) => c.kind)
}

describe('a fire at a site told in the masculine past is a strike', () => {
  it.each([
    ['Всю ніч горів нафтопереробний завод у Саратові.', 'uk'],
    ['Після атаки палав склад боєприпасів під Джанкоєм.', 'uk'],
    ['Под Тамбовом до утра горел НПЗ.', 'ru'],
    ['В Крыму полыхал топливный склад.', 'ru'],
  ] as const)('%s', (text, lang) => {
    expect(kinds(text, lang)).toEqual(['strike'])
  })

  it('negative: a forest or a house on fire is no strike', () => {
    expect(kinds('Горел лес под Белгородом.', 'ru')).toEqual([])
    expect(kinds('У селі горів приватний будинок.', 'uk')).toEqual([])
  })
})
