import { beforeAll, describe, expect, it } from 'vitest'
import type { Lang } from '../../domain/index.js'
import { warmSlavicExtraction } from '../../testing/slavic-extraction.js'
import { extractClaims } from '../extract-claims.js'

// Round 20, classes 2 and 3 (real-viina3; the 2024 dev pool): media or channels named as a group
// ("Російські ЗМІ показують відео атаки", "российские паблики пишут об ударе") speak the strike as their
// report (`reported`, their own side: 30), and the Shahed they show stays Russia's drone; a country that
// appeals or protests over a strike ("Угорщина та Словаччина звернулися до Єврокомісії через атаку"),
// also after a headline's colon, speaks it (97). Our own sentences.

function claims(text: string, lang: Lang, outlet = 'Liveuamap') {
  return extractClaims({ id: 'doc-groups', text, lang, publishedAt: '2025-03-02', outlet }).value.claims
}

describe('media groups and reacting countries', () => {
  beforeAll(warmSlavicExtraction, 120_000)

  it.each<[string, Lang, string]>([
    ['Російські ЗМІ показують відео атаки дронів на нафтобазу в Бердянську', 'uk', 'RU'],
    ['Российские паблики показывают кадры удара по аэродрому в Ейске', 'ru', 'RU'],
    ['Російські телеграм-канали пишуть про вибухи на аеродромі в Саках', 'uk', 'RU'],
  ])('%s', (text, lang, side) => {
    const c = claims(text, lang)[0]
    expect(c).toBeDefined()
    expect(c!.speaker.side).toBe(side)
    expect(c!.speaker.name).not.toBe('Liveuamap')
    expect(c!.modality).toBe('reported')
  })

  it('a Shahed attack told by Russian media is still Russia\'s', () => {
    const c = claims('Російські ЗМІ показують відео атаки безпілотників Shahed на підстанцію в Сумах', 'uk')[0]
    expect(c?.actorSide).toBe('RU')
  })

  it('a unit showing its own strike keeps its word (not a group\'s report)', () => {
    const c = claims('Генштаб показав відео удару по складу в Джанкої', 'uk')[0]
    expect(c?.modality).toBe('asserted')
  })

  it('evidence that "shows" is no speaker', () => {
    const c = claims('Зіставлення з картами показує, що армія зайняла лише два села з п\'яти.', 'uk', 'UNIAN')[0]
    if (c) expect(c.speaker.name).toBe('UNIAN')
  })

  it.each<[string, Lang]>([
    ['Нафтопровід «Дружба»: Угорщина та Словаччина звернулися до Єврокомісії через атаку', 'uk'],
    ['Словакия обратилась в Еврокомиссию из-за удара по нефтепроводу под Брянском', 'ru'],
  ])('%s', (text, lang) => {
    const c = claims(text, lang, 'UNIAN')[0]
    expect(c).toBeDefined()
    expect(c!.speaker.name ?? '').toMatch(/Hungary|Slovakia|Угорщина|Словаки/u)
    expect(c!.speaker.side).toBe('independent')
  })

  it('an appeal over something that is no strike names no strike', () => {
    expect(claims('Угорщина звернулася до Єврокомісії через ціни на газ', 'uk', 'UNIAN')).toEqual([])
  })
})
