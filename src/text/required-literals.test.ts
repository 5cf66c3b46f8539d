import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { endsWithMatch } from './ends-with-match.js'
import { gated } from './gated-regexp.js'
import { FOLD_UNSAFE, literalChar, requiredLiterals } from './required-literals.js'

const read = (re: RegExp): readonly string[] | null => requiredLiterals(re.source, re.flags)

describe('requiredLiterals', () => {
  it('reads the words a match needs, in lower case when case-insensitive', () => {
    expect(read(/(?<![\p{L}])(?:fearing|for fear of|Avoiding)\s+(?:[\p{L}'’-]+\s+){0,2}$/iu)).toEqual(['fearing', 'avoiding', 'for fear of'])
    expect(read(/Ministry\s+of/u)).toEqual(['Ministry'])
    // Joined across small alternations and classes: "[ву]наслідок" is two strings.
    expect(read(/(?:^|\s)[ву]наслідок\s/iu)).toEqual(['внаслідок', 'унаслідок'])
    // A positive lookahead's words are in the text too; a negative one's are not needed.
    expect(read(/\d+(?= (?:km|miles) from)/u)).toEqual([' km from', ' miles from'])
    expect(read(/\d+(?! km)/u)).toBeNull()
  })

  it('requires nothing of what it cannot read or what may be absent', () => {
    expect(read(/\p{L}+/u)).toBeNull()
    expect(read(/(?:killed)?\s+\d+/u)).toBeNull()
    expect(read(/a|the/i)).toBeNull() // a one-letter branch lets nearly every text through
    expect(read(/captured|\d+/iu)).toBeNull() // one branch needs no word
    expect(read(/captured|\d+ km/iu)).toEqual([' km', 'captured'])
    expect(requiredLiterals('(?i:taken)', 'u')).toBeNull() // modifiers (newer engines): not read
    expect(read(/[^ab]cd|x[a-z]y/u)).toBeNull()
  })

  it('does not read letters whose lower case is not one letter of their own', () => {
    expect(literalChar('Σ', true)).toBeNull()
    expect(literalChar('İ', true)).toBeNull()
    expect(literalChar('ſ', true)).toBeNull()
    expect(literalChar('Ж', true)).toBe('ж')
    expect(literalChar('Ж', false)).toBe('Ж')
  })

  // A gate lower-cases the text and looks for the pattern's letters as `literalChar` reads them: every
  // character the regex equates with a read letter (case-insensitively, with and without `u`) must
  // lower-case to the same letter, or be one of FOLD_UNSAFE (whose texts go ungated).
  it('keeps every case-insensitive equivalence of a read letter (BMP, with and without u)', () => {
    const byLower = new Map<string, string[]>()
    const byUpper = new Map<string, string[]>()
    const add = (m: Map<string, string[]>, k: string, c: string): void => void (m.get(k) ?? m.set(k, []).get(k)!).push(c)
    for (let cp = 0; cp < 0x10000; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue
      const c = String.fromCharCode(cp)
      add(byLower, c.toLowerCase(), c)
      add(byUpper, c.toUpperCase(), c)
    }
    const wrong: string[] = []
    for (let cp = 0; cp < 0x10000; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue
      const c = String.fromCharCode(cp)
      const l = literalChar(c, true)
      if (l === null) continue
      const kin = new Set([c, ...(byLower.get(c.toLowerCase()) ?? []), ...(byUpper.get(c.toUpperCase()) ?? []), ...(byLower.get(c.toUpperCase().toLowerCase()) ?? []), ...(byUpper.get(c.toLowerCase().toUpperCase()) ?? [])])
      for (const flags of ['iu', 'i']) {
        const re = new RegExp(`^${c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`, flags)
        // The gate's alternation holds the lower case: it must match the letter as written.
        if (!new RegExp(`^${l.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`, flags).test(c)) wrong.push(`${flags}: ${l} does not match ${c}`)
        for (const x of kin) {
          if (FOLD_UNSAFE.test(x) || !re.test(x)) continue
          if (!x.toLowerCase().includes(l)) wrong.push(`${flags}: ${c} (U+${cp.toString(16)}) ~ ${x} (U+${x.charCodeAt(0).toString(16)})`)
        }
      }
    }
    expect(wrong).toEqual([])
  })
})

// Patterns of every kind of syntax the reader handles (and some it does not), as the extractor writes them.
const SAMPLES: RegExp[] = [
  /(?<![\p{L}])(?:опасаясь|боясь|fearing|for fear of|avoiding|to escape)\s+(?:[\p{L}'’-]+\s+){0,2}$/iu,
  /(?:(?:колон\p{L}*|техні\p{L}*|БМП|груп\p{L}*) (?:[\p{L}\p{N}'’ʼ-]+ ){0,2}?(?:розбили|розбито|знищено))(?![\p{L}\p{N}])/iu,
  /\b(?:the same day|that same day|(?:on )?that day|(?:\d{1,2}|a few|two)\s+(?:hours|minutes)\s+later)\b|того ж(?:е)? дня|в тот же день/iu,
  /(?:^|[^\p{L}])(?:у|в)\s+зв['’ʼ]язку\s+з/iu,
  /^\s*(?:read (?:also|more)|also read|see also|читайте (?:також|также))\s*(?::|$)/iu,
  /(?:not\b|n['’]t\b|\bno\b|nobody|unlikely|не\s|жоден|никто)/iu,
  /\b(?:[Tt]he Russians|occupiers|invaders)\b/gu,
  /(?<=(?:against|versus|vs\.?)\s+)\d+/iuy,
  /Kyiv\s+(?:regime|authorities)/g,
  /ago/i,
  /тому|назад/iu,
  /x{2}y|zzz/iu,
  /[Кк]ремл[ья]|Moscow['’]s/u,
]

// Texts made of the samples' own letters and words, in any case, with the characters case folding
// treats specially, apostrophes, digits and spaces between.
const samplePieces = [...new Set(SAMPLES.flatMap((re) => re.source.replace(/\\[pPdDsSwWbBk](?:\{[^}]*\}|<[^>]*>)?/g, ' ').match(/[\p{L}\p{N}'’ʼ ]+/gu) ?? []))]
const piece = fc.oneof(
  fc.constantFrom(...samplePieces),
  fc.constantFrom(' ', '  ', ', ', '. ', '\n', "'", '’', '-', '5', 'ſ', 'K', 'İ', 'Σ', 'ς', 'ᲀ', 'µ', 'x', 'ZZZ'),
)
const caseOf = fc.constantFrom((s: string) => s, (s: string) => s.toUpperCase(), (s: string) => s.toLowerCase(), (s: string) => s.charAt(0).toUpperCase() + s.slice(1))
const text = fc.array(fc.tuple(piece, caseOf), { maxLength: 12 }).map((parts) => parts.map(([p, f]) => f(p)).join(''))

describe('gated', () => {
  it('matches what the plain regex matches, through exec, test, match, replace, split and matchAll', () => {
    const pairs = SAMPLES.map((re) => [re, gated(re)] as const)
    fc.assert(
      fc.property(text, fc.nat(40), (t, at) => {
        for (const [plain, gate] of pairs) {
          plain.lastIndex = at
          gate.lastIndex = at
          expect(gate.exec(t)).toEqual(plain.exec(t))
          expect(gate.lastIndex).toBe(plain.lastIndex)
          plain.lastIndex = at
          gate.lastIndex = at
          expect(gate.test(t)).toBe(plain.test(t))
          expect(gate.lastIndex).toBe(plain.lastIndex)
          plain.lastIndex = 0
          gate.lastIndex = 0
          expect(t.match(gate)).toEqual(t.match(plain))
          expect(t.replace(gate, '<$&>')).toBe(t.replace(plain, '<$&>'))
          expect(t.split(gate)).toEqual(t.split(plain))
          if (plain.global) expect([...t.matchAll(gate)]).toEqual([...t.matchAll(plain)])
          const end = /\$$/.test(plain.source) && !plain.global && !plain.sticky ? endsWithMatch(plain) : null
          if (end) expect(end(t)).toBe(plain.test(t))
        }
      }),
      { numRuns: 600 },
    )
  })

  it('matches what the plain regex matches in long texts (asked through their index), several in turn', () => {
    const pairs = SAMPLES.map((re) => [re, gated(re)] as const)
    const fillers = ['lorem ipsum dolor '.repeat(60), 'Тест тексту, який нічого не каже. '.repeat(40), 'x'.repeat(1200)]
    fc.assert(
      fc.property(fc.array(fc.tuple(text, fc.constantFrom(...fillers.keys()), fc.boolean()), { minLength: 1, maxLength: 4 }), (texts) => {
        for (const [t, f, before] of texts) {
          const long = before ? fillers[f]! + t : t + fillers[f]!
          for (const [plain, gate] of pairs) {
            plain.lastIndex = 0
            gate.lastIndex = 0
            expect(gate.test(long)).toBe(plain.test(long))
            expect(long.match(gate)).toEqual(long.match(plain))
          }
        }
      }),
      { numRuns: 300 },
    )
  })

  it('answers a text again as the first time, however often it is asked', () => {
    const re = gated(/(?:fearing|avoiding) \p{L}+/iu)
    for (let k = 0; k < 2000; k++) expect(re.test(k % 3 === 0 ? 'Fearing losses' : 'no such words here')).toBe(k % 3 === 0)
  })
})

describe('testSlice', () => {
  it('answers as the pattern tested on the stretch, whether or not the text holds its words', async () => {
    const { testSlice } = await import('./gated-regexp.js')
    const patterns = [/(?<![\p{L}])(?:fearing|for fear of|avoiding)\s+(?:[\p{L}'’-]+\s+){0,2}$/iu, /^\s+(?:[\p{L}'’-]+\s+){0,2}?(?:не\s+(?:про)?(?:коментува|комментирова)\p{L}*)/iu, /Ministry\s+of/u, /\p{L}+/u]
    const texts = ['Troops left the village, fearing a Russian assault on it.', 'Ми не коментували атаку.', 'The Ministry of Defence said', 'x'.repeat(1200) + ' fearing the ', 'FEARING THE', 'ſ fearing a']
    for (const p of patterns) {
      const g = gated(p)
      for (const text of texts) {
        for (let start = 0; start <= text.length; start += 3) {
          for (const length of [0, 5, 17, 40]) expect(testSlice(g, text, start, start + length), `${p} on ${JSON.stringify(text.slice(start, start + length))}`).toBe(p.test(text.slice(start, start + length)))
        }
      }
    }
  })
})
