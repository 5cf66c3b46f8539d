import { beforeAll, describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../domain/index.js'
import { warmSlavicExtraction } from '../testing/slavic-extraction.js'
import { extractClaims } from './extract-claims.js'

// Round 23, class from the VIINA dev pool (work sample Random(2311)): a drone or a missile falling told
// as a noun ("повідомляють про падіння безпілотника на підстанцію", "сообщил о падении беспилотника на
// нефтебазу") was no claim, though "дрон впав на підстанцію" was a strike. Where it fell was struck
// (convention 131); with no attacker named, its side is left to the place (72). Our own sentences.

function claimsOf(text: string, lang: Lang): readonly Claim[] {
  const r = extractClaims({ id: 'doc-fall', text, lang, publishedAt: '2023-11-17', outlet: null })
  expect(r.issues).toEqual([])
  return r.value.claims
}

describe('a drone or a missile falling, told as a noun, is a strike (uk, ru)', () => {
  beforeAll(warmSlavicExtraction, 120_000)

  it.each<[string, Lang]>([
    ['Місцеві канали пишуть про падіння безпілотника на нафтобазу під Джанкоєм.', 'uk'],
    ['Унаслідок падіння уламків ракети в Черкасах пошкоджено склад.', 'uk'],
    ['Мер повідомив про падіння ударного дрона біля котельні в Брянську.', 'uk'],
    ['Губернатор сообщил о падении беспилотника на территорию завода в Туле.', 'ru'],
    ['Из-за падения обломков ракеты в Белгороде загорелся склад.', 'ru'],
    ['Очевидцы рассказали о падении украинского дрона у подстанции под Курском.', 'ru'],
  ])('%s', (text, lang) => {
    expect(claimsOf(text, lang).map((c) => c.kind)).toContain('strike')
  })

  it.each<[string, Lang]>([
    // prices, rates and ratings fall with no war in them
    ['Аналітики чекають падіння цін на пальне у Львові.', 'uk'],
    ['Падение курса рубля в Москве продолжилось.', 'ru'],
    ['Падіння рівня води у Дніпрі помітили рибалки.', 'uk'],
  ])('%s is no claim', (text, lang) => {
    expect(claimsOf(text, lang)).toEqual([])
  })
})
