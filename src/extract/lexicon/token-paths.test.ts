import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { en } from './en.js'
import { phraseSource, tokenize, type PhraseRule } from './phrase-matcher.js'
import { ru } from './ru.js'
import { FOLD_UNSAFE, staysInWord, tokenPaths, type TokenPath, type WordCondition } from '../../text/index.js'
import { uk } from './uk.js'

const APOSTROPHE = /['’ʼ]/u

function holds(c: WordCondition, word: string): boolean {
  if (c.any || FOLD_UNSAFE.test(word)) return true
  if (c.numeric && /^\p{N}/u.test(word)) return true
  const beforeApostrophe = APOSTROPHE.test(word) ? word.slice(0, word.search(APOSTROPHE)) : null
  if (c.wholes.has(word) || (beforeApostrophe !== null && [...c.wholes].some((w) => word.startsWith(w) && APOSTROPHE.test(word[w.length] ?? '')))) return true
  return [...c.stems].some((s) => word.startsWith(s))
}

function pathHolds(path: TokenPath, words: readonly string[]): boolean {
  return path.length <= words.length && path.every((c, k) => holds(c, words[k]!))
}

/** A path written compactly: `=word`, `^stem`, `*`, alternatives joined by `,`. */
function show(paths: readonly TokenPath[] | null): string[] | null {
  return paths && paths.map((p) => p.map((c) => (c.any ? '*' : [...(c.numeric ? ['#'] : []), ...[...c.wholes].sort().map((w) => `=${w}`), ...[...c.stems].sort().map((s) => `^${s}`)].join(','))).join(' ')).sort()
}

const ALL_RULES: readonly PhraseRule<unknown>[] = [en, uk, ru].flatMap((l) => [...l.triggers, ...l.sides, ...l.cues, ...l.entities])

describe('tokenPaths', () => {
  it('reads whole words, stems, optional words and alternatives, word by word', () => {
    expect(show(tokenPaths(String.raw`(?:took|seized) (?:full )?control (?:of|over)`))).toEqual(['=seized,=took =control =of,=over', '=seized,=took =full =control =of,=over'])
    expect(show(tokenPaths(String.raw`захопи\p{L}* (?:\p{L}+ )?село`))).toEqual(['^захопи * =село', '^захопи =село'])
    expect(show(tokenPaths(String.raw`attacks? on`))).toEqual(['=attack,=attacks =on'])
    expect(show(tokenPaths(String.raw`[Сс]ил\p{L}* оборони`))).toEqual(['^сил =оборони'])
    // "pro-Russian" is two words to the tokenizer; a lookbehind consumes nothing.
    expect(show(tokenPaths(String.raw`(?<=\bthe )pro-Russian forces`))).toEqual(['=pro =russian =forces'])
  })

  it('stops a path where a word may run on or its end cannot be told', () => {
    // " ?" may join the words; an apostrophe joins "Russia's" into one word.
    expect(show(tokenPaths(String.raw`battle ?group`))).toEqual(['^battle'])
    expect(show(tokenPaths(String.raw`Russia['’]s forces`))).toEqual(['^russia'])
    expect(show(tokenPaths(String.raw`(?:[\p{N},.]+|[\p{L}-]+) km`))).toEqual([''])
    // A word that starts with a number character: "50% of", "3,500 sq km", "12-й"; the rest of it is unknown.
    expect(show(tokenPaths(String.raw`[\p{N}][\p{N},.]* ?(?:%|per ?cent) of`))).toEqual(['#'])
    expect(show(tokenPaths(String.raw`\d+ (?:km|miles) from`))).toEqual(['# =km,=miles =from'])
    expect(show(tokenPaths(String.raw`(?:half|\d+%) of (?:its )?gains`))).toEqual(['#,=half =of =gains', '#,=half =of =its =gains'])
    expect(show(tokenPaths(String.raw`(?:half|\p{L}+\d*) of`))).toEqual(['* =of'])
    // More rounds of a repeat than are read end the path after them.
    expect(show(tokenPaths(String.raw`(?:\p{L}+ )*village`))).toEqual(['* * *', '* * =village', '* =village', '=village'])
    expect(tokenPaths('(?<name>x)')).toBeNull()
  })

  it('holds wherever the rule matches, for every rule of the lexicons, on texts of their own words', () => {
    const words = [...new Set(ALL_RULES.flatMap((r) => r.pattern.replace(/\\[pPdDsSwWbB](?:\{[^}]*\})?/g, ' ').match(/[\p{L}\p{N}'’-]+/gu) ?? []))]
    const compiled = ALL_RULES.map((r) => ({ re: new RegExp(phraseSource(r.pattern), 'iuy'), paths: tokenPaths(r.pattern) }))
    const word = fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom(...words).map((w) => w.toUpperCase()),
      fc.tuple(fc.constantFrom(...words), fc.constantFrom("'s", '’s', 'ed', 's', 'ing', '-held', '12', 'ſ')).map(([w, suffix]) => w + suffix),
      fc.constantFrom('12', '3,500', 'the', 'of', 'near', 'Pokrovsk', 'Покровська'),
    )
    const text = fc.array(fc.tuple(word, fc.constantFrom(' ', ' ', '  ', ', ', '. ', '-', '\n', '\u00a0', '’')), { minLength: 1, maxLength: 12 }).map((parts) => parts.map(([w, sep]) => w + sep).join(''))
    fc.assert(
      fc.property(text, (t) => {
        const tokens = tokenize(t)
        const lowers = tokens.map((k) => k.lower)
        for (const { re, paths } of compiled) {
          if (!paths) continue
          for (let i = 0; i < tokens.length; i++) {
            re.lastIndex = tokens[i]!.start
            if (!re.test(t) || re.lastIndex === tokens[i]!.start) continue
            const rest = lowers.slice(i)
            expect(paths.some((p) => pathHolds(p, rest)), `${re.source} at «${t.slice(tokens[i]!.start)}»`).toBe(true)
          }
        }
      }),
      { numRuns: 60 },
    )
  }, 300_000)

  it('tells rules whose matches stay inside one word', () => {
    for (const p of [String.raw`захопи\p{L}*`, 'Russia|Moscow', String.raw`(?:Ukraine['’]s|Kyiv)`, String.raw`бо(?:ї|їв)`, String.raw`[Тт]елеграм`, String.raw`\d+(?:st|nd)`]) expect(staysInWord(p), p).toBe(true)
    for (const p of [
      'took control', // a space
      String.raw`battle ?group`,
      String.raw`Russian-led`,
      String.raw`Russia['’]`, // an apostrophe may end the match after the word
      String.raw`x['’]\d`, // after an apostrophe a digit starts another word
      String.raw`(?:x['’])s`,
      String.raw`(?<=\bthe )x`, // lookarounds and anchors see outside the word
      String.raw`x(?!y)`,
      String.raw`\bx`,
      String.raw`[a-z]+`,
      '.x',
      '(?<name>x)',
    ])
      expect(staysInWord(p), p).toBe(false)
  })

  it('knows every character that case-insensitive matching equates with a letter of another lower case', () => {
    const missing: string[] = []
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue
      const x = String.fromCharCode(code)
      const lower = x.toLowerCase()
      const upper = x.toUpperCase()
      if (lower === x && upper === x) continue
      for (const c of new Set([lower, upper, upper.toLowerCase(), lower.toUpperCase()])) {
        if (c.length !== 1 || c === x) continue
        if (c.toLowerCase() === lower) continue
        if (new RegExp(c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'iu').test(x) && !FOLD_UNSAFE.test(x) && !FOLD_UNSAFE.test(c)) missing.push(`${x} U+${code.toString(16)}`)
      }
    }
    expect(missing).toEqual([])
  })
})
