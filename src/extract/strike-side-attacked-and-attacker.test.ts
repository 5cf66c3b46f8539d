import { beforeAll, describe, expect, it } from 'vitest'
import type { Lang } from '../domain/index.js'
import { warmSlavicExtraction } from '../testing/slavic-extraction.js'
import { extractClaims } from './extract-claims.js'

// Round 18, real text: who struck, from the words around a noun of attack. What is "під атакою",
// "под ударом" was hit ("РФ і Крим під масованою атакою": Ukraine struck); a country right after a
// noun of striking, in the genitive, struck ("удари Росії по енергетиці", "Новий удар України"; about
// sixty times in the VIINA dev pool), while a city there is the target ("обстріл Києва"). A strike told
// as probable in Russia or on ground it holds is Ukraine's. Our own sentences.

function strikeSides(text: string, lang: Lang): (string | null)[] {
  const r = extractClaims({ id: 'doc-side', text, lang, publishedAt: '2024-09-20', outlet: 'Ukrainska Pravda' })
  expect(r.issues).toEqual([])
  return r.value.claims.filter((c) => c.kind === 'strike').map((c) => c.actorSide)
}

describe('the attacked and the attacker around a noun of attack (uk, ru)', () => {
  beforeAll(warmSlavicExtraction, 120_000)

  it.each<[string, Lang, (string | null)[]]>([
    ['Росія і Крим знову під масованою атакою безпілотників.', 'uk', ['UA']],
    ['Россия и Крым под массированной атакой дронов.', 'ru', ['UA']],
    ['Удари Росії по енергетиці не припиняються.', 'uk', ['RU']],
    ['Черговий удар України вивів з ладу нафтобазу.', 'uk', ['UA']],
    ['Удары России по подстанциям в Сумах продолжаются.', 'ru', ['RU']],
    ['Пожежа на нафтобазі в окупованому Мелітополі після ймовірної атаки дрона.', 'uk', ['UA']],
  ])('%s', (text, lang, sides) => {
    expect(strikeSides(text, lang)).toEqual(sides)
  })

  it.each<[string, Lang, (string | null)[]]>([
    // "під час атаки" is "during the attack": its subject struck
    ['Російські дрони порушили кордон під час атаки на порт в Ізмаїлі.', 'uk', ['RU']],
    // "под Купянском" names a place, not an attack's target
    ['Під обстрілом ЗСУ опинилися російські позиції.', 'uk', ['UA']],
    // a side after the target noun owns the target, not the strike
    ['В окупованому Донецьку палає склад боєприпасів РФ.', 'uk', ['UA']],
  ])('not a target or attacker: %s', (text, lang, sides) => {
    expect(strikeSides(text, lang)).toEqual(sides)
  })
})
