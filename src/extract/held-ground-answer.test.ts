import { describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// Ground claimed taken told as still held or contested answers that capture claim (gold conventions 1
// and 7). Our own sentences.

type Row = Pick<Claim, 'kind' | 'actorSide' | 'modality'>

function claimsOf(text: string, lang: Lang): Row[] {
  const r = extractClaims({ id: 'doc-held', text, lang, publishedAt: '2026-11-20', outlet: 'Test Wire' })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, actorSide: c.actorSide, modality: c.modality }))
}

describe('held or contested ground answering a capture claim', () => {
  it.each<[string, Lang, Row]>([
    // a part of the places counted, in the next sentence or after "однако" in the same one
    ['Минобороны России отчиталось об «освобождении» 12 сёл. По данным аналитиков, как минимум 3 из них оставались в серой зоне.', 'ru', { kind: 'capture', actorSide: 'RU', modality: 'premature' }],
    ['Міноборони РФ звітувало про «звільнення» 18 населених пунктів. Частина з них, за даними аналітиків, досі під контролем ЗСУ.', 'uk', { kind: 'capture', actorSide: 'RU', modality: 'denied' }],
    ['Минобороны России заявило об «освобождении» 9 сёл, однако часть из них по-прежнему контролируют ВСУ.', 'ru', { kind: 'capture', actorSide: 'RU', modality: 'denied' }],
    // too early to speak of a capture told in the sentence before
    ['Вчера Минобороны России объявило о взятии Новоегоровки. Однако говорить об этом рано: ВСУ удерживают центр села.', 'ru', { kind: 'capture', actorSide: 'RU', modality: 'premature' }],
  ])('%s', (text, lang, expected) => {
    expect(claimsOf(text, lang).at(-1)).toMatchObject(expected)
  })

  it('leaves the holding a control claim where the capture is named as premature in its own sentence', () => {
    const rows = claimsOf('Говорить о взятии Новоегоровки пока рано — центр села ВСУ всё ещё удерживают.', 'ru')
    expect(rows.map((r) => r.kind)).toEqual(['capture', 'control'])
  })

  it('answers nothing without a capture claimed before', () => {
    expect(claimsOf('Часть из них по-прежнему контролируют ВСУ.', 'ru').map((r) => r.kind)).toEqual(['control'])
  })
})
