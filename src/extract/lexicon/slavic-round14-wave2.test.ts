import { describe, expect, it } from 'vitest'
import type { Lang } from '../../domain/index.js'
import { extractClaims } from '../extract-claims.js'

// Round 14, wave 2: an attack told as an attempt to push the defenders off their ground ("намагалися
// зсунути / витіснити / відтіснити наших", "пробовали выбить / вытеснить / оттеснить"), in the past, the
// future and with a count, and Russian "пробовали" beside "пытались". The attempt verb and a verb of
// pushing must both be there; a sentence about furniture, a crowd or a habit names no war and gives no
// claim. Our own sentences, none from a gold file.

function kindsOf(text: string, lang: Lang): string[] {
  const r = extractClaims({ id: 'doc-r14w2', text, lang, publishedAt: '2026-11-20', outlet: 'Test Wire' })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => c.kind)
}

describe('an attack told as trying to push the defenders back', () => {
  it.each<[string, Lang]>([
    ['Росіяни намагалися зсунути наших бійців з позицій біля Вовчанська.', 'uk'],
    ['Окупанти пробували витіснити десантників із лісосмуги під Сіверськом.', 'uk'],
    ['Ворог двічі намагався відтіснити нашу роту від Торецька.', 'uk'],
    ['Загарбники спробують виштовхнути нас із Часового Яру.', 'uk'],
    ['Наші хлопці пробували відкинути окупантів від Кліщіївки.', 'uk'],
    ['Украинские военные пробовали выбить наших бойцов с позиций у Волчанска.', 'ru'],
    ['ВСУ пробовали вытеснить российские подразделения из Ковшаровки.', 'ru'],
    ['Противник несколько раз пытался оттеснить наших штурмовиков от Купянска.', 'ru'],
    ['Боевики ВСУ пробовали прорваться к Кременной.', 'ru'],
  ])('%s', (text, lang) => {
    expect(kindsOf(text, lang)).toEqual(['assault'])
  })

  it.each<[string, Lang]>([
    ['Він намагався зсунути шафу з місця.', 'uk'],
    ['Вона пробувала відтіснити натовп від сцени на концерті.', 'uk'],
    ['Мы пробовали сдвинуть диван к окну.', 'ru'],
    ['Я пробовал вытеснить старую привычку новой.', 'ru'],
  ])('no claim: %s', (text, lang) => {
    expect(kindsOf(text, lang)).toEqual([])
  })
})
