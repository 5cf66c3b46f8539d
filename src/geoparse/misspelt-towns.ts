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
import { prominenceOf } from './gazetteer/build-gazetteer.js'

const MIN_POPULATION = 20_000
const MIN_LETTERS = 7
// Right after a preposition of place ("shelling in Vuheldar", "a school near Pechenih") a word is a place
// the caption names, so smaller places are read too: a Ukrainian settlement of 1,000 people or more, or a
// town or selyshche where KATOTTG gives no count (prominence 0.5, what 1,000 people give), for a word of
// eight letters or more (measured on the dev captions and UCDP headlines: see the commit).
const PLACED_MIN_PROMINENCE = prominenceOf(1_000)
const PLACED_MIN_LETTERS = 8
/** A letter moved or two swapped within four letters; "Vaislivka" (Vasylivka) is not Vasilkiva (span 6). */
const MAX_SCRAMBLED_SPAN = 4
const WORD = /^[A-Z][a-z]{6,}$/
const ADJECTIVE_OR_SURNAME = /(?:sky|ski|skiy|skyi|skii)$/

const DEEP_ADMIN1: ReadonlySet<string> = new Set(REGIONS.filter((r) => r.deep).map((r) => r.name))

/** Per gazetteer: each town's spelling, and every spelling with one letter left out → the towns and spellings. */
const indexes = new WeakMap<Gazetteer, Map<string, Array<{ entry: number; spelling: string; small: boolean }>>>()
/** Per gazetteer: first letter + the spelling's letters sorted + last letter → the towns and spellings. */
const anagramIndexes = new WeakMap<Gazetteer, Map<string, Array<{ entry: number; spelling: string; small: boolean }>>>()

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

function indexOf(g: Gazetteer): Map<string, Array<{ entry: number; spelling: string; small: boolean }>> {
  let index = indexes.get(g)
  if (index) return index
  index = new Map()
  const anagrams = new Map<string, Array<{ entry: number; spelling: string; small: boolean }>>()
  for (let i = 0; i < g.size; i++) {
    const e = g.entryAt(i)
    if (e.kind !== 'settlement') continue
    const small = (e.population ?? 0) < MIN_POPULATION
    if (small ? (e.prominence ?? 0) < PLACED_MIN_PROMINENCE || e.country !== 'UA' : e.country !== 'UA' && e.country !== 'BY' && !(e.country === 'RU' && e.admin1 !== null && !DEEP_ADMIN1.has(e.admin1))) continue
    const spellings = new Set<string>()
    for (const n of [e.name, ...e.variants]) {
      const s = n.toLowerCase().replace(/['’ʼ`]/g, '')
      if (s.length >= (small ? PLACED_MIN_LETTERS : MIN_LETTERS) && /^[a-z]+$/.test(s)) spellings.add(s)
    }
    for (const s of spellings) {
      const item = { entry: i, spelling: s, small }
      const list = anagrams.get(anagramKey(s))
      if (list) list.push(item)
      else anagrams.set(anagramKey(s), [item])
    }
    for (const s of spellings) for (const key of [s, ...deletions(s)]) {
      const item = { entry: i, spelling: s, small }
      const list = index.get(key)
      if (list) list.push(item)
      else index.set(key, [item])
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

/**
 * Per gazetteer: the answer for each word asked, not placed and placed. Every capitalised word that
 * starts no name is asked (some 60 per 5 kB report), and news text repeats its words, so a word's
 * deletions and anagram key are worked out once, not at each occurrence. The arrays are shared: no
 * caller adds to a mention's refs (the name index's own arrays are shared the same way).
 */
const answers = new WeakMap<Gazetteer, readonly [Map<string, NameRef[]>, Map<string, NameRef[]>]>()
/** Words remembered per gazetteer and flag before the memory starts again empty. */
const ANSWER_LIMIT = 50_000

/**
 * The towns a capitalised word that names nothing may be a misspelling of (none for most words); `placed`:
 * the word comes right after a preposition of place, and smaller places are read too.
 */
export function misspeltTownRefs(word: string, g: Gazetteer, placed = false): NameRef[] {
  let memo = answers.get(g)
  if (memo === undefined) answers.set(g, (memo = [new Map(), new Map()]))
  const known = memo[placed ? 1 : 0]
  let refs = known.get(word)
  if (refs === undefined) {
    if (known.size >= ANSWER_LIMIT) known.clear()
    refs = workOutMisspeltTownRefs(word, g, placed)
    known.set(word, refs)
  }
  return refs
}

/** `misspeltTownRefs` worked out afresh, without the memory (exported for the test that compares the two). */
export function workOutMisspeltTownRefs(word: string, g: Gazetteer, placed: boolean): NameRef[] {
  if (!WORD.test(word) || ADJECTIVE_OR_SURNAME.test(word)) return []
  const w = word.toLowerCase()
  const smallToo = placed && w.length >= PLACED_MIN_LETTERS
  const index = indexOf(g)
  const refs: NameRef[] = []
  for (const key of [w, ...deletions(w)]) {
    const list = index.get(key)
    if (!list) continue
    for (const { entry, spelling, small } of list) {
      if ((small && !smallToo) || spelling === w || spelling.slice(0, 2) !== w.slice(0, 2) || Math.abs(spelling.length - w.length) > 1) continue
      // A smaller place's name with another last letter is another ending (an adjective's "Berezovy" for
      // Berezove, a Russian "-o"), not a typo of it.
      if (small && spelling.length === w.length && spelling.slice(0, -1) === w.slice(0, -1)) continue
      if (!refs.some((r) => r.entry === entry)) refs.push({ entry, lang: 'latin', weight: 1, tokens: [spelling] })
    }
  }
  for (const { entry, spelling, small } of anagramIndexes.get(g)?.get(anagramKey(w)) ?? []) {
    if ((small && !smallToo) || spelling === w) continue
    if (scrambledSpan(spelling, w) <= MAX_SCRAMBLED_SPAN && !refs.some((r) => r.entry === entry)) refs.push({ entry, lang: 'latin', weight: 1, tokens: [spelling] })
  }
  return refs
}
