// Round 20 (the opened real-viina3; audit of VIINA 2024): a source told as a header before a colon
// ("Генштаб ЗСУ: …", "Минобороны РФ: …") lent its side word to the strike after it, as if the force it
// names had been struck (a passive's patient) or had struck: "Генштаб ЗСУ: уражено склад" came out
// Russian. The header names the speaker; who struck is read from the words after the colon, else from
// the speaker's side (a command telling in the passive its own strikes). Sentences written by the team.
import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'
import { metadataDocument } from '../testing/metadata-document.js'

function sides(text: string, lang: 'uk' | 'ru'): (string | null)[] {
  const document = metadataDocument({ id: 't', origin: 't', outlet: 'Liveuamap', publishedAt: '2025-03-01', lang, text })
  return extractClaims(document).value.claims.filter((c) => c.kind === 'strike').map((c) => c.actorSide)
}

describe('the side word of a header source names the speaker, not who struck', () => {
  it.each([
    ['Генштаб ЗСУ: уражено склад пального у Криму.', 'uk', 'UA'],
    ['Міноборони РФ: над Курською областю збито безпілотники.', 'uk', 'UA'],
    ['Минобороны РФ: уничтожен склад боеприпасов ВСУ под Харьковом.', 'ru', 'RU'],
    ['Штаб ВМС України: уражено нафтобазу в Криму.', 'uk', 'UA'],
  ] as const)('%s', (text, lang, side) => {
    expect(sides(text, lang)).toEqual([side])
  })

  it('negative: a force named after the colon still decides', () => {
    expect(sides('Минобороны РФ: ВС России нанесли удар по складу под Харьковом.', 'ru')).toEqual(['RU'])
    expect(sides('Генштаб: ЗСУ уразили НПЗ у Саратові.', 'uk')).toEqual(['UA'])
  })
})
