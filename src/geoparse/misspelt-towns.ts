// Misspelt names of towns: monitor captions and agency copy are typed fast ("Donestk", "Popsana",
// "Mariupil", "Lysyshansk", "Severodonestk"). A capitalised Latin word that names nothing is read as a town
// of 20,000 people or more (in Ukraine, a Russian border oblast or Belarus) when the two spellings are one
// letter apart (a letter left out, added, changed, or two swapped), measured on the word as written:
// each may lose one letter and the rest must be equal (symmetric deletion). To keep English words and
// people out (measured on the UCDP and CIR rows: "Person" is not Kherson, "Uragan" not Kurgan, "Zhukovsky"
// not Zhukovskiy), only words of seven letters or more, starting with the town's first two letters, and
// not an adjective or surname in -sky/-ski.
// Letters typed in the wrong order ("Karkhiv", "Erenhodar") are two edits away and may change the second
// letter: a word with exactly the town's letters rearranged within four letters, the same first and last
// letter, is read as the town too (no English word of seven letters or more is an anagram of a town that size; measured on
// the UCDP and CIR rows). Two edits that change letters stay out unless one deletion each meets a listed
// spelling ("Slovgyansk" → Slovyansk): at two free edits, surnames and words start meeting towns.
import type { Gazetteer } from './gazetteer/gazetteer.js'
import { REGIONS } from './gazetteer/regions.js'
import type { NameRef } from './gazetteer/name-index.js'

const MIN_POPULATION = 20_000
const MIN_LETTERS = 7
/** A letter moved or two swapped within four letters; "Vaislivka" (Vasylivka) is not Vasilkiva (span 6). */
const MAX_SCRAMBLED_SPAN = 4
const WORD = /^[A-Z][a-z]{6,}$/
const ADJECTIVE_OR_SURNAME = /(?:sky|ski|skiy|skyi|skii)$/

const DEEP_ADMIN1: ReadonlySet<string> = new Set(REGIONS.filter((r) => r.deep).map((r) => r.name))

/** Per gazetteer: each town's spelling, and every spelling with one letter left out → the towns and spellings. */
const indexes = new WeakMap<Gazetteer, Map<string, Array<{ entry: number; spelling: string }>>>()
/** Per gazetteer: first letter + the spelling's letters sorted + last letter → the towns and spellings. */
const anagramIndexes = new WeakMap<Gazetteer, Map<string, Array<{ entry: number; spelling: string }>>>()

/** Letters from the first that differs to the last that differs ("kharkiv"/"karkhiv": 4). */
function scrambledSpan(a: string, b: string): number {
  let first = 0
  while (first < a.length && a[first] === b[first]) first++
  let last = a.length - 1
  while (last > first && a[last] === b[last]) last--
  return last - first + 1
}

function anagramKey(s: string): string {
  return s[0]! + [...s].sort().join('') + s[s.length - 1]!
}

function indexOf(g: Gazetteer): Map<string, Array<{ entry: number; spelling: string }>> {
  let index = indexes.get(g)
  if (index) return index
  index = new Map()
  const anagrams = new Map<string, Array<{ entry: number; spelling: string }>>()
  for (let i = 0; i < g.size; i++) {
    const e = g.entryAt(i)
    if (e.kind !== 'settlement' || (e.population ?? 0) < MIN_POPULATION) continue
    if (e.country !== 'UA' && e.country !== 'BY' && !(e.country === 'RU' && e.admin1 !== null && !DEEP_ADMIN1.has(e.admin1))) continue
    const spellings = new Set<string>()
    for (const n of [e.name, ...e.variants]) {
      const s = n.toLowerCase().replace(/['’ʼ`]/g, '')
      if (s.length >= MIN_LETTERS && /^[a-z]+$/.test(s)) spellings.add(s)
    }
    for (const s of spellings) {
      const list = anagrams.get(anagramKey(s))
      if (list) list.push({ entry: i, spelling: s })
      else anagrams.set(anagramKey(s), [{ entry: i, spelling: s }])
    }
    for (const s of spellings) for (const key of [s, ...deletions(s)]) {
      const list = index.get(key)
      if (list) list.push({ entry: i, spelling: s })
      else index.set(key, [{ entry: i, spelling: s }])
    }
  }
  indexes.set(g, index)
  anagramIndexes.set(g, anagrams)
  return index
}

function deletions(s: string): string[] {
  const out: string[] = []
  for (let k = 0; k < s.length; k++) out.push(s.slice(0, k) + s.slice(k + 1))
  return out
}

/** The towns a capitalised word that names nothing may be a misspelling of (none for most words). */
export function misspeltTownRefs(word: string, g: Gazetteer): NameRef[] {
  if (!WORD.test(word) || ADJECTIVE_OR_SURNAME.test(word)) return []
  const w = word.toLowerCase()
  const index = indexOf(g)
  const refs: NameRef[] = []
  for (const key of [w, ...deletions(w)]) {
    const list = index.get(key)
    if (!list) continue
    for (const { entry, spelling } of list) {
      if (spelling === w || spelling.slice(0, 2) !== w.slice(0, 2) || Math.abs(spelling.length - w.length) > 1) continue
      if (!refs.some((r) => r.entry === entry)) refs.push({ entry, lang: 'latin', weight: 1, tokens: [spelling] })
    }
  }
  for (const { entry, spelling } of anagramIndexes.get(g)?.get(anagramKey(w)) ?? []) {
    if (spelling !== w && scrambledSpan(spelling, w) <= MAX_SCRAMBLED_SPAN && !refs.some((r) => r.entry === entry)) refs.push({ entry, lang: 'latin', weight: 1, tokens: [spelling] })
  }
  return refs
}
