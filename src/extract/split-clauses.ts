import type { Lang, Span } from '../domain/index.js'

// Clause boundaries inside a sentence's content: where one event statement ends and the next
// begins ("Russian forces attacked near X, but Ukrainian troops repelled them"). Coordinated
// "and" is a boundary too; pieces without an event word are merged back by the caller.

const EN_BOUNDARY = /;|,\s+(?:and|but|while|whereas|although|though|as|when|so|yet|with)\s+|,\s+(?=(?:where|which)\s)|\s+(?:but|while|whereas|although|though|when|as)\s+(?!well\b|of\b|part\b|a result\b|many\b|much\b|long\b|soon\b|far\b|early\b|late\b|part\b)|\s+and(?:,\s*|\s+)(?:that\s+)?|\s+[—–]\s+|\s+then\s+/giu
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
  while (s < e && /[\s,.;:"“”«»]/.test(text[s]!)) s++
  while (e > s && /[\s,.;:"“”«»]/.test(text[e - 1]!)) e--
  return [s, e]
}
