import { extractClaims } from '../extract/extract-claims.js'

/**
 * Runs one Ukrainian and one Russian extraction, so that the first test of a file does not pay for
 * compiling both Cyrillic lexicons (slow on a loaded machine). Call it from `beforeAll` with a long timeout.
 */
export function warmSlavicExtraction(): void {
  extractClaims({ id: 'w', text: 'Речник угруповання назвав вигадкою заяви про оточення Куп’янська.', lang: 'uk', publishedAt: '2025-10-02', outlet: null })
  extractClaims({ id: 'w', text: 'Командир заявил, что противник атаковал Сумы.', lang: 'ru', publishedAt: '2025-10-02', outlet: null })
}

/** The kind and modality of each claim extracted from a Ukrainian or Russian sentence. */
export function kindsAndModalities(text: string, lang: 'uk' | 'ru'): [string, string][] {
  const { value } = extractClaims({ id: 't', text, lang, publishedAt: '2025-10-02', outlet: null })
  return value.claims.map((c) => [c.kind, c.modality])
}
