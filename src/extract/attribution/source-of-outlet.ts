import { entityMatcher, tokenize } from '../lexicon/index.js'

/**
 * Unnamed sources of a named outlet (convention 52; 91: "— джерела NV" is the speaker "NV sources" with
 * the via NV): in quotes ("источник «Ъ»", "джерело «Української правди»"), or bare when the name is
 * wholly a registry outlet ("джерела NV", "источники РБК"), the plural too, and after the word for
 * the outlet ("джерела видання «Бабель» у спецслужбі", "собеседники издания Verstka"). Group 1 is a
 * quoted name, group 2 a bare one.
 */
const SOURCE_OF_OUTLET = /^(?:[Ии]сточник|[Сс]обеседник|[Дд]жерел|[Сс]піврозмовник|[Ss]ource)\p{L}*\s+(?:(?:видання|издани[яе]|газет[иы]|агентств[ао]|агенці[їя]|телеканал[уа]|каналу|канала|outlet|the)\s+)?(?:[«"“„]([^«»"“”„]{1,30})[»"”]|(\p{Lu}[\p{L}\p{N}.+]*(?:[ -]\p{Lu}[\p{L}\p{N}.+]*){0,2})(?![\p{L}\p{N}]))/u

/** The outlet whose unnamed sources a speaker phrase names, as written ("«Ъ»" without its marks, "NV"), else null. */
export function sourceOutlet(phrase: string): string | null {
  const m = SOURCE_OF_OUTLET.exec(phrase.trim())
  if (!m) return null
  if (m[1]) return m[1]
  const bare = m[2]!
  return entityMatcher().match(bare, tokenize(bare)).some((e) => e.data.type === 'outlet' && e.span[1] - e.span[0] >= bare.length - 1) ? bare : null
}
