import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { gated, requiredLiterals } from '../../text/index.js'
import { en } from './en.js'
import { phraseSource, tokenize, type PhraseRule } from './phrase-matcher.js'
import { ru } from './ru.js'
import { uk } from './uk.js'

// Every lexicon rule runs behind a literal gate (text/gated-regexp.ts): a document holding none of
// the words its pattern needs is answered without running it. A gate that wrongly turned a text away
// would lose a match: here each rule's gated regex must find what its plain regex finds at every word
// of random texts made of the lexicons' own words (in any case, with letters that fold oddly).

const lexicons: [string, PhraseRule<unknown>[]][] = [
  ['en', [...en.triggers, ...en.sides, ...en.cues, ...en.entities]],
  ['uk+ru', [...uk.triggers, ...uk.sides, ...uk.cues, ...uk.entities, ...ru.triggers, ...ru.sides, ...ru.cues, ...ru.entities]],
]

/** The literal letter runs of the patterns, the stuff random texts are made of. */
function vocabulary(rules: readonly PhraseRule<unknown>[]): string[] {
  const words = new Set<string>()
  for (const r of rules) for (const w of r.pattern.replace(/\\[pPdDsSwWbB](?:\{[^}]*\})?/g, ' ').match(/[\p{L}\p{N}'’ʼ]+/gu) ?? []) words.add(w)
  return [...words]
}

describe('gated lexicon rules', () => {
  for (const [name, rules] of lexicons) {
    it(`${name}: each rule's gated regex matches where its plain regex does`, () => {
      const plain = rules.map((r) => new RegExp(phraseSource(r.pattern), 'iuy'))
      const gates = plain.map((re) => gated(re))
      // Most rules are read (a gate that reads nothing would make this test vacuous).
      const read = plain.filter((re) => requiredLiterals(re.source, re.flags) !== null).length
      expect(read / plain.length).toBeGreaterThan(0.8)
      const words = vocabulary(rules)
      const odd = ['ſ', 'İ', 'Σ', 'ς', 'ᲀ', 'ᲃ', 'µ', 'K', "'", '’', '5', '3,500']
      const cased = (w: string, k: number): string => [...w].map((c, i) => ((k >> i % 8) & 1 ? c.toUpperCase() : c)).join('')
      const word = fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...words) },
        { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...words), fc.nat(255)).map(([w, k]) => cased(w, k)) },
        { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...words), fc.constantFrom(...odd), fc.nat(6)).map(([w, c, at]) => w.slice(0, at) + c + w.slice(at)) },
        { weight: 1, arbitrary: fc.constantFrom('the', 'of', 'на', 'в', 'Покровськ', 'Pokrovsk', ...odd) },
      )
      const text = fc.array(fc.tuple(word, fc.constantFrom(' ', ' ', ', ', '. ', '-', '\n')), { minLength: 1, maxLength: 14 }).map((parts) => parts.map(([w, sep]) => w + sep).join(''))
      fc.assert(
        fc.property(text, (t) => {
          const starts = tokenize(t).map((w) => w.start)
          for (let k = 0; k < plain.length; k++) {
            for (const at of starts) {
              plain[k]!.lastIndex = at
              gates[k]!.lastIndex = at
              const found = plain[k]!.test(t)
              if (gates[k]!.test(t) !== found) expect.fail(`rule ${rules[k]!.pattern} at ${at} of ${JSON.stringify(t)}: plain ${found}`)
            }
          }
        }),
        { numRuns: Number(process.env.FC_RUNS_GATED ?? 25) },
      )
    }, 300_000)
  }
})
