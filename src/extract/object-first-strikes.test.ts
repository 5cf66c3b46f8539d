// Round 20 (audit of VIINA 2024, seed 2003): a facility told first and the force that struck it after the
// verb ("Електропідстанцію … атакувало ГУР") was read subject first: the force became the verb's object,
// the attack a ground assault on it (or drones lost) and the side its opposite. Sentences written by the team.
import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'
import { metadataDocument } from '../testing/metadata-document.js'

function claims(text: string, lang: 'uk' | 'ru'): string[] {
  const document = metadataDocument({ id: 't', origin: 't', outlet: 'Meduza', publishedAt: '2025-03-01', lang, text })
  return extractClaims(document).value.claims.map((c) => `${c.kind}:${c.actorSide}`)
}

describe('a facility struck, told object first, by the force after the verb', () => {
  it.each([
    ['Тягову підстанцію під Джанкоєм атакувало ГУР.', 'uk', 'strike:UA'],
    ['Нафтобазу в Луганську уразили дрони СБУ.', 'uk', 'strike:UA'],
    ['Склад пального біля Токмака знищили бійці ССО.', 'uk', 'strike:UA'],
    ['Депо в Полтаві атакували російські дрони.', 'uk', 'strike:RU'],
    ['Нефтебазу под Курском атаковали беспилотники ВСУ.', 'ru', 'strike:UA'],
    ['Подстанцию в Сумах атаковали российские дроны.', 'ru', 'strike:RU'],
  ] as const)('%s', (text, lang, claim) => {
    expect(claims(text, lang)).toEqual([claim])
  })

  it('negative: told subject first, the object after the verb is still the target', () => {
    expect(claims('ГУР атакувало тягову підстанцію під Джанкоєм.', 'uk')).toEqual(['strike:UA'])
    expect(claims('Дрони СБУ знищили два танки біля Бахмута.', 'uk')).toEqual(['casualties:UA'])
  })

  it('negative: a clause that opens with a person or a town is no facility first', () => {
    expect(claims('Окупанти атакували Херсон дронами.', 'uk')).toEqual(['strike:RU'])
  })
})
