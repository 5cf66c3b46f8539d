import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { en } from './en.js'
import { lexiconFor, entityMatcher } from './index.js'
import { deriveFirstWords, deriveStarts, PhraseMatcher, tokenize, type PhraseRule } from './phrase-matcher.js'
import { ru } from './ru.js'
import { staysInWord } from '../../text/index.js'
import { uk } from './uk.js'

/** What the matcher must equal: every rule tried at every word, overlaps resolved the same way. */
// Each rule set's patterns, compiled once: a fresh RegExp per text is compiled again by V8 on its
// first exec, which cost far more than the matching itself (~770 rules per text, hundreds of texts).
const compiledRules = new WeakMap<readonly PhraseRule<unknown>[], RegExp[]>()

function bruteForce<T>(rules: readonly PhraseRule<T>[], text: string): [string, T][] {
  const found: { span: [number, number]; data: T; order: number }[] = []
  let compiled = compiledRules.get(rules)
  if (!compiled) {
    compiled = rules.map((r) => new RegExp(`(?:${r.pattern})(?![\\p{L}\\p{N}])`, 'iuy'))
    compiledRules.set(rules, compiled)
  }
  for (const token of tokenize(text)) {
    compiled.forEach((re, order) => {
      re.lastIndex = token.start
      const m = re.exec(text)
      if (m && m[0].length > 0) found.push({ span: [token.start, token.start + m[0].length], data: rules[order]!.data, order })
    })
  }
  found.sort((a, b) => b.span[1] - b.span[0] - (a.span[1] - a.span[0]) || a.span[0] - b.span[0] || a.order - b.order)
  const kept: typeof found = []
  for (const f of found) if (!kept.some((k) => f.span[0] < k.span[1] && k.span[0] < f.span[1])) kept.push(f)
  return kept.sort((a, b) => a.span[0] - b.span[0]).map((f) => [text.slice(f.span[0], f.span[1]), f.data])
}

