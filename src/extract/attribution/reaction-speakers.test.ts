import { beforeAll, describe, expect, it } from 'vitest'
import type { Lang } from '../../domain/index.js'
import { warmSlavicExtraction } from '../../testing/slavic-extraction.js'
import { extractClaims } from '../extract-claims.js'

// Round 19, class (convention 97, the round-18 call that foreign governments are independent): a
// government, ministry, party or official reacting to a strike speaks that strike, whether the strike
// is the cause of the reaction ("через атаку на …", "из-за удара по …") or its object ("засудила удар
// по …"). The reacting subject must be one the speaker registry knows with a side: a court sentencing
// an agent "за коригування ударів" is no reaction. Our own sentences.

function claimsOf(text: string, lang: Lang, outlet = 'Ukrainska Pravda'): { speaker: string | null; side: string }[] {
  const r = extractClaims({ id: 'doc-react', text, lang, publishedAt: '2025-09-02', outlet })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ speaker: c.speaker.name, side: c.speaker.side }))
}

describe('the reacting subject speaks the strike', () => {
  beforeAll(warmSlavicExtraction, 120_000)

  it.each<[string, Lang, RegExp]>([
    ['МЗС Словаччини викликало посла через удар по нафтопроводу під Брянськом.', 'uk', /Slovak|Словаччин/u],
    ['Казахстан выразил протест из-за атаки на нефтяной терминал в Новороссийске.', 'ru', /Kazakhstan/u],
    ['У Польщі засудили удар по Львову.', 'uk', /Pol|Польщ/u],
    ['МИД Венгрии осудил удар по нефтепроводу под Брянском.', 'ru', /Hungar|Венгр/u],
  ])('%s', (text, lang, speaker) => {
    const got = claimsOf(text, lang)
    expect(got.length).toBeGreaterThan(0)
    for (const c of got) {
      expect(c.speaker ?? '').toMatch(speaker)
      expect(c.side).toBe('independent')
    }
  })

  it('a court sentencing an agent for guiding strikes is no reaction', () => {
    for (const c of claimsOf('Суд засудив агента до 12 років через коригування ударів по Одесі.', 'uk')) expect(c.speaker).toBe('Ukrainska Pravda')
  })

  it('a reaction to something that is no strike names no strike', () => {
    const r = extractClaims({ id: 'doc-react', text: 'МЗС Угорщини викликало посла через заяви про мобілізацію.', lang: 'uk', publishedAt: '2025-09-02', outlet: 'UNIAN' })
    expect(r.value.claims.filter((c) => c.kind === 'strike')).toEqual([])
  })
})

describe('a claim of responsibility is a statement', () => {
  beforeAll(warmSlavicExtraction, 120_000)

  it.each<[string, Lang, RegExp]>([
    ['СБУ взяла на себе відповідальність за удар по нафтобазі в Брянську та складу в Курську.', 'uk', /SBU|СБУ/u],
    ['ГУР взяло на себя ответственность за взрыв на складе в Торопце.', 'ru', /Intelligence|ГУР/u],
  ])('%s', (text, lang, speaker) => {
    const got = claimsOf(text, lang)
    expect(got.length).toBeGreaterThan(0)
    for (const c of got) expect(c.speaker ?? '').toMatch(speaker)
  })

  it('taking prisoners is no statement', () => {
    for (const c of claimsOf('Росіяни взяли в полон двох бійців біля Покровська.', 'uk')) expect(c.speaker).toBe('Ukrainska Pravda')
  })
})
