import { beforeAll, describe, expect, it } from 'vitest'
import type { Lang } from '../../domain/index.js'
import { warmSlavicExtraction } from '../../testing/slavic-extraction.js'
import { extractClaims } from '../extract-claims.js'

// Round 19, class: a state body named by its kind alone ("… – ОВА", "— ОДА", "the ministry said") was
// read as a title pointing back to the last organisation met, and the first one met is always the
// report's own outlet: a wire's headline "…, є постраждалий – ОВА" came out as the outlet's claim. A
// ministry, a command or an administration is never the newsroom that quotes it; "its analysts" and
// the outlet's own name still are. Our own sentences.

function speakersOf(text: string, lang: Lang, outlet: string): (string | null)[] {
  const r = extractClaims({ id: 'doc-body', text, lang, publishedAt: '2024-03-12', outlet })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => c.speaker.name)
}

describe('a state body named by its kind is not the outlet', () => {
  beforeAll(warmSlavicExtraction, 120_000)

  it.each<[string, Lang, string, RegExp]>([
    ['Окупанти вдарили дронами по Старокостянтинову, є поранений - ОВА', 'uk', 'UNIAN', /^ОВА$/u],
    ['Армія РФ вночі вдарила по Одесі — ОДА', 'uk', 'Ukrainska Pravda', /^ОДА$/u],
    ['Противник ударил дронами по подстанции в Сумах, есть пострадавший – ОВА', 'ru', 'LIGA.net', /^ОВА$/u],
    ['Росіяни обстріляли Херсон з артилерії, загинула жінка – ОВА', 'uk', 'Interfax-Ukraine', /^ОВА$/u],
  ])('%s', (text, lang, outlet, speaker) => {
    const names = speakersOf(text, lang, outlet)
    expect(names.length).toBeGreaterThan(0)
    for (const n of names) {
      expect(n ?? '').toMatch(speaker)
      expect(n).not.toBe(outlet)
    }
  })

  it('"– речник ОВА" is no spokesman of the newsroom', () => {
    expect(speakersOf('Росіяни вдарили дронами по Херсону – речник ОВА', 'uk', 'Espreso')[0]).toMatch(/речник ОВА/u)
  })

  it('"the ministry said" in a wire story is the ministry, not the wire', () => {
    const names = speakersOf('Russian forces shelled Kherson overnight, the ministry said.', 'en', 'Reuters')
    expect(names[0]).not.toBe('Reuters')
  })

  it('"its analysts" in the outlet\'s own story still mean the outlet', () => {
    expect(speakersOf('Russian forces shelled Kherson overnight, its analysts said.', 'en', 'Reuters')[0]).toBe('Reuters')
  })

  it('a body named before is still the one a bare title points back to', () => {
    const names = speakersOf('Херсонська ОВА повідомила про обстріл Берислава. Ворог також вдарив по Херсону, – ОВА', 'uk', 'UNIAN')
    expect(names.at(-1)).toMatch(/ОВА/u)
    expect(names.at(-1)).not.toBe('UNIAN')
  })
})
