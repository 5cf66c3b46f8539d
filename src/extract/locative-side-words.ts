import type { Span } from '../domain/index.js'
import type { PhraseMatch, SideData } from './lexicon/index.js'

// Round 18 (real Ukrainian/Russian strike headlines): a side's word can say WHERE a strike landed, not
// who struck: "У російському Міллерово пролунали вибухи", "в российском Белгороде", "у м. Таганрог
// Ростовської області РФ", "аеродром РФ Маринівка", "на території Росії", "в РФ дрони атакували …".
// Read as a side marker, the place's country became the attacker (RU) and kept the held-ground rules
// (convention 72: an unnamed strike on ground Russia holds is Ukraine's) from ever asking. For a
// strike, such a word is no marker of its agent; it is a target in Russia.

/** "у/в/во/на" (and "на території") right before a country's name or adjective, or a region's or a site's noun before "РФ". */
const LOCATIVE_LEAD = /(?:(?:^|[^\p{L}])(?:[УуВв]|[Вв]о|[Нн]а)\s+(?:(?:території|территории)\s+)?|(?:^|[^\p{L}])(?:області|области|краю|края|республіки|республики|території|территории|аеродром\p{L}{0,2}|аэродром\p{L}{0,2}|регіону|региона|регіоні|регионе)\s+)$/u
const IN_LEAD = /(?:^|[^\p{L}])(?:[УуВв]|[Вв]о)\s+$/u
const RU_NAME = /^(?:РФ|Росії|России|Росія|Россия)$/u
const RU_ADJECTIVE = /^(?:російськ|российск)\p{L}*$/iu
// The mirror (Kyiv's ground): "В Києві атака пошкодила підстанцію", "в Украине прогремели взрывы":
// the capital or the country in the locative, never the government that speaks for it.
const UA_NAME = /^(?:Києві|Киеве|Україні|Украине)$/u
const UA_ADJECTIVE = /^(?:українськ|украинск)\p{L}*$/iu
/** Russia's people in the genitive after "у/в" (Round 19): "де в росіян вибухало та палало цього тижня". */
const RU_PEOPLE = /^(?:росіян|россиян|рашистів|рашистов)$/iu
/** After an adjective: a town's own name, or a settlement's noun ("у російському місті", "в российском регионе"). */
const PLACE_AFTER = /^\s+(?:\p{Lu}\p{L}|(?:місті|містечку|селі|селищі|регіоні|прикордонні|городе|поселке|посёлке|селе|регионе|приграничье)(?![\p{L}]))/u

/** The side whose ground a marker names as the place of the event ("в РФ", "у російському Міллерово", "в Києві"), or null when it may name an agent. */
export function locativeSideOf(text: string, m: PhraseMatch<SideData>): 'RU' | 'UA' | null {
  if (m.data.side !== 'RU' && m.data.side !== 'UA') return null
  const word = text.slice(m.span[0], m.span[1])
  const lead = text.slice(Math.max(0, m.span[0] - 30), m.span[0])
  const [name, adjective] = m.data.side === 'RU' ? [RU_NAME, RU_ADJECTIVE] : [UA_NAME, UA_ADJECTIVE]
  if (name.test(word)) return (m.data.side === 'RU' ? LOCATIVE_LEAD : IN_LEAD).test(lead) ? m.data.side : null
  // "де в росіян вибухало", "у россиян горит нефтебаза": the people whose ground it was, not who struck.
  if (m.data.side === 'RU' && RU_PEOPLE.test(word)) return IN_LEAD.test(lead) ? 'RU' : null
  if (adjective.test(word)) return IN_LEAD.test(lead) && PLACE_AFTER.test(text.slice(m.span[1], m.span[1] + 24)) ? m.data.side : null
  return null
}

/**
 * A strike clause's side markers without those that only say where it landed; whether one put it in
 * Russia; and the side whose ground they name (null when none, or both sides' ground).
 */
export function strikeAgentMarkers(text: string, markers: readonly PhraseMatch<SideData>[], clause: Span): { markers: readonly PhraseMatch<SideData>[]; inRussia: boolean; ground: 'RU' | 'UA' | null } {
  const grounds = new Set<'RU' | 'UA'>()
  const kept = markers.filter((m) => {
    if (m.span[0] < clause[0] || m.span[1] > clause[1]) return true
    const g = locativeSideOf(text, m)
    if (g) grounds.add(g)
    return g === null
  })
  if (grounds.size === 0) return { markers, inRussia: false, ground: null }
  return { markers: kept, inRussia: grounds.has('RU'), ground: grounds.size === 1 ? [...grounds][0]! : null }
}
