import { beforeAll, describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../domain/index.js'
import { warmSlavicExtraction } from '../testing/slavic-extraction.js'
import { extractClaims } from './extract-claims.js'

// Round 18, real text (convention 78): a strike whose cause is hedged as the attack's own adjective
// ("після ймовірної атаки дрона", "внаслідок імовірного ракетного удару", "после вероятной атаки") or
// whose targets "могли бути" hit is `unverified`; an unsourced "Повідомлялося про …", "Сообщалось о …" is
// `reported`. Our own sentences.

function modalities(text: string, lang: Lang): Claim['modality'][] {
  const r = extractClaims({ id: 'doc-hedge', text, lang, publishedAt: '2024-10-05', outlet: null })
  expect(r.issues).toEqual([])
  return r.value.claims.filter((c) => c.kind === 'strike').map((c) => c.modality)
}

describe('a probable attack, a possible hit, an earlier report (uk, ru)', () => {
  beforeAll(warmSlavicExtraction, 120_000)

  it.each<[string, Lang, Claim['modality']]>([
    ['У Джанкої сталася пожежа на складі після ймовірної атаки дронів.', 'uk', 'unverified'],
    ['У Луганську вибухнув склад боєприпасів внаслідок імовірного ракетного удару.', 'uk', 'unverified'],
    ['В Севастополе горит нефтебаза после вероятной атаки беспилотника.', 'ru', 'unverified'],
    ['Повідомлялося про вибухи на нафтобазі в Шахтарську.', 'uk', 'reported'],
    ['Сообщалось о взрывах на подстанции в Алчевске.', 'ru', 'reported'],
  ])('%s', (text, lang, modality) => {
    expect(modalities(text, lang)).toEqual([modality])
  })

  it('what may have been hit is unverified, the attack told before it asserted', () => {
    expect(modalities('Крим атакували дрони. Під ударом могли бути аеродроми та склади боєприпасів.', 'uk')).toEqual(['asserted', 'unverified'])
  })

  it.each<[string, Lang]>([
    ['У Джанкої сталася пожежа на складі після атаки дронів.', 'uk'],
    ['Дрони атакували нафтобазу, повідомили місцеві мешканці.', 'uk'],
  ])('asserted: %s', (text, lang) => {
    expect(modalities(text, lang)).toEqual(['asserted'])
  })
})
