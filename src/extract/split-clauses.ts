import type { Lang, Span } from '../domain/index.js'

// Clause boundaries inside a sentence's content: where one event statement ends and the next
// begins ("Russian forces attacked near X, but Ukrainian troops repelled them"). Coordinated
// "and" is a boundary too; pieces without an event word are merged back by the caller.

export const EN_BOUNDARY = /;|,\s+(?:and|but|while|whereas|although|though|as|when|so|yet|with)\s+|,\s+(?=(?:where|which)\s)|\s+(?:but|while|whereas|although|though|when|as)\s+(?!well\b|of\b|part\b|a result\b|many\b|much\b|long\b|soon\b|far\b|early\b|late\b|part\b)|\s+and(?:,\s*|\s+)(?:that\s+)?|\s+[—–]\s+|\s+then\s+/giu
export const CY_BOUNDARY = /;|,\s+(?:а|але|однак|проте|тоді як|поки|хоча|коли|що|но|однако|тогда как|пока|хотя|когда|что|при цьому|при этом|після чого|после чего)\s+|,\s+(?=(?:де|где|які|який|яка|яке|которые|который|которая|которое)\s)|\s+(?:та|і|й|и|а також|а также)(?:,\s*|\s+)|\s+[—–]\s+|,\s+[—–]\s+/giu

/** Clause spans covering `content` (document offsets), in order. */
export function splitClauses(text: string, content: Span, lang: Lang): Span[] {
  const slice = text.slice(content[0], content[1])
  const out: Span[] = []
  let from = 0
  for (const m of boundaries(slice, lang)) {
    if (m.index > from) out.push(trim(text, [content[0] + from, content[0] + m.index]))
    from = m.index + m[0].length
  }
  if (from < slice.length) out.push(trim(text, [content[0] + from, content[1]]))
  return out.filter((s) => s[1] > s[0])
}

const EN_AT = new RegExp(EN_BOUNDARY.source, 'iuy')
const CY_AT = new RegExp(CY_BOUNDARY.source, 'iuy')
/** The first words of the boundaries that open with whitespace ("and", "but", "та", "а також"). */
const EN_WORDS = new Set(['but', 'while', 'whereas', 'although', 'though', 'when', 'as', 'and', 'then'])
const CY_WORDS = new Set(['та', 'і', 'й', 'и', 'а'])
const WORD_AT = /\p{L}+/uy

/** Whether a UTF-16 code unit is whitespace as JavaScript's \s reads it. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d)
  if (c < 0xa0) return false
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
}

/**
 * The boundary pattern's matches in `slice`, as its global search finds them, trying it only where
 * a boundary can start: at ";" or ",", or where whitespace begins before a dash or before one of
 * the words that open a boundary (a match inside a run of whitespace can always start at its first
 * character, or where the last match ended). Letters that fold to those words' letters ("ſ" to
 * "s", the old Cyrillic forms U+1C80-U+1C88) send the slice to the plain search.
 */
export function boundaries(slice: string, lang: Lang): RegExpExecArray[] {
  const out: RegExpExecArray[] = []
  if (ODD_FOLDS.test(slice)) {
    const re = lang === 'en' ? EN_BOUNDARY : CY_BOUNDARY
    re.lastIndex = 0
    for (let m = re.exec(slice); m !== null; m = re.exec(slice)) out.push(m)
    return out
  }
  const re = lang === 'en' ? EN_AT : CY_AT
  const words = lang === 'en' ? EN_WORDS : CY_WORDS
  let from = 0
  for (let i = 0; i < slice.length; i++) {
    const c = slice.charCodeAt(i)
    // ";" and ","
    if (c !== 0x3b && c !== 0x2c) {
      if (!isSpace(c) || (i > from && isSpace(slice.charCodeAt(i - 1)))) continue
      let j = i + 1
      while (j < slice.length && isSpace(slice.charCodeAt(j))) j++
      if (j >= slice.length) break
      const next = slice.charCodeAt(j)
      // "—" and "–"
      if (next !== 0x2014 && next !== 0x2013) {
        WORD_AT.lastIndex = j
        const word = WORD_AT.exec(slice)
        if (!word || !words.has(word[0].toLowerCase())) {
          i = j - 1
          continue
        }
      }
    }
    re.lastIndex = i
    const m = re.exec(slice)
    if (!m) continue
    out.push(m)
    from = m.index + m[0].length
    i = from - 1
  }
  return out
}
const ODD_FOLDS = /[\u017f\u212a\u1c80-\u1c88]/u

function trim(text: string, span: Span): Span {
  let [s, e] = span
  while (s < e && /[\s,.;:"“”«»]/.test(text[s]!)) s++
  while (e > s && /[\s,.;:"“”«»]/.test(text[e - 1]!)) e--
  return [s, e]
}
