import { describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// Rebuttals told as a verdict without a verb about the claim (round 11): "called the ministry's
// statement a fabrication", "a boast Kyiv waved off as fiction", "ISW considers the announcement
// premature", a sentence that is only a verdict ("That is a fairy tale", "Это не так", "Це
// неправда"), "назвал сообщения о выходе … к X вымыслом". Our own sentences; negatives beside them.

type Row = { text: string; kind: Claim['kind']; speaker: string | null; modality: Claim['modality'] }

function claimsOf(text: string, lang: Lang): Row[] {
  const r = extractClaims({ id: 'doc-r11v', text, lang, publishedAt: '2026-10-10', outlet: 'Test Wire' })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ text: text.slice(c.span[0], c.span[1]), kind: c.kind, speaker: c.speaker.name, modality: c.modality }))
}

describe('a verdict noun after the claim named with a possessive or as a boast', () => {
  it('"called the ministry\'s statement a fabrication" answers the statement before it', () => {
    const claims = claimsOf('Russia\'s Defence Ministry said its soldiers had cleared Novoselivka. The brigade spokesman called the ministry\'s statement a fabrication, saying troops still hold the village.', 'en')
    expect(claims.find((c) => c.text.includes('a fabrication'))).toMatchObject({ kind: 'capture', modality: 'denied', speaker: 'brigade spokesman' })
  })
  it('", a boast X waved off as fiction" denies the claim of its sentence', () => {
    const claims = claimsOf('Pro-Kremlin bloggers said on Tuesday that Russian troops had surrounded 300 Ukrainian soldiers near Senkove, a boast Kyiv\'s army waved off as fiction.', 'en')
    expect(claims.map((c) => [c.kind, c.modality])).toEqual([['encirclement', 'reported'], ['encirclement', 'denied']])
  })
})

describe('a judging verb with the claim and a verdict: "considers the announcement premature"', () => {
  it('after a comma and "and"', () => {
    const claims = claimsOf('The MoD credited its troops with the capture of Pishchane on Monday. Drone footage shows Ukrainian soldiers still in the village, and ISW considers the announcement premature.', 'en')
    expect(claims.at(-1)).toMatchObject({ kind: 'capture', modality: 'premature', text: 'ISW considers the announcement premature' })
  })
  it('"deems the reports fiction" opening its sentence', () => {
    const claims = claimsOf('Russian channels said Moscow\'s troops had entered Kurylivka. The regional governor deems the reports pure fiction.', 'en')
    expect(claims.at(-1)).toMatchObject({ kind: 'advance', modality: 'denied' })
  })
  it('no verdict, no rebuttal: "considers the announcement important"', () => {
    const claims = claimsOf('The MoD credited its troops with the capture of Pishchane on Monday. ISW considers the announcement important.', 'en')
    expect(claims.map((c) => c.modality)).not.toContain('denied')
    expect(claims).toHaveLength(1)
  })
})

describe('a sentence that is only a verdict is the claim before it, denied, in the sentence\'s voice', () => {
  it.each<[string, Lang, string]>([
    ['Moscow said on Monday that its troops had captured Siversk. That is a fairy tale for their TV, the commander said.', 'en', 'That is a fairy tale for their TV'],
    ['Moscow said on Monday that its troops had captured Siversk. This is pure fiction.', 'en', 'This is pure fiction'],
    ['Минобороны сообщило о взятии Ивановки. Это не так.', 'ru', 'Это не так'],
    ['Ряд каналов объявил об окружении Купянска. Это не так — логистика ВСУ работает.', 'ru', 'Это не так'],
    ['Міноборони РФ заявило про захоплення Іванівки. Це неправда.', 'uk', 'Це неправда'],
  ])('%s', (text, lang, verdict) => {
    const claims = claimsOf(text, lang)
    const answer = claims.find((c) => c.text === verdict)
    expect(answer?.modality).toBe('denied')
    expect(answer?.kind).toBe(claims[0]!.kind)
  })
  it.each<[string, Lang]>([
    ['Минобороны сообщило о взятии Ивановки. Это не так просто.', 'ru'],
    ['Міноборони РФ заявило про захоплення Іванівки. Це казкове місце для відпочинку.', 'uk'],
    ['Минобороны сообщило о взятии Ивановки. Это не так далеко от Купянска.', 'ru'],
  ])('no verdict: %s', (text, lang) => {
    expect(claimsOf(text, lang).map((c) => c.modality)).not.toContain('denied')
  })
})

describe('"назвал сообщения о выходе … к X вымыслом": the embedded event, denied', () => {
  it.each<[string, Lang, string]>([
    ['Генштаб ЗСУ в тот же день назвал сообщения о выходе российских войск к Купянску вымыслом.', 'ru', 'Купянску'],
    ['Генштаб ЗСУ назвав повідомлення про вихід російських військ до Борової вигадкою.', 'uk', 'Борової'],
  ])('%s', (text, lang, place) => {
    const claims = claimsOf(text, lang)
    expect(claims).toHaveLength(1)
    expect(claims[0]).toMatchObject({ kind: 'advance', modality: 'denied' })
    expect(claims[0]!.text).toContain(place)
  })
  it('"выход к морю" with no force is no advance', () => {
    expect(claimsOf('Украина получила выход к морю в 1991 году.', 'ru')).toEqual([])
  })
})
