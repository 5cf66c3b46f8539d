import type { Lang } from '../domain/index.js'

// Letters only one of the two Cyrillic languages uses: Ukrainian і ї є ґ; Russian ы э ъ ё.
const UK_LETTERS = /[іїєґ]/giu
const RU_LETTERS = /[ыэъё]/giu
const CYRILLIC = /\p{Script=Cyrillic}/gu
const LATIN = /\p{Script=Latin}/gu

/**
 * The document's language: a declared tag when it is one of ours, else by script (Cyrillic vs Latin
 * letters) and, for Cyrillic, by the letters only Ukrainian or only Russian uses.
 */
export function detectLanguage(text: string, declared: string | null): Lang {
  const tag = declared?.trim().toLowerCase().slice(0, 2)
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text
  const cyrillic = count(sample, CYRILLIC)
  const latin = count(sample, LATIN)
  const byScript: Lang = cyrillic > latin ? cyrillicLanguage(sample) : 'en'
  // A declared tag is trusted unless the script contradicts it (an "en" page written in Cyrillic);
  // between Ukrainian and Russian the declaration beats letter counts, which mislead on short posts.
  if ((tag === 'uk' || tag === 'ru') && byScript !== 'en') return tag
  return byScript
}

function cyrillicLanguage(text: string): Lang {
  const uk = count(text, UK_LETTERS)
  const ru = count(text, RU_LETTERS)
  return uk >= ru ? 'uk' : 'ru'
}

function count(text: string, re: RegExp): number {
  re.lastIndex = 0
  let n = 0
  while (re.exec(text) !== null) n++
  return n
}
