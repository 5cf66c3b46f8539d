import type { Speaker } from '../../domain/index.js'

// Convention 113 (and 96): a war monitor's caption speaks in the monitor's voice, unless it presents a
// unit's or a ministry's own release: "Russian MoD footage of an Orion-E UAV striking …", "93rd Brigade
// showing a strike on …", "video published by the Ukrainian General Staff". The footage is then that
// body's statement, which the monitor relays; the body speaks every claim of the caption.

/** Side words before a body's name, and the side they give. */
const SIDE = String.raw`(?:(?<side>Russian|Russia['’]s|Ukrainian|Ukraine['’]s|Ukranian)\s+)?`
/** Ministries and state bodies that publish footage of their forces. */
const BODY = String.raw`(?<body>MoD|MOD|Ministry of Defen[cs]e|Defen[cs]e Ministry|General Staff|National Guard|Border Guard Service|SBU|FSB|Armed Forces)`
/** A unit by number or name: "93rd Brigade", "30th Mechanized Brigade", "Azov Regiment", "the 36th Marine Brigade". */
const UNIT = String.raw`(?<unit>(?:\d{1,3}(?:st|nd|rd|th)\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:Brigade|Regiment|Battalion|Division|Corps|Detachment|Unit)(?![\p{L}]))`
const WHO = String.raw`(?:the\s+)?${SIDE}(?:${BODY}|${UNIT})`
/** What a release is and how a caption presents it. */
const FOOTAGE = String.raw`(?:[Ff]ootage|[Vv]ideos?|[Cc]lip|[Ii]mages|[Pp]hotos)`
const SHOWING = String.raw`(?:showing|shows|showed|show|releases?|released|published|posted|shared|footage|video|clip|claims?|claiming)`
const OPENING = new RegExp(String.raw`(?:^|[.:;!?\n]\s*|\d\s+)${WHO}\s+${SHOWING}(?![\p{L}])`, 'u')
const PUBLISHED_BY = new RegExp(String.raw`${FOOTAGE}\s+(?:\p{L}+\s+)?(?:published|released|posted|shared|distributed|provided|issued)\s+by\s+${WHO}`, 'u')

/** The body whose own release a war monitor's caption presents, else null. */
export function ownReleaseSpeaker(text: string): Speaker | null {
  const m = OPENING.exec(text) ?? PUBLISHED_BY.exec(text)
  if (!m?.groups) return null
  const { side: sideWord, body, unit } = m.groups
  // A unit of no named side: the numbered brigades that publish footage are, in the monitors' captions,
  // Ukraine's (Russia's units are named "Russian …" or come through its ministry).
  const side = sideWord ? (/^russia/iu.test(sideWord) ? 'RU' : 'UA') : body && /^(?:FSB)$/u.test(body) ? 'RU' : 'UA'
  if (body) {
    const ministry = /^(?:MoD|MOD|Ministry of Defen[cs]e|Defen[cs]e Ministry)$/u.test(body)
    const name = ministry ? 'Ministry of Defence' : body
    if (!sideWord && ministry) return null
    return { name: body === 'SBU' || body === 'FSB' ? body : `${side === 'RU' ? 'Russian' : 'Ukrainian'} ${name}`, side, via: null }
  }
  if (!unit || /^(?:Unit|Corps|Division|Brigade|Regiment|Battalion|Detachment)$/u.test(unit)) return null
  return { name: `${side === 'RU' ? "Russia's" : "Ukraine's"} ${unit.trim()}`, side, via: null }
}
