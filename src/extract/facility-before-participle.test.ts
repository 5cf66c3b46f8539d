// Round 19 (audit of VIINA 2023-24 strike headlines): a facility named before its participle ("Два
// склади з боєприпасами знищено в …", "Украинский склад боеприпасов уничтожен в …") is a strike, as the
// same words in the other order ("знищено склад") already were; it was read as a loss of equipment.
// Equipment, people or a count after the participle stay a loss (convention 75). Sentences written by
// the team.
import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'
import { metadataDocument } from '../testing/metadata-document.js'

function kinds(text: string, lang: 'uk' | 'ru'): string[] {
  const document = metadataDocument({ id: 't', origin: 't', outlet: 'UNIAN', publishedAt: '2024-05-01', lang, text })
  return extractClaims(document).value.claims.map((c) => c.kind)
}

describe('a facility before its participle is struck', () => {
  it.each([
    ['Три склади пального окупантів знищено на лівобережжі.', 'uk'],
    ['Ворожу нафтобазу під Маріуполем уражено вночі.', 'uk'],
    ['Штаб російського полку зруйновано в Токмаку.', 'uk'],
    ['Склад горючего ВСУ уничтожен под Изюмом.', 'ru'],
    ['Украинская подстанция была разрушена в Сумах.', 'ru'],
    ['Российский ангар с техникой поражён в Джанкое.', 'ru'],
  ] as const)('%s', (text, lang) => {
    expect(kinds(text, lang)).toEqual(['strike'])
  })
})

describe('negative: what was destroyed at the facility is a loss', () => {
  it.each([
    ['На аеродромі під Бердянськом знищено 7 гелікоптерів.', 'uk'],
    ['У районі складу знищено до 40 окупантів.', 'uk'],
    ['При штурме аэродрома было уничтожено около сотни военных.', 'ru'],
    ['Российский танк уничтожен под Работино.', 'ru'],
  ] as const)('%s', (text, lang) => {
    expect(kinds(text, lang)).not.toContain('strike')
  })
})
