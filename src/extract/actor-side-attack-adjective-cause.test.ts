// Round 20 (audit of VIINA 2024 strike reports, seed 2003): damage told in the passive after its cause
// ("через російські удари зруйновано …", "из-за российских ударов повреждена …") took the side's adjective
// on the noun of attack for the participle's patient, and gave the strike to the other side. The side that
// modifies the attack named as the cause made it. Sentences written by the team.
import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'
import { metadataDocument } from '../testing/metadata-document.js'

function sides(text: string, lang: 'uk' | 'ru', kind = 'strike'): (string | null)[] {
  const document = metadataDocument({ id: 't', origin: 't', outlet: 'Meduza', publishedAt: '2024-05-01', lang, text })
  return extractClaims(document).value.claims.filter((c) => c.kind === kind).map((c) => c.actorSide)
}

describe('a side on the noun of attack named as the cause struck', () => {
  it.each([
    ['У Сумах через російські удари знищено дві котельні.', 'uk', 'RU'],
    ['Після нічної російської атаки у Полтаві пошкоджено підстанцію.', 'uk', 'RU'],
    ['Внаслідок ворожих ракетних ударів зруйновано склад у Кременчуці.', 'uk', 'RU'],
    ['В Запорожье из-за российских ударов повреждены две подстанции.', 'ru', 'RU'],
    ['После украинской атаки в Курской области разрушена нефтебаза.', 'ru', 'UA'],
    ['Через українські удари в Бєлгороді пошкоджено підстанцію.', 'uk', 'UA'],
  ] as const)('%s', (text, lang, side) => {
    expect(sides(text, lang)).toEqual([side])
  })

  it('negative: a side on the damaged thing itself is its owner (the other side struck)', () => {
    expect(sides('У Херсоні знищено російський склад боєприпасів.', 'uk')).toEqual(['UA'])
    expect(sides('В Белгородской области уничтожен украинский склад.', 'ru')).toEqual(['RU'])
  })

  it('negative: a side before a verb of attack is its subject, not a modifier', () => {
    expect(sides('Російські війська атакували підстанцію в Одесі.', 'uk')).toEqual(['RU'])
  })
})
