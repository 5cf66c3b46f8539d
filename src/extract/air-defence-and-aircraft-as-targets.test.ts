// Round 20 (audit of VIINA 2024, seed 2003; the opened real-viina3): air-defence systems and aircraft named
// as what was hit ("уразили два зенітні ракетні комплекси", "знищила російський літак") were read as the
// weapon that struck: "ракетні" made a missile of the system and "російський літак" an attacking aircraft,
// so the loss became a strike of the owner's side. They are equipment lost (`casualties`, the side that
// hit them: conventions 75, 101), and a facility joined to them under one verb at its own place is a
// strike of its own (74). Sentences written by the team.
import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'
import { metadataDocument } from '../testing/metadata-document.js'

function claims(text: string, lang: 'uk' | 'ru'): string[] {
  const document = metadataDocument({ id: 't', origin: 't', outlet: 'Meduza', publishedAt: '2025-03-01', lang, text })
  return extractClaims(document).value.claims.map((c) => `${c.kind}:${c.actorSide}`)
}

describe('an air-defence system or an aircraft hit is equipment lost', () => {
  it.each([
    ['Оператори СБС уразили зенітний ракетний комплекс «Бук» під Токмаком.', 'uk'],
    ['ГУР знищило російську зенітну ракетну систему на півночі Криму.', 'uk'],
    ['СБУ знищила російський літак Су-34 на аеродромі в Мілерово.', 'uk'],
    ['ВСУ поразили зенитный ракетный комплекс в Курской области.', 'ru'],
    ['Украинские военные уничтожили российский самолет на аэродроме в Ейске.', 'ru'],
  ] as const)('%s', (text, lang) => {
    expect(claims(text, lang)).toEqual(['casualties:UA'])
  })

  it('a facility at its own place under the same verb is a strike of its own', () => {
    expect(claims('Дрони ССО уразили дві пускові установки під Мелітополем та склад пального в Бердянську.', 'uk')).toEqual(['casualties:UA', 'strike:UA'])
    expect(claims('ВСУ уничтожили два танка у Бахмута и склад боеприпасов в Горловке.', 'ru')).toEqual(['casualties:UA', 'strike:UA'])
  })

  it('negative: an aircraft that drops a bomb is the weapon of its side', () => {
    expect(claims('Російський літак скинув авіабомбу на Херсон.', 'uk')).toEqual(['strike:RU'])
  })

  it('negative: a tanker is no tank, and two pieces of equipment stay one loss', () => {
    expect(claims('СБУ поразила танкер у Чорному морі.', 'uk').map((c) => c.split(':')[0])).not.toContain('casualties')
    expect(claims('ЗСУ знищили два танки біля Бахмута та БМП у Горлівці.', 'uk')).toEqual(['casualties:UA'])
  })
})
