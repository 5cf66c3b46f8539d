import type { Lang, Span } from '../domain/index.js'

// Clause boundaries inside a sentence's content: where one event statement ends and the next
// begins ("Russian forces attacked near X, but Ukrainian troops repelled them"). Coordinated
// "and" is a boundary too; pieces without an event word are merged back by the caller.

const EN_BOUNDARY = /;|,\s+(?:and|but|while|whereas|although|though|as|when|so|yet|with)\s+|,\s+(?=(?:where|which)\s)|\s+(?:but|while|whereas|although|though|when|as)\s+(?!well\b|of\b|part\b|a result\b|many\b|much\b|long\b|soon\b|far\b|early\b|late\b|part\b)|\s+and(?:,\s*|\s+)(?:that\s+)?|\s+[—–]\s+|\s+then\s+|,?\s+(?:after|before)\s+(?=\p{L}{3,}ing\s)/giu
const CY_BOUNDARY = /;|,\s+(?:а|але|однак|проте|тоді як|поки|хоча|коли|що|но|однако|тогда как|пока|хотя|когда|что|при цьому|при этом|після чого|после чего)\s+|,\s+(?=(?:де|где|які|який|яка|яке|которые|который|которая|которое)\s)|\s+(?:та|і|й|и|а також|а также)(?:,\s*|\s+)|\s+[—–]\s+|,\s+[—–]\s+/giu

/** Clause spans covering `content` (document offsets), in order. */
export function splitClauses(text: string, content: Span, lang: Lang): Span[] {
  const slice = text.slice(content[0], content[1])
  const re = lang === 'en' ? EN_BOUNDARY : CY_BOUNDARY
  const out: Span[] = []
  let from = 0
  re.lastIndex = 0
  for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
    if (m.index > from) out.push(trim(text, [content[0] + from, content[0] + m.index]))
    from = m.index + m[0].length
  }
  if (from < slice.length) out.push(trim(text, [content[0] + from, content[1]]))
  return out.filter((s) => s[1] > s[0])
}

function trim(text: string, span: Span): Span {
  let [s, e] = span
  while (s < e && isEdgeChar(text.charCodeAt(s))) s++
  while (e > s && isEdgeChar(text.charCodeAt(e - 1))) e--
  return [s, e]
}

/**
 * Whether a UTF-16 code unit is one `/[\s,.;:"“”«»]/` matches: white space (JavaScript's \s) or the
 * punctuation a clause or a claim's span is trimmed of (a test compares it with the pattern).
 */
export function isEdgeChar(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d)
  if (c < 0x80) return c === 0x2c || c === 0x2e || c === 0x3b || c === 0x3a || c === 0x22
  switch (c) {
    case 0xa0: case 0xab: case 0xbb: case 0x1680: case 0x2028: case 0x2029: case 0x202f: case 0x205f: case 0x3000: case 0xfeff: case 0x201c: case 0x201d:
      return true
    default:
      return c >= 0x2000 && c <= 0x200a
  }
}
