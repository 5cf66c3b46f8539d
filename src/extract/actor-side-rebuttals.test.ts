import { describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// Round 16, actor side of a rebuttal (conventions 1, 7 and 19): a capture called premature or denied
// is the answered claim's, whoever calls it so: the claimant named in the clause, else a claim of the
// same kind by another speaker, else the ground gain told just before. Only with none does a
// belligerent speaker's denial stand for the other side's claim. Our own sentences, none from a gold file.

type Row = { kind: Claim['kind']; actorSide: Claim['actorSide']; modality: Claim['modality'] }

function claimsOf(text: string, lang: Lang, outlet: string | null): Row[] {
  const r = extractClaims({ id: 'doc-side-rebuttals', text, lang, publishedAt: '2026-11-20', outlet })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, actorSide: c.actorSide, modality: c.modality }))
}

const premature = (rows: readonly Row[]): Row | undefined => rows.find((r) => r.modality === 'premature' || r.modality === 'denied')

describe('actor side: a rebuttal is the answered claim\'s', () => {
  it('a milblogger calling his own side\'s capture premature, ru', () => {
    const rows = claimsOf('Наши штурмовики зацепились за окраину Терноватого. Говорить о взятии села пока рано.', 'ru', 'Рыбарь')
    expect(premature(rows)).toMatchObject({ kind: 'capture', actorSide: 'RU' })
  })

  it('a Ukrainian spokesman calling the enemy\'s capture premature after its advance, uk', () => {
    const rows = claimsOf('За словами речника угруповання, окупанти зайшли на східну околицю Новопавлівки. Казати, що село захоплене, поки зарано.', 'uk', 'Суспільне')
    expect(premature(rows)).toMatchObject({ kind: 'capture', actorSide: 'RU' })
  })

  it('a claimant named in the clause, en', () => {
    const rows = claimsOf('Ukrainian troops pushed back an assault near Huliaipole on Monday. It is too early to credit Russian statements about the capture of Zaliznychne, the brigade said.', 'en', 'Test Wire')
    expect(premature(rows)).toMatchObject({ kind: 'capture', actorSide: 'RU' })
  })

  it('a subject named in the rebutted clause keeps its side, en', () => {
    const rows = claimsOf('Claims that Ukrainian units had recaptured Novoselivka were premature, the Russian channel wrote.', 'en', 'Test Wire')
    expect(premature(rows)).toMatchObject({ actorSide: 'UA' })
  })

  it.each<[string, string, Lang, string, Claim['actorSide']]>([
    ['a Russian governor, ru', 'Говорить о взятии Тёткино пока рано, заявил губернатор Курской области Александр Хинштейн.', 'ru', 'ТАСС', 'UA'],
    ['a Ukrainian spokesman, uk', 'Говорити про захоплення Вовчанська поки зарано, заявив речник угруповання.', 'uk', 'Суспільне', 'RU'],
  ])('with nothing told before, a belligerent\'s "too early" answers the other side: %s', (_name, text, lang, outlet, side) => {
    expect(premature(claimsOf(text, lang, outlet))?.actorSide).toBe(side)
  })
})
