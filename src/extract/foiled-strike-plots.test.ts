// Round 19 (audit of VIINA 2023-24: "СБУ затримала агента ФСБ, який готував нові удари …"): a strike
// told only as what a detained, exposed or sentenced agent plotted is no claim (convention 97: a foiled
// plan). A strike that happened, told beside an arrest, stays. Sentences written by the team.
import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'
import { metadataDocument } from '../testing/metadata-document.js'

function kinds(text: string, lang: 'uk' | 'ru'): string[] {
  const document = metadataDocument({ id: 't', origin: 't', outlet: 'UNIAN', publishedAt: '2024-05-01', lang, text })
  return extractClaims(document).value.claims.map((c) => c.kind)
}

describe('a plotted strike the sentence tells as foiled', () => {
  it.each([
    ['У Дніпрі затримали інформаторку, яка готувала удар по ТЕЦ.', 'uk'],
    ['Планував навести ракети на аеродром у Миргороді: СБУ викрила зрадника.', 'uk'],
    ['В Курске задержан агент, готовивший атаку на нефтебазу.', 'ru'],
  ] as const)('%s', (text, lang) => {
    expect(kinds(text, lang)).not.toContain('strike')
  })
})

describe('negative', () => {
  it('a strike that happened, with an arrest in the same sentence, stays', () => {
    expect(kinds('Росіяни атакували підстанцію в Сумах, поліція затримала мародера.', 'uk')).toContain('strike')
  })

  it('a plan with nobody caught is not dropped by this rule', () => {
    expect(kinds('Ворог готує нові удари по енергетиці Харкова.', 'uk')).toContain('strike')
  })
})
