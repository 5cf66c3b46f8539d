// A noun after a list of names applies to every name of the list: "the Zaporizhzhia and Dnipropetrovsk
// regions", "on the Kupiansk, Lyman and Siversk directions", "Донецької та Запорізької областей",
// "на Покровському та Костянтинівському напрямках", "в Глушковском и Суджанском районах". Without this
// only the last name meets the noun, and the others read as towns (Zaporizhzhia the city, Dnipro for
// "Dnipropetrovsk").
//
// One backward walk per head noun: the item right before the noun (up to three capitalised words joined
// by a space or hyphen), then, while a comma or a conjunction precedes, the item before that. Items are
// only marked here; the matcher decides what each one is (a region list item must name a region with the
// noun, else the walk stops there).
import { CAPITALISED, JOINS_NEXT, type Words, wordLower } from './tokenize.js'

export type HeadKind = 'region' | 'direction' | 'district'

export interface ListItem {
  /** First and last word of the item. */
  readonly first: number
  readonly last: number
  /** The head noun's word. */
  readonly noun: number
  readonly kind: HeadKind
  /** The item stands right before the noun (its mention may take the noun into its span). */
  readonly adjacent: boolean
  /** The noun's word in the singular nominative, for looking the item up with it ("oblast", "область"). */
  readonly nounLemma: string
}

interface HeadNoun {
  readonly kind: HeadKind
  /** Plural: applies to a list by itself. Singular: only Cyrillic adjective lists ("Донецкой и Луганской области"). */
  readonly plural: boolean
  readonly lemma: string
}

const HEADS = new Map<string, HeadNoun>()
function add(kind: HeadKind, plural: boolean, lemma: string, words: string): void {
  for (const w of words.split(' ')) HEADS.set(w, { kind, plural, lemma })
}
add('region', true, 'region', 'regions')
add('region', true, 'oblast', 'oblasts oblasti')
add('region', true, 'province', 'provinces')
// Ukrainian області is both the plural and the singular locative; Russian области both plural and genitive.
add('region', true, 'область', 'областей областях областям областями')
add('region', false, 'область', 'область області областi областю области областью')
add('direction', true, 'direction', 'directions axes sectors fronts')
add('direction', false, 'direction', 'direction axis sector')
add('direction', true, 'напрямок', 'напрямки напрямків напрямках напрямкам напрямками напрями напрямів напрямах ділянках ділянки')
add('direction', false, 'напрямок', 'напрямок напрямку напрямі напрям ділянці')
add('direction', true, 'направление', 'направления направлений направлениях направлениям направлениями участках')
add('direction', false, 'направление', 'направление направлении направлению участке')
add('district', true, 'district', 'districts raions rayons')
add('district', true, 'район', 'районах районів районы районов районам районами')
// Hromadas and okrugs are named after their centres as raions are ("Марганецькій, Покровській і
// Червоногригорівській громадах", "в Грайворонском и Шебекинском округах").
add('district', true, 'громада', 'громадах громад громадам громадами hromadas communities общинах общин')
add('district', true, 'округ', 'округах округов округам округами')
// A singular noun after an adjective list: "Білопільську, Краснопільську та Хотінську громади" (the
// plural nominative is also the singular genitive), "Марганецьку та Покровську громаду".
add('district', false, 'громада', 'громада громади громаду громаді громадою община общины общину общине')

// Which characters may start / end a head noun (any case): most words of a text are ruled out by
// two table reads before their lower-case form is looked up. Words hold letters up to U+052F only
// (tokenize.ts); a letter whose lower case is not one character is let through.
const HEAD_EDGE_CHARS = 0x530
const HEAD_FIRST = new Uint8Array(HEAD_EDGE_CHARS)
const HEAD_LAST = new Uint8Array(HEAD_EDGE_CHARS)
{
  const firsts = new Set([...HEADS.keys()].map((k) => k[0]))
  const lasts = new Set([...HEADS.keys()].map((k) => k[k.length - 1]))
  for (let c = 0; c < HEAD_EDGE_CHARS; c++) {
    const lower = String.fromCharCode(c).toLowerCase()
    HEAD_FIRST[c] = lower.length !== 1 || firsts.has(lower) ? 1 : 0
    HEAD_LAST[c] = lower.length !== 1 || lasts.has(lower) ? 1 : 0
  }
}

