import type { Modality } from '../../domain/index.js'
import { datelineLength } from './dateline.js'

// Analyst reports group statements under headings: ISW's "Unconfirmed claims:" and "Assessed
// Russian advances:". A heading sets the modality floor for the rest of its paragraph. A wire
// dateline (dateline.ts) is cut the same way, with no floor, before any detector reads a speaker.

const HEADING =
  /^(?:(unconfirmed (?:claims|reports)|unverified (?:claims|reports)|неподтвержд\p{L}* (?:данные|сведения|информация|сообщения)|непідтвердже\p{L}* (?:дані|відомості|інформація|повідомлення))|(assessed (?:russian|ukrainian) (?:advances|gains)|confirmed (?:advances|gains)))\s*:\s*/iu

/** A heading at the start of a sentence: its length and the modality it imposes (null: none). */
export function findSectionHeading(sentence: string): { length: number; floor: Modality | null } | null {
  const m = HEADING.exec(sentence)
  if (m) return { length: m[0].length, floor: m[1] ? 'unverified' : null }
  const dateline = datelineLength(sentence)
  return dateline > 0 ? { length: dateline, floor: null } : null
}
