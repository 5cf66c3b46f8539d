import { describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../../domain/index.js'
import { extractClaims } from '../extract-claims.js'

// Round 25: an attempt told with a verb no list holds ("намагаються охопити місто", "пробували пристати до
// берега", "пытаются охватить город с востока"): an assault once the infinitive's object is ground (a town,
// positions, a shore, a border) or a direction, and a side is its actor. Our own sentences, none from a
// gold file or a data set.

type Row = { kind: Claim['kind']; actorSide?: Claim['actorSide']; modality?: Claim['modality'] }

function claimsOf(text: string, lang: Lang): Row[] {
  const r = extractClaims({ id: 'doc-attempts', text, lang, publishedAt: '2026-11-20', outlet: 'Test Wire' })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, actorSide: c.actorSide, modality: c.modality }))
}

describe('attempts on ground with any verb (uk, ru)', () => {
  it.each<[string, Lang, Row[]]>([
    ['Окупанти намагаються обтиснути місто з півдня.', 'uk', [{ kind: 'assault', actorSide: 'RU' }]],
    ['Ворожа ДРГ пробувала причалити до берега біля Іванівки.', 'uk', [{ kind: 'assault', actorSide: 'RU' }]],
    ['Росіяни спробують обігнути село з флангу.', 'uk', [{ kind: 'assault', actorSide: 'RU', modality: 'expected' }]],
    ['ВСУ пытаются обхватить город с севера.', 'ru', [{ kind: 'assault', actorSide: 'UA' }]],
  ])('%s', (text, lang, expected) => {
    expect(claimsOf(text, lang)).toMatchObject(expected)
  })

  it('an object that is goods or people, or no side, is no attack', () => {
    expect(claimsOf('Окупанти намагаються вивезти з міста зерно.', 'uk')).toEqual([])
    expect(claimsOf('Окупанти намагаються залякати мешканців села.', 'uk')).toEqual([])
    expect(claimsOf('Волонтери намагаються доставити воду в місто.', 'uk')).toEqual([])
  })
})
