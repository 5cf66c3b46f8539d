import type { Modality } from '../../domain/index.js'

// Analyst reports group statements under headings: ISW's "Unconfirmed claims:" and "Assessed
// Russian advances:". A heading sets the modality floor for the rest of its paragraph.

const HEADING =
  /^(?:(unconfirmed (?:claims|reports)|unverified (?:claims|reports)|неподтвержд\p{L}* (?:данные|сведения|информация|сообщения)|непідтвердже\p{L}* (?:дані|відомості|інформація|повідомлення))|(assessed (?:russian|ukrainian) (?:advances|gains)|confirmed (?:advances|gains)))\s*:\s*/iu

/**
 * An agency dateline opening a story ("KYIV, 20 December 2025 (Reuters) - ", "MOSCOW, November 3.
 * /TASS/. "): where and when the copy was filed, not part of what it reports.
 */
const AGENCY_DATELINE = /^\p{Lu}[\p{Lu}\p{L} .'’-]{1,30},\s+[^()\n]{3,30}?\s*(?:\([^)\n]{1,40}\)|\/[^/\n]{1,30}\/\.?)\s*[-–—.]?\s*/u
/** The same with the city in capitals and no date ("KHARKIV, Ukraine (AP) — ", "SUMY, Ukraine - "): capitals say it is no sentence subject. */
const CAPITALS_DATELINE = /^\p{Lu}{4,}(?:[ -]\p{Lu}{2,})*,\s+[\p{Lu}\p{N}][^()\n—–-]{1,40}?\s*(?:\([^)\n]{1,40}\)\s*)?[-–—]{1,2}\s+/u

/** A heading at the start of a sentence: its length and the modality it imposes (null: none). */
export function findSectionHeading(sentence: string): { length: number; floor: Modality | null } | null {
  const m = HEADING.exec(sentence)
  if (m) return { length: m[0].length, floor: m[1] ? 'unverified' : null }
  const dateline = AGENCY_DATELINE.exec(sentence)
  if (dateline && /\d/.test(dateline[0])) return { length: dateline[0].length, floor: null }
  const capitals = CAPITALS_DATELINE.exec(sentence)
  if (capitals) return { length: capitals[0].length, floor: null }
  return null
}
