// A dateline opening a story says where (and often when, and through which agency) the copy was
// filed; it is neither a speaker nor a place of the claims after it. Forms:
//   agency copy with a date:  "KYIV, 20 December 2025 (Reuters) - ", "MOSCOW, November 3. /TASS/. ",
//                             "Kyiv, Dec 12 (AFP) - "
//   a city in capitals:       "KHARKIV, Ukraine (AP) — ", "SUMY, Ukraine - ", "KYIV, 21 November 2025 - ",
//                             "ДНІПРО, Україна — ", "KYIV — "
// Capitals carry the second form: four or more capital letters are no sentence subject, whereas
// "ЗСУ, …" or "ISW — …" (three) may be. One pattern, so that the sentence splitter's view, the
// heading cut and the speaker phrase agree on what a dateline is.

const AGENCY = String.raw`(?:\([^)\n]{1,40}\)|\/[^/\n]{1,30}\/\.?)`
const AGENCY_COPY = String.raw`\p{Lu}[\p{Lu}\p{L} .'’-]{1,30},\s+[^()\n]{3,30}?\s*${AGENCY}\s*[-–—.]?\s*`
const CAPITALS_CITY = String.raw`\p{Lu}{4,}(?:[ -]\p{Lu}{2,})*(?:,\s+[\p{Lu}\p{N}][^()\n—–-]{1,40}?)?\s*(?:${AGENCY}\s*)?[-–—]{1,2}\s+`
// Class: a place in mixed case with its country and the agency in brackets, no date ("Zaporizhzhia
// (Ukraine) (AFP) - ", "Kharkiv (Ukraine) (AFP) – "): the two bracket pairs make it a dateline.
const BRACKETED_COUNTRY = String.raw`\p{Lu}[\p{L}'’ .-]{1,30}?\s+\([^()\n]{2,25}\)\s*\([^()\n]{2,20}\)\s*[-–—]{1,2}\s+`
export const BRACKETED_DATELINE = new RegExp(`^${BRACKETED_COUNTRY}`, 'u')
export const AGENCY_DATELINE = new RegExp(`^${AGENCY_COPY}`, 'u')
export const CAPITALS_DATELINE = new RegExp(`^${CAPITALS_CITY}`, 'u')

/**
 * The length of the dateline opening `text`, or 0. Agency copy in mixed case must carry a date (a
 * digit), so "Russia's defence ministry (MoD) - " is no dateline.
 */
export function datelineLength(text: string): number {
  const agency = mayBeAgencyCopy(text) ? AGENCY_DATELINE.exec(text) : null
  if (agency && /\d/.test(agency[0])) return agency[0].length
  const paren = text.indexOf(') (')
  if (paren > 3 && paren < 64) {
    const bracketed = BRACKETED_DATELINE.exec(text)
    if (bracketed) return bracketed[0].length
  }
  return CAPITALS_DATELINE.exec(text)?.[0].length ?? 0
}

/**
 * Whether `text` holds what agency copy cannot match without: its first comma within the place name's
 * reach (1 + 30 letters, each at most two UTF-16 units), then an agency's opening bracket or slash.
 * Every sentence is asked; most have neither, and the pattern's bounded, backtracking place name
 * and gap cost far more than two character searches.
 */
function mayBeAgencyCopy(text: string): boolean {
  const comma = text.indexOf(',')
  if (comma < 2 || comma > 62) return false
  return text.includes('(', comma) || text.includes('/', comma)
}
