import { describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// Round 26, helper 215: the side that owns a toll suffered it, and an engagement between the two sides is
// neither's attack. Our own sentences (none from a gold file), in the phrasings reports use.

type Row = { kind: Claim['kind']; actorSide: Claim['actorSide'] }

function claimsOf(text: string, lang: Lang = 'en', outlet: string | null = 'Test Wire'): Row[] {
  const r = extractClaims({ id: 'doc-loss', text, lang, publishedAt: '2026-11-20', outlet })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, actorSide: c.actorSide }))
}

describe('a toll told as a side\'s loss was inflicted by the other side', () => {
  it.each<[string, string, Lang, string | null, Row]>([
    ['en: "<side> lost N men a day, dead or wounded"', 'Kyiv estimates that Russia lost about 900 men a day, dead or wounded, near Pokrovsk in September.', 'en', 'Test Wire', { kind: 'casualties', actorSide: 'UA' }],
    ['en: "<side> has lost N troops"', 'Ukraine has lost some 400 troops killed or wounded near Siversk this week, the Russian Defence Ministry said.', 'en', 'Test Wire', { kind: 'casualties', actorSide: 'RU' }],
    ['en: equipment of a side in a reduced passive', 'A brigade posted video of nine Russian infantry vehicles destroyed near Velyka Novosilka since Sunday.', 'en', 'Test Wire', { kind: 'casualties', actorSide: 'UA' }],
    ['en: a side\'s soldiers killed, with a place after', 'Dozens of Ukrainian soldiers killed near Lyman over the weekend, the Russian ministry claimed.', 'en', 'Test Wire', { kind: 'casualties', actorSide: 'RU' }],
    ['ru: "<side> лишились N убитыми и ранеными"', 'По словам Марочко, за сутки ВСУ лишились под Часовым Яром до 120 военнослужащих убитыми и ранеными.', 'ru', 'ТАСС', { kind: 'casualties', actorSide: 'RU' }],
    ['ru: "<side> потеряли N убитыми"', 'Российские подразделения потеряли у Курахово до 80 человек убитыми и ранеными, сообщил Генштаб ВСУ.', 'ru', 'Зеркало', { kind: 'casualties', actorSide: 'UA' }],
    ['uk: "<side> втратили N убитими"', 'За добу окупанти втратили під Покровськом 210 осіб убитими та пораненими, повідомили в Генштабі.', 'uk', 'Суспільне', { kind: 'casualties', actorSide: 'UA' }],
  ])('%s', (_name, text, lang, outlet, expected) => {
    expect(claimsOf(text, lang, outlet)).toContainEqual(expected)
  })

  it('a side that did the killing keeps its side', () => {
    expect(claimsOf('Russian drones destroyed two Ukrainian tanks near Kupiansk on Monday.')).toContainEqual({ kind: 'casualties', actorSide: 'RU' })
    expect(claimsOf('Окупанти знищили дронами два українські танки біля Куп\'янська.', 'uk', 'Суспільне')).toContainEqual({ kind: 'casualties', actorSide: 'RU' })
  })
})

describe('clashes between the two sides belong to neither', () => {
  it.each<[string, string, Lang, string | null]>([
    ['en: "clashes took place between"', 'Over the past day 140 combat clashes took place between Ukrainian defenders and Russian troops, the General Staff said.', 'en', 'Test Wire'],
    ['uk: "між … та … відбулося N боєзіткнень"', 'Минулої доби між українськими захисниками та окупантами відбулося 152 боєзіткнення.', 'uk', 'Генштаб ЗСУ'],
    ['ru: "между … и … произошло N боестолкновений"', 'За неделю между подразделениями ВСУ и российскими войсками произошло более 900 боестолкновений.', 'ru', 'Медуза'],
  ])('%s', (_name, text, lang, outlet) => {
    expect(claimsOf(text, lang, outlet)).toContainEqual({ kind: 'assault', actorSide: null })
  })

  it('an attack a side made on the other keeps its side', () => {
    expect(claimsOf('Минулої доби окупанти 40 разів атакували позиції українських захисників біля Покровська.', 'uk', 'Генштаб ЗСУ')).toContainEqual({ kind: 'assault', actorSide: 'RU' })
  })
})
