import type { Side, SpeakerSide, Span } from '../domain/index.js'
import type { PhraseMatch, SideData, TriggerData } from './lexicon/index.js'
import { endsWithMatch } from '../text/index.js'

/** The side named in a clause, resolved against the speaker ("the enemy" from Kyiv is Russia). */
interface Marker {
  readonly span: Span
  readonly side: Side
  readonly strong: boolean
}

export interface ActorSideInput {
  readonly text: string
  readonly trigger: PhraseMatch<TriggerData>
  /** Whether grammar made the trigger passive ("were repelled"), beyond the lexicon's own voice. */
  readonly passive: boolean
  readonly clause: Span
  readonly markers: readonly PhraseMatch<SideData>[]
  readonly speakerSide: SpeakerSide
  /** True when the speaker is the outlet's own voice: bare "troops" then say nothing of the side. */
  readonly speakerIsOutlet: boolean
  readonly lang: 'en' | 'uk' | 'ru'
}

export function opposite(side: Side): Side {
  return side === 'RU' ? 'UA' : 'RU'
}

/**
 * Resolves "the enemy" and "our forces" against the speaker. With no known speaker side, "the enemy"
 * in English and Ukrainian reporting is Russia (it is Ukraine's word for it); in Russian it is unknown.
 */
function resolveMarker(m: PhraseMatch<SideData>, speakerSide: SpeakerSide, lang: string, speakerIsOutlet: boolean): Marker | null {
  const s = m.data.side
  if (s === 'own' && !m.data.strong && speakerIsOutlet) return null
  if (s === 'RU' || s === 'UA') return { span: m.span, side: s, strong: m.data.strong }
  const own: Side | null = speakerSide === 'RU' || speakerSide === 'UA' ? speakerSide : null
  if (s === 'own') return own ? { span: m.span, side: own, strong: true } : null
  if (own) return { span: m.span, side: opposite(own), strong: true }
  return lang === 'ru' ? null : { span: m.span, side: 'RU', strong: true }
}

const BY_BEFORE = endsWithMatch(/(?:\bby|силами|со стороны|з боку|від)\s+(?:the\s+)?$/iu)
const INSTRUMENTAL_AGENT = /(?:^|[^\p{L}])(?:подразделени|част|войск|сил|бойц|военнослужащ|штурмовик|расчёт|расчет|підрозділ|військ|бійц|воїн|захисник|екіпаж|экипаж)\p{L}*(?:ями|ами|ими|ыми)(?:\s|$)/iu
const HOLDER_BEFORE = endsWithMatch(/(?:\b(?:control|hands)\s+of\s+(?:the\s+)?|(?:під|под)\s+(?:\p{L}+\s+)?контрол\p{L}*\s+)$/iu)
/** A force word in the instrumental plural right before the side ("бійцями 93-ї бригади", "подразделениями группировки"): the agent of a passive. */
const INSTRUMENTAL_LEAD = endsWithMatch(/(?:^|[^\p{L}])\p{L}{3,}(?:ами|ями|ими|ыми|іми)\s+$/u)
/** A side named in the instrumental ("російськими військами", "окупантами", "украинскими военными", "армією"). */
const INSTRUMENTAL_END = /(?:ами|ями|ими|ыми|іми|ом|ем|ём|ою|ею|єю|ией)$/u
const TARGET_BEFORE = endsWithMatch(/(?:\bon|\bagainst|\bat|\bupon|\binto|\bof|\bпо|\bна|\bпроти|\bпротив|\bпо позиціях|\bпо позициям)\s+(?:the\s+)?$/iu)

/**
 * Whose forces did it. Active verbs take the subject named before them ("Russian forces advanced"),
 * else the opposite of a target named after them ("repelled Russian attacks"); passives take an agent
 * after "by", else the opposite of the patient ("Ukrainian units were encircled"); nouns take a
 * modifier ("Russian missile strike") or a genitive ("атаки дронов ВСУ"). Losses name the victim
 * ("Russia lost", "втрати противника") and interceptions the attacker ("shot down Ukrainian drones").
 * Returns null when the clause names no side: the caller then tries context and defaults.
 */