/** The words of a lexicon's patterns (their literal letter runs), the stuff random texts are made of. */
function vocabulary(rules: readonly PhraseRule<unknown>[]): string[] {
  const words = new Set<string>()
  for (const r of rules) for (const w of r.pattern.replace(/\\[pPdDsSwWbB](?:\{[^}]*\})?/g, ' ').match(/[\p{L}\p{N}'’]+/gu) ?? []) words.add(w)
  return [...words]
}

describe('PhraseMatcher', () => {
  it('prefers the longest match over its parts, wherever they start', () => {
    const m = new PhraseMatcher([
      { pattern: String.raw`(?:has|have) taken`, data: 'taken' },
      { pattern: String.raw`taken full control of`, data: 'capture' },
      { pattern: String.raw`full control of`, data: 'control' },
    ])
    const text = 'Russia claims to have taken full control of the town.'
    expect(m.match(text, tokenize(text)).map((x) => [x.text, x.data])).toEqual([['taken full control of', 'capture']])
  })

  it('matches at word starts only, case-insensitively, in any script', () => {
    const m = new PhraseMatcher([{ pattern: String.raw`атакува\p{L}*`, data: 1 }, { pattern: 'attack', data: 2 }])
    const text = 'Ворог АТАКУВАВ; counterattack is not an attack.'
    expect(m.match(text, tokenize(text)).map((x) => x.text)).toEqual(['АТАКУВАВ', 'attack'])
  })

  it('finds what trying every rule at every word finds, on texts made of the lexicons\' own words', () => {
    const all = (l: typeof en): PhraseRule<unknown>[] => [...l.triggers, ...l.sides, ...l.cues]
    const sets: PhraseRule<unknown>[][] = [all(en), [...all(uk), ...all(ru)], [...en.entities, ...uk.entities, ...ru.entities]]
    for (const rules of sets) {
      const matcher = new PhraseMatcher<unknown>(rules)
      const words = vocabulary(rules)
      const word = fc.oneof(
        fc.constantFrom(...words),
        fc.constantFrom(...words).map((w) => w.toUpperCase()),
        fc.tuple(fc.constantFrom(...words), fc.constantFrom("'s", '’s', 'ed', 's', 'ing', '-held', '12')).map(([w, suffix]) => w + suffix),
        fc.constantFrom('12', '3,500', 'the', 'of', 'near', 'Pokrovsk', 'Покровська'),
      )
      const text = fc.array(fc.tuple(word, fc.constantFrom(' ', ' ', '  ', ', ', '. ', '-', '\n', '\u00a0')), { minLength: 1, maxLength: 25 }).map((parts) => parts.map(([w, sep]) => w + sep).join(''))
      fc.assert(
        fc.property(text, (t) => {
          expect(matcher.match(t, tokenize(t)).map((m) => [m.text, m.data])).toEqual(bruteForce(rules, t))
        }),
        { numRuns: 100 },
      )
    }
    // The brute force it compares with tries every rule at every word of 300 texts: over a minute
    // when the machine's cores are shared by several test runs, and 254 s in a full run at load 20
    // once the lexicons held the round-7 inventory (~770 rules), past the 180 s it had.
  }, 600_000)

  it('finds what trying every rule finds for the rules worked out once per word, in any spelling of the word', () => {
    // The in-word rules' matches are remembered per lower-case word: the text's word must give the
    // same match in any case, next to letters that fold oddly or lower-case to two characters, and
    // where a digit runs on after an apostrophe ("don't5" is two words).
    const all = [en, uk, ru].flatMap((l): PhraseRule<unknown>[] => [...l.triggers, ...l.sides, ...l.cues, ...l.entities]).filter((r) => staysInWord(r.pattern))
    expect(all.length).toBeGreaterThan(50)
    const matcher = new PhraseMatcher<unknown>(all)
    const words = vocabulary(all)
    const odd = ['İ', 'ſ', 'Σ', 'ς', 'K', 'ẞ', 'ß', 'Ꭰ', '\u0306', 'µ', 'ǅ', '5', "'", '’', 'ʼ', "'5", "'s5", 'ё', 'Ё', 'Ї']
    const cased = (w: string, k: number): string => [...w].map((c, i) => ((k >> i % 8) & 1 ? c.toUpperCase() : c)).join('')
    const word = fc.oneof(
      fc.constantFrom(...words),
      fc.tuple(fc.constantFrom(...words), fc.nat(255)).map(([w, k]) => cased(w, k)),
      fc.tuple(fc.constantFrom(...words), fc.constantFrom(...odd), fc.nat(8)).map(([w, c, at]) => w.slice(0, at) + c + w.slice(at)),
      fc.tuple(fc.constantFrom(...words), fc.constantFrom(...odd)).map(([w, c]) => w + c),
    )
    const text = fc.array(fc.tuple(word, fc.constantFrom(' ', ', ', '-', '', '\n')), { minLength: 1, maxLength: 12 }).map((parts) => parts.map(([w, sep]) => w + sep).join(''))
    fc.assert(
      fc.property(text, (t) => {
        expect(matcher.match(t, tokenize(t)).map((m) => [m.text, m.data])).toEqual(bruteForce(all, t))
      }),
      { numRuns: Number(process.env.FC_RUNS_IN_WORD ?? 200) },
    )
  }, 120_000)

  it('derives the first words a pattern can start with', () => {
    expect(deriveStarts(String.raw`(?:the )?(?:capture|fall) of`).sort()).toEqual(['capture', 'fall', 'the'])
    expect(deriveStarts(String.raw`[Тт]елеграм`)).toEqual(['телеграм'])
    expect(() => deriveStarts(String.raw`\s+x`)).toThrow(/give starts/)
    // A leading lookbehind consumes nothing: the words after it start the match, as whole words.
    expect(deriveFirstWords(String.raw`(?<=(?<![\p{L}])(?:вже|уже)\s)(?:за|в) \d+ км`)).toEqual([
      { prefix: 'за', whole: true },
      { prefix: 'в', whole: true },
    ])
  })

  it('tries a rule with explicit starts only at the words its pattern can start with, when it can be read', () => {
    const m = new PhraseMatcher([{ pattern: String.raw`(?<=вже\s)за \d+ км`, data: 1, starts: ['за'] }])
    const text = 'Ворог вже за 5 км від міста; захопив вже за 3 км'
    expect(m.match(text, tokenize(text)).map((x) => x.text)).toEqual(['за 5 км', 'за 3 км'])
  })
})

describe('lexicons', () => {
  it('compile for every language (every pattern valid, every first word derivable)', () => {
    for (const lang of ['en', 'uk', 'ru'] as const) {
      const l = lexiconFor(lang)
      const text = 'Russian forces captured Siversk. Ворог атакував. Освобождён населённый пункт.'
      expect(l.triggers.match(text, tokenize(text)).length).toBeGreaterThan(0)
    }
    const speaker = 'Минобороны России'
    expect(entityMatcher().match(speaker, tokenize(speaker))[0]?.data.name).toBe('Russian Defense Ministry')
  })
})
