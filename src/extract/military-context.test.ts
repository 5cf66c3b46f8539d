import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { tokenize } from '../text/index.js'
import { MILITARY_PATTERNS, type WordStartPattern } from './military-context.js'

// militaryMarks tries its patterns at word starts only; these compare that with the plain global
// search it replaced (a leading lookbehind, the pattern tried at every character).
function globalSpans(p: WordStartPattern, text: string): [number, number][] {
  return [...text.matchAll(new RegExp(`(?<!${p.word})${p.source}`, `g${p.flags}u`))].map((m) => [m.index, m.index + m[0].length])
}

// Words of the lists cut and cased, joined by what can stand between or inside words: matches run
// into each other, end inside words ("атака на Ш|ебекино"), and follow digits, hyphens and case folds.
const piece = fc.constantFrom(
  'troops', 'Forces', 'assault ', 'groups', 'war', 'WAR', 'front', ' line', 'front-line', 'under ', 'heavy ', 'fire', 'the front', 'ſ', 'K', 'İ', 'ı',
  'військ', 'ових', 'ВСУ', 'зсу', 'сил ', 'оборони', 'під ', 'вогнем', 'атака', ' на ', 'Шебекино', 'Удар', ' по ', 'Харкову', 'strikes', ' on ', 'Odesa',
  'evacuated', 'евакуювали ', '46 ', 'мешканців', 'Эвакуировали', ' жителей', 'бо', 'ї', 'боях', 'танк', 'ами', 'kabs',
  ' ', '  ', '-', '5', 'x', 'я', '.', ',', '\n', "'", '’', '\u0345', '𝐀',
)

const gold = ['gold-dev.json', 'gold-test.json', 'gold-fresh.json'].flatMap(
  (f) => (JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'eval', 'extract', f), 'utf8')) as { reports: { text: string }[] }).reports,
)

describe('military marks, searched from word starts', () => {
  for (const [name, pattern] of Object.entries(MILITARY_PATTERNS)) {
    it(`${name}: the same matches as the global search, on generated text`, () => {
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 14 }), (parts) => {
          const text = parts.join('')
          const expected = globalSpans(pattern, text)
          expect(pattern.spans(text)).toEqual(expected)
          expect(pattern.spansOfTokens(text, tokenize(text))).toEqual(expected)
        }),
        { numRuns: 3000 },
      )
    })
    it(`${name}: the same matches as the global search, on the open gold reports`, () => {
      let matches = 0
      for (const { text } of gold) {
        const expected = globalSpans(pattern, text)
        matches += expected.length
        expect(pattern.spans(text)).toEqual(expected)
        expect(pattern.spansOfTokens(text, tokenize(text))).toEqual(expected)
      }
      expect(matches).toBeGreaterThan(0)
    })
  }
})
