import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fastWordBoundaries, fastWordBoundarySource } from './fast-word-boundaries.js'

const W = '[A-Za-z0-9_\\u017f\\u212a]'
const rewrite = (re: RegExp): string => fastWordBoundarySource(re.source, re.flags)

// Patterns of the kinds the code holds: a boundary at the start of a word group, after a word, inside
// alternatives, in look-arounds, next to Cyrillic, classes and optional parts.
const PATTERNS: readonly RegExp[] = [
  /\b(?:in|inside|into|across|deep in|deep inside)\s+(?:the\s+)?(?:Russia|Russian Federation)\b/iu,
  /\b(?:occupiers|invaders|orcs|rashists)\b|окупант\p{L}*|(?<![\p{L}])орк(?:и|ів)(?![\p{L}])/iu,
  /(?:not\b|n['’]t\b|\bno\b|nobody|unlikely|не\s|жоден|никто)/iu,
  /\b(?:(?:this|that) (?:[\p{Ll}-]+ )?(?:city|town|village)(?!\s+of\b)|the (?!next )(?:city|town))\b/iu,
  /\bneo-?Nazis?\b|\bKyiv regime\b|хохл\p{L}*/iu,
  /\bs\b|\bk\w*|\b_x|\b9\b/iu,
  /\b(?:ab)?c\b|\b(?:a|)b|\b(?:a|b)?c|\ba?x|\ba*y|\b[a-z]+\b|\b\p{L}+\b|\b(?:a|\p{L})z/iu,
  /(?<=\bpre\b)\s*x|(?<!\bno )way\b|\b(?<!no )(?:ab|x)|\b(?=a)\p{L}|\b(?!a)\p{L}|\b(?<name>ab|cd)\b|\b(?:(?:a|b)c|de)\b/iu,
  /\bа\b|\u0430\b|[b]\b|\b\u0061|\bx{0,2}y|\bx{1,2}y/iu,
]

describe('fastWordBoundaries', () => {
  it('writes a boundary beside an ASCII word character of the pattern as a one-sided look-around', () => {
    expect(rewrite(/\b(?:in|into)\s+Russia\b/iu)).toBe(`(?<!${W})(?:in|into)\\s+Russia(?!${W})`)
    expect(rewrite(/(?:not\b|\bno\b)/iu)).toBe(`(?:not(?!${W})|(?<!${W})no(?!${W}))`)
    expect(rewrite(/\b(?<word>ab|cd)\b/iu)).toBe(`(?<!${W})(?<word>ab|cd)\\b`)
    // (A look-around in between matches no character: "\b(?<!in the )north" still opens a word.)
    expect(rewrite(/\b(?<!\bin the )(?:north|south)/iu)).toBe(`(?<!${W})(?<!(?<!${W})in the )(?:north|south)`)
  })

  it('leaves a boundary next to anything else, and patterns V8 bounds itself', () => {
    for (const re of [/\b\p{L}+/iu, /\b(?:a|)b/iu, /\ba?x/iu, /\b(?:ab)?c/iu, /\b[a-z]/iu, /\bа/iu, /\u0430\b/iu, /\bx{0,2}y/iu, /(?:ab)\b/iu]) {
      expect(rewrite(re)).toBe(re.source)
    }
    const plain = /\bin Russia\b/i
    expect(fastWordBoundaries(plain)).toBe(plain)
    expect(rewrite(/\bin\b/u)).toBe('\\bin\\b')
    expect(rewrite(/[\b]in/iu)).toBe('[\\b]in')
  })

  it('finds the same matches as the pattern it rewrites, in any text', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'i', 'k', 'n', 'o', 's', 't', 'x', 'y', 'z', 'K', 'S', 'ſ', 'K', '_', '9', ' ', '-', "'", 'а', 'о', 'н', 'е', 'ж', 'і', 'й', 'Ж', 'é', '.', '\n')
    const words = fc.constantFrom('in ', 'into ', 'Russia', 'the ', 'not', "n't", 'no', 'orcs', 'окупант', 'орки', 'city', 'town', 'this ', 'pre', 'way', 'neo-Nazis', 'Kyiv regime', 'хохли', 'ab', 'cd', 'de', 'xy')
    const text = fc.array(fc.oneof(alphabet, words), { maxLength: 40 }).map((parts) => parts.join(''))
    for (const re of PATTERNS) {
      const before = new RegExp(re.source, `${re.flags}g`)
      const after = fastWordBoundaries(before)
      fc.assert(
        fc.property(text, (s) => {
          const found = (r: RegExp): string[] => [...s.matchAll(r)].map((m) => `${m.index}:${m[0]}:${m.slice(1).join('|')}`)
          expect(found(after)).toEqual(found(before))
        }),
        { numRuns: 400 },
      )
    }
  })
})