function mayBeHead(text: string, start: number, end: number): boolean {
  const a = text.charCodeAt(start)
  const b = text.charCodeAt(end - 1)
  return (a >= HEAD_EDGE_CHARS || HEAD_FIRST[a] === 1) && (b >= HEAD_EDGE_CHARS || HEAD_LAST[b] === 1)
}

const CONJUNCTIONS = new Set(['and', 'or', '&', 'та', 'і', 'й', 'и', 'або', 'или', 'також', 'также'])
const MAX_ITEMS = 12
const MAX_ITEM_WORDS = 3

/** Whether a head noun of this word exists (lower-cased surface form). */
export function headNounOf(lowerWord: string): HeadNoun | undefined {
  return HEADS.get(lowerWord)
}

/**
 * The list items each head noun of the chunk applies to, keyed by the item's last word. A singular noun
 * applies only to lists (two items or more), and for regions only in Cyrillic, where the items are
 * adjectives ("Zaporizhzhia and Donetsk region" may be a city and a region). `accept` checks each item,
 * nearest the noun first; the first one it refuses ends the list.
 */
export function findListItems(w: Words, accept: (item: ListItem) => boolean): Map<number, ListItem> {
  const out = new Map<number, ListItem>()
  const n = w.start.length
  const text = w.text
  for (let j = 1; j < n; j++) {
    const len = w.end[j]! - w.start[j]!
    if (len < 4 || len > 13 || !mayBeHead(text, w.start[j]!, w.end[j]!)) continue
    // A list ends right before its noun, with a capitalised word after one space: checked before the
    // word itself is looked up (which numbers it in the vocabulary), since most words fail it.
    let last = j - 1
    if ((w.flags[last]! & CAPITALISED) === 0 || w.start[j]! - w.end[last]! > 2 || !isSpaceGap(text, w.end[last]!, w.start[j]!)) continue
    const head = HEADS.get(wordLower(w, j))
    if (!head) continue
    const items: Array<{ first: number; last: number }> = []
    while (items.length < MAX_ITEMS && last >= 0 && w.flags[last]! & CAPITALISED) {
      let first = last
      while (first > 0 && last - first + 1 < MAX_ITEM_WORDS && w.flags[first - 1]! & JOINS_NEXT && w.flags[first - 1]! & CAPITALISED) first--
      items.push({ first, last })
      // What joins this item to the one before: a comma, a conjunction, or a comma and a conjunction.
      if (first === 0) break
      const gap = text.slice(w.end[first - 1]!, w.start[first]!)
      if (isCommaGap(gap)) {
        last = first - 1
        continue
      }
      const conj = first - 1
      if (!isSpaceGap(text, w.end[conj]!, w.start[first]!) || !CONJUNCTIONS.has(wordLower(w, conj))) break
      if (conj === 0) break
      const before = text.slice(w.end[conj - 1]!, w.start[conj]!)
      if (!isCommaGap(before) && !isSpaceGap(text, w.end[conj - 1]!, w.start[conj]!)) break
      last = conj - 1
    }
    if (items.length === 0) continue
    const cyrillic = isCyrillicCode(text.charCodeAt(w.start[j]!))
    if (!head.plural && (items.length < 2 || (head.kind === 'region' && !cyrillic))) continue
    // Nearest the noun first; the walk ends at the first item that is not one (for regions: names no region).
    for (const it of items) {
      const item: ListItem = { first: it.first, last: it.last, noun: j, kind: head.kind, adjacent: it.last === j - 1, nounLemma: head.lemma }
      if (!accept(item)) break
      if (!out.has(it.last)) out.set(it.last, item)
    }
  }
  return out
}

function isCyrillicCode(c: number): boolean {
  return c >= 0x400 && c <= 0x52f
}

function isSpaceGap(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 2) return false
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (c !== 32 && c !== 0xa0) return false
  }
  return true
}

/** ", " or "," (a list comma), nothing else. */
function isCommaGap(gap: string): boolean {
  return gap === ', ' || gap === ',' || gap === ',\u00a0'
}