export function resolveActorSide(input: ActorSideInput): Side | null {
  const { trigger, clause, text } = input
  const data = trigger.data
  const markers = input.markers
    // Starting in the clause: a unit name may run past its trimmed end ("группировки войск «Центр»").
    .filter((m) => m.span[0] >= clause[0] && m.span[0] < clause[1])
    .map((m) => resolveMarker(m, input.speakerSide, input.lang, input.speakerIsOutlet))
    .filter((m): m is Marker => m !== null)
  if (markers.length === 0) return null
  // A side named inside the event words: the agent of a noun ("under Ukrainian control", "Russian
  // missile strike" overlapping "missile strike"), the object of a verb ("pushing the occupiers back",
  // "destroyed 361 Ukrainian drones").
  const overlapping = markers.filter((m) => m.span[0] < trigger.span[1] && trigger.span[0] < m.span[1])
  const inside = overlapping.filter((m) => data.voice === 'noun' || m.span[0] < trigger.span[0])
  const insideObject = overlapping.filter((m) => !inside.includes(m))
  const before = markers.filter((m) => m.span[1] <= trigger.span[0])
  const after = [...insideObject, ...markers.filter((m) => m.span[0] >= trigger.span[1])]
  const nearestBefore = pickNearest(before, trigger.span[0], 'before')
  const nearestAfter = pickNearest(after.filter((m) => m.strong), Math.min(trigger.span[1], ...after.map((m) => m.span[0])), 'after')

  // The grammatical roles, then what they mean for this event word.
  let subject: Marker | null = null
  let object: Marker | null = null
  let byAgent: Marker | null = null
  if (inside.length > 0) subject = inside[0]!
  const voice = input.passive ? 'passive' : data.voice
  if (voice === 'passive') {
    // "Подразделениями группировки войск «Запад» … освобождён …": an agent in the instrumental before the participle.
    if (nearestBefore && INSTRUMENTAL_AGENT.test(text.slice(Math.max(0, nearestBefore.span[0] - 30), nearestBefore.span[1]))) byAgent = nearestBefore
    else if (nearestAfter && isAgentAfter(text, nearestAfter, input.lang)) byAgent = nearestAfter
    else object = nearestBefore ?? nearestAfter
  } else if (voice === 'noun') {
    subject ??= nearestBefore
    if (!subject && nearestAfter) {
      const lead = text.slice(Math.max(0, nearestAfter.span[0] - 25), nearestAfter.span[0])
      if (BY_BEFORE(lead)) byAgent = nearestAfter
      // "under the control of the Ukrainian army", "in the hands of Russian forces": the holder.
      else if (HOLDER_BEFORE(lead)) subject = nearestAfter
      else if (TARGET_BEFORE(lead)) object = nearestAfter
      else subject = nearestAfter // a genitive: "атаки ВСУ", "losses of the enemy"
    }
  } else {
    subject ??= nearestBefore
    // "Купянск взят под контроль ВСУ": the side after "под контроль" holds the place.
    if (!subject && nearestAfter && HOLDER_BEFORE(text.slice(Math.max(0, nearestAfter.span[0] - 30), nearestAfter.span[0]))) subject = nearestAfter
    else if (!subject) object = nearestAfter
  }

  if (byAgent) return data.object === 'agent' ? opposite(byAgent.side) : byAgent.side
  if (subject) return data.subject === 'victim' ? opposite(subject.side) : subject.side
  if (object) return data.object === 'agent' ? object.side : opposite(object.side)
  return null
}

/**
 * Whether a side named after a passive verb is its agent: after "by", "силами", "со стороны", a
 * holder's "под контроль", a force word in the instrumental ("бійцями 93-ї бригади"), or itself in
 * the instrumental ("захоплено російськими військами", "освобождено украинскими военными"). Else it
 * is the patient ("атаковано позиції ЗСУ").
 */
function isAgentAfter(text: string, marker: Marker, lang: ActorSideInput['lang']): boolean {
  const lead = text.slice(Math.max(0, marker.span[0] - 30), marker.span[0])
  if (BY_BEFORE(lead) || HOLDER_BEFORE(lead)) return true
  if (lang === 'en') return false
  const words = text.slice(marker.span[0], marker.span[1]).split(/[\s«»"]+/u).filter(Boolean)
  return INSTRUMENTAL_LEAD(lead) || INSTRUMENTAL_END.test(words[0] ?? '') || INSTRUMENTAL_END.test(words.at(-1) ?? '')
}

/** The closest marker, preferring strong ones (forces) over adjectives and country names. */
function pickNearest(markers: readonly Marker[], at: number, where: 'before' | 'after'): Marker | null {
  const distance = (m: Marker): number => Math.max(0, where === 'before' ? at - m.span[1] : m.span[0] - at)
  const sorted = [...markers].sort((a, b) => distance(a) - distance(b))
  return sorted.find((m) => m.strong) ?? sorted[0] ?? null
}
