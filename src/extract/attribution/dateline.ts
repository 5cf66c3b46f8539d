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
const AGENCY_DATELINE = new RegExp(`^${AGENCY_COPY}`, 'u')
const CAPITALS_DATELINE = new RegExp(`^${CAPITALS_CITY}`, 'u')

/**
 * The length of the dateline opening `text`, or 0. Agency copy in mixed case must carry a date (a
 * digit), so "Russia's defence ministry (MoD) - " is no dateline.
 */
export function datelineLength(text: string): number {
  const agency = AGENCY_DATELINE.exec(text)
  if (agency && /\d/.test(agency[0])) return agency[0].length
  return CAPITALS_DATELINE.exec(text)?.[0].length ?? 0
}
