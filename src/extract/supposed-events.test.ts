import { describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// Convention 54 (as corrected in ae28440): a supposed war event and what would follow from it are no
// claim; a forecast whose condition is a pace, a trend or the weather stays `expected`. Sentences are
// our own and in no gold file.

function claimsOf(text: string, lang: Lang): { kind: Claim['kind']; modality: Claim['modality'] }[] {
  const r = extractClaims({ id: 'doc-supposed', text, lang, publishedAt: '2026-11-20', outlet: 'Test Wire' })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, modality: c.modality }))
}

describe('a supposed event and its consequence are no claim', () => {
  it.each<[string, Lang]>([
    ['If Russia took Kostiantynivka, it would gain the road to Kramatorsk.', 'en'],
    ['If Russia captures Pokrovsk, it will push on toward Dobropillia, analysts say.', 'en'],
    ["Should Moscow's troops break through at Huliaipole, the defenders would be encircled.", 'en'],
    ['Were Russian troops to reach the Dnipro, Ukraine would have to withdraw from Nikopol.', 'en'],
    ['He warned that if the road was cut, the garrison would have to withdraw.', 'en'],
    ['"If the bridge falls, we will have to pull out of the village," the commander said.', 'en'],
    ['Якщо ворог прорве оборону під Гуляйполем, то наші підрозділи опиняться в оточенні.', 'uk'],
    ['Якби росіяни захопили Костянтинівку, вони вийшли б до Дружківки.', 'uk'],
    ['Если противник выйдет к трассе, то гарнизон окажется в окружении.', 'ru'],
    ['Эксперт считает, что если ВС РФ возьмут Купянск, то наступление пойдёт на Боровую.', 'ru'],
  ])('%s', (text, lang) => {
    expect(claimsOf(text, lang)).toEqual([])
  })
})

describe('a forecast under a condition that is no war event stays expected', () => {
  it.each<[string, Lang, Claim['kind']]>([
    ['If the rains hold off, Russia will probably try to storm Kostiantynivka.', 'en', 'assault'],
    ['Якщо погода дозволить, росіяни спробують штурмувати Лиман найближчим часом.', 'uk', 'assault'],
  ])('%s', (text, lang, kind) => {
    expect(claimsOf(text, lang)).toEqual([{ kind, modality: 'expected' }])
  })

  it('a noun after a determiner in the condition supposes no event', () => {
    expect(claimsOf('If Kyiv gets no more shells, Russian troops could storm Kostiantynivka by spring, the analyst said.', 'en').map((c) => c.kind)).toEqual(['assault'])
  })

  it('an event told after a conditional sentence stays', () => {
    expect(claimsOf('If the town falls, the road to Kramatorsk opens. On Monday Russian troops captured Bilenke, the ministry said.', 'en').map((c) => c.kind)).toEqual(['capture'])
  })
})
