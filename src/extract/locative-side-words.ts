import type { Span } from '../domain/index.js'
import type { PhraseMatch, SideData } from './lexicon/index.js'

// Round 18 (real Ukrainian/Russian strike headlines): a side's word can say WHERE a strike landed, not
// who struck: "У російському Міллерово пролунали вибухи", "в российском Белгороде", "у м. Таганрог
// Ростовської області РФ", "аеродром РФ Маринівка", "на території Росії", "в РФ дрони атакували …".
// Read as a side marker, the place's country became the attacker (RU) and kept the held-ground rules
// (convention 72: an unnamed strike on ground Russia holds is Ukraine's) from ever asking. For a
// strike, such a word is no marker of its agent; it is a target in Russia.

/** "у/в/во/на" (and "на території") right before a country's name or adjective, or a region's or a site's noun before "РФ". */
const LOCATIVE_LEAD = /(?:(?:^|[^\p{L}])(?:[УуВв]|[Вв]о|[Нн]а)\s+(?:(?:території|территории|тероторії)\s+)?|(?:^|[^\p{L}])(?:області|области|краю|края|республіки|республики|території|территории|аеродром\p{L}{0,2}|аэродром\p{L}{0,2}|регіону|региона|регіоні|регионе)\s+)$/u
const COUNTRY_NAME = /^(?:РФ|Росії|России|Росія|Россия)$/u
const COUNTRY_ADJECTIVE = /^(?:російськ|российск)\p{L}*$/iu
/** After an adjective: a town's own name, or a settlement's noun ("у російському місті", "в российском регионе"). */
const PLACE_AFTER = /^\s+(?:\p{Lu}\p{L}|(?:місті|містечку|селі|селищі|регіоні|прикордонні|городе|поселке|посёлке|селе|регионе|приграничье)(?![\p{L}]))/u

/** Whether a side marker names the place of the event ("в РФ", "у російському Міллерово"), not its agent. */
export function isLocativeSideWord(text: string, m: PhraseMatch<SideData>): boolean {
  if (m.data.side !== 'RU') return false
  const word = text.slice(m.span[0], m.span[1])
  const lead = text.slice(Math.max(0, m.span[0] - 30), m.span[0])
  if (COUNTRY_NAME.test(word)) return LOCATIVE_LEAD.test(lead)
  if (COUNTRY_ADJECTIVE.test(word)) return /(?:^|[^\p{L}])(?:[УуВв]|[Вв]о)\s+$/u.test(lead) && PLACE_AFTER.test(text.slice(m.span[1], m.span[1] + 24))
  return false
}

/** A strike clause's side markers without those that only say where it landed; and whether any did. */
export function strikeAgentMarkers(text: string, markers: readonly PhraseMatch<SideData>[], clause: Span): { markers: readonly PhraseMatch<SideData>[]; inRussia: boolean } {
  let inRussia = false
  const kept = markers.filter((m) => {
    if (m.span[0] < clause[0] || m.span[1] > clause[1] || !isLocativeSideWord(text, m)) return true
    inRussia = true
    return false
  })
  return { markers: inRussia ? kept : markers, inRussia }
}
