import type { Side, SpeakerSide, Span } from '../domain/index.js'
import type { PhraseMatch, SideData, TriggerData } from './lexicon/index.js'
import { endsWithMatch } from '../text/index.js'
import { isTargetOwner } from './target-owner-sides.js'
import { RU_NAMED_ASSET } from './russian-named-assets.js'
import { agentsRightAfter, isObjectFirstStrike } from './object-first-strikes.js'

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
  /** The sentence's other event words: a side named before one of them is that event's subject. */
  readonly events?: readonly Span[]
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
  // A bare "troops" keeps its weakness: "Russian forces continue to mass troops" names its actor first.
  if (s === 'own') return own ? { span: m.span, side: own, strong: m.data.strong } : null
  if (own) return { span: m.span, side: opposite(own), strong: true }
  return lang === 'ru' ? null : { span: m.span, side: 'RU', strong: true }
}

/** One word ending as a Ukrainian or Russian verbal noun does ("просування", "наступления", "захоплення"). */
const VERBAL_NOUN = /^\p{L}+(?:нн(?:я|і|ю|ям)|тт(?:я|і|ю)|ни(?:е|я|и|ю|ем))$/u
const WEAPON_FIRST = /^(?:FPV-)?(?:дрон|беспилотник|безпілотник|БПЛА|БпЛА|ракет|шахед|drones?\s|missiles?\s)/iu
/** What a target, not an actor, is named after: "по позиціях", "against", "on the positions of". */
const TARGET_LEAD = endsWithMatch(/(?:\b(?:on|against|upon)\s+(?:the\s+)?(?:positions\s+of\s+(?:the\s+)?)?|(?:^|[^\p{L}])(?:по|проти|против)\s+|(?:^|[^\p{L}])(?:позиці\p{L}*|позици\p{L}*)\s+)$/iu)
/**
 * Whether a side named at `at` follows a target's lead (TARGET_LEAD on the 25 characters before it).
 * Each event word of a sentence asks about every side named before it, twice: answered once per
 * position of the text last read.
 */
function isTargetLed(text: string, at: number): boolean {
  if (text !== targetLedText) targetLedAt.clear()
  // Assigned even when equal: see rememberedOf in resolve-claim-time.ts.
  targetLedText = text
  let led = targetLedAt.get(at)
  if (led === undefined) {
    led = TARGET_LEAD(text.slice(Math.max(0, at - 25), at))
    targetLedAt.set(at, led)
  }
  return led
}
let targetLedText: string | null = null
const targetLedAt = new Map<number, boolean>()
const GENITIVE_ACTOR_KINDS: ReadonlySet<string> = new Set(['advance', 'withdrawal', 'assault'])
const ITS_THEIR = /^(?:its|their)\s/iu

/**
 * "rejected Moscow's assertion that its soldiers had seized X", "Russia said its forces took X": "its"
 * and "their" point back to the side named before them in the sentence, not to the speaker's (who
 * may be the other side). Only a country, government or force named before (not "the enemy"), and
 * only for the subject before the event word: "Russia attacked its positions" is the object's owner.
 */
function possessiveAntecedent(text: string, m: PhraseMatch<SideData>, all: readonly PhraseMatch<SideData>[]): Marker | null {
  if (m.data.side !== 'own' || !ITS_THEIR.test(text.slice(m.span[0], m.span[0] + 6))) return null
  let antecedent: PhraseMatch<SideData> | null = null
  for (const o of all) if (o.span[1] <= m.span[0] && (o.data.side === 'RU' || o.data.side === 'UA') && (!antecedent || o.span[0] > antecedent.span[0])) antecedent = o
  // In the same sentence only: the markers given are the sentence's.
  return antecedent ? { span: m.span, side: antecedent.data.side as Side, strong: m.data.strong } : null
}

// The fire's agent: a force right after "shelling by", "fire from (the side of)", "shelling of", or
// after "by" with a fire word earlier in the same stretch ("the shelling of the centre of X by the …").
const FIRE_WORD = /\b(?:shelling|shellings|shelled|fire|firing|strikes?|bombardment|bombing|attacks?)\b/iu
const FIRE_AGENT_LEAD = endsWithMatch(/\b(?:shelling|shellings|fire|strikes|bombardment|attacks)\s+(?:(?:by|from)\s+(?:the\s+side\s+of\s+)?|of\s+)(?:the\s+)?$/iu)
const BY_LEAD = endsWithMatch(/\b(?:by|from)\s+(?:the\s+side\s+of\s+)?(?:the\s+)?$/iu)
const FORCE_MARKER = /(?:forces|troops|army|military|militants|AFU|APU|UAF|ВСУ|ЗСУ|artillery|gunners|formations|servicem[ae]n)/iu
const POSITIONS_AFTER = /^\s*(?:positions?|strongholds?|trenches|dugouts|units?|depots?|bases?)\b/iu
function isFireAgent(text: string, m: Marker): boolean {
  const own = text.slice(m.span[0], m.span[1])
  if (!FORCE_MARKER.test(own) || POSITIONS_AFTER.test(text.slice(m.span[1], m.span[1] + 16))) return false
  const lead = text.slice(Math.max(0, m.span[0] - 60), m.span[0])
  return FIRE_AGENT_LEAD(lead) || (BY_LEAD(lead) && FIRE_WORD.test(lead))
}

// A toll's cause that names its attacker: a side's word before a noun of fire after a preposition of
// cause ("died from enemy shelling", "killed in a Russian missile strike", "wounded under Ukrainian fire"),
// or the genitive of an aggression ("as a result of the armed aggression of the Russian Federation").
const CAUSE_LEAD = endsWithMatch(/\b(?:from|in|by|under|during|after|amid|following|due to|result of|because of)\s+(?:(?:the|a|an|another|new|massive|heavy|intense|constant|continued|nightly|overnight)\s+)*$/iu)
const CAUSE_NOUN_AFTER = /^['’]?s?\s+(?:[\p{L}-]+\s+){0,2}?(?:shelling|shellings|fire|strikes?|airstrikes?|attacks?|bombardments?|bombings?|shells?|missiles?|rockets?|drones?|artillery|aggression|mortars?)(?![\p{L}])/iu
const AGGRESSION_OF_LEAD = endsWithMatch(/\baggression\s+(?:of|by)\s+(?:the\s+)?$/iu)
function isCauseAgent(text: string, m: Marker): boolean {
  const lead = text.slice(Math.max(0, m.span[0] - 50), m.span[0])
  // (The side's words may hold the noun themselves: "in a Russian missile strike".)
  return (CAUSE_LEAD(lead) && (CAUSE_NOUN_AFTER.test(text.slice(m.span[1], m.span[1] + 40)) || CAUSE_NOUN_AFTER.test(' ' + text.slice(m.span[0], m.span[1]).replace(/^\S+/u, '').trimStart()))) || AGGRESSION_OF_LEAD(lead)
}

const BY_BEFORE = endsWithMatch(/(?:\bby|силами|со стороны|з боку|від)\s+(?:the\s+)?$/iu)
// "Активными действиями подразделений …", "зусиллями бійців …": the actions or efforts of a force are its agency.
const INSTRUMENTAL_AGENT = /(?:^|[^\p{L}])(?:действи|ді|усили|зусилл|подразделени|част|войск|сил|бойц|военнослужащ|штурмовик|расчёт|расчет|підрозділ|військ|бійц|воїн|захисник|екіпаж|экипаж)\p{L}*(?:ями|ами|ими|ыми)(?:\s|$)/iu
const HOLDER_BEFORE = endsWithMatch(/(?:\b(?:control|hands)\s+of\s+(?:the\s+)?|(?:під|под)\s+(?:\p{L}+\s+)?контрол\p{L}*\s+)$/iu)
/** A force word in the instrumental plural right before the side ("бійцями 93-ї бригади", "подразделениями группировки"): the agent of a passive. */
const INSTRUMENTAL_LEAD = endsWithMatch(/(?:^|[^\p{L}])\p{L}{3,}(?:ами|ями|ими|ыми|іми)\s+$/u)
/** A side named in the instrumental ("російськими військами", "окупантами", "украинскими военными", "армією"). */
const INSTRUMENTAL_END = /(?:ами|ями|ими|ыми|іми|ом|ем|ём|ою|ею|єю|ией)$/u
/** A country in the genitive: "України", "Росії", "РФ", "Украины", "России". */
const COUNTRY_GENITIVE = /^(?:України|Росії|РФ|Украины|России)$/u
/** "під (масованою) атакою", "под ударом", "під обстрілом": the words before a noun of attack that make its subject the target. */
// (Adjectives between in the instrumental, "масованою", "ракетным": not "під час атаки", "during the attack".)
const UNDER_BEFORE = endsWithMatch(/(?:^|[^\p{L}])(?:[Пп]ід|[Пп]од)\s+(?:\p{Ll}[\p{L}-]*(?:ою|им|ими|ім|іми|ой|ым|ыми|ей)\s+){0,2}$/u)
/** A noun of attack in the instrumental ("атакою", "ударом", "обстрілами", "атакой"), the case "під" and "под" take. */
const INSTRUMENTAL_ATTACK = /(?<![\p{L}])(?:удар|атак|обстріл|обстрел|ракетн|масован|массированн)\p{L}*(?:ою|ом|ами|ями|ой|ем|ею|им|ым)(?![\p{L}])/iu
/** A noun of striking: "удар", "атака", "обстріл", "обстрел", "бомбардування". */
const STRIKE_NOUN = /^(?:\p{L}+\s+)?(?:удар|атак|обстріл|обстрел|бомбардуван|бомбардировк|авіаудар|авиаудар)\p{L}*$/iu
/** A noun of striking right before a side ("обстрела ", "удару ", "атаки ", "авіаударів "): that side struck. */
const STRIKE_NOUN_BEFORE = endsWithMatch(/(?:^|[^\p{L}])(?:удар|атак|обстріл|обстрел|авіаудар|авиаудар|бомбардуван|бомбардировк|обстрілюванн|наліт|налет|нальот)\p{L}{0,3}\s+$/iu)
/** A people's word in the nominative: the subject of what follows ("через українські удари окупанти перекидають …"), not a genitive. */
const NOMINATIVE_PEOPLE = /^(?:окупанти|оккупанты|росіяни|россияне|рашисти|рашисты|загарбники|захватчики|військові|военные|українці|украинцы|бійці|бойцы|ворог|враг|противник)(?![\p{L}])/iu
/**
 * A side's adjective ending right before a noun of attack, one word between at most ("російські удари",
 * "ворожого обстрілу", "украинской атаки", "российских ракетных ударов"): the side modifies the attack. Noun
 * endings only: "ударили", "атакували", "обстріляли" are verbs, whose subject the side already is.
 */
const SIDE_ADJECTIVE_END = /(?:ий|ій|ый|ой|ого|ої|ому|ім|ым|ая|яя|ую|ою|ей|ие|ые|і|их|ых|ими|ыми|іми)$/u
const ATTACK_NOUN = String.raw`(?:удар|атак|обстріл|обстрел|авіаудар|авиаудар|бомбардуванн|бомбардировк|наліт|нальот|налет|прил[её]т|приліт|прильот)(?:а|и|у|ів|ом|ою|ой|ами|ах|е|ы|ов|ей|і|ям|ями|ях|я)?(?![\p{L}])`
const ATTACK_NOUN_AFTER = new RegExp(String.raw`^\s+(?:\p{L}+\s+)?${ATTACK_NOUN}`, 'iu')
const ATTACK_NOUN_WORD = new RegExp(String.raw`^${ATTACK_NOUN}`, 'iu')
function isAttackModifier(text: string, m: Marker): boolean {
  const words = text.slice(m.span[0], m.span[1]).split(/[\s«»"]+/u).filter(Boolean)
  // The side phrase may hold the noun itself ("російські удари" is one marker).
  if (words.length > 1 && ATTACK_NOUN_WORD.test(words.at(-1)!) && SIDE_ADJECTIVE_END.test(words[0]!)) return true
  return SIDE_ADJECTIVE_END.test(words.at(-1) ?? '') && ATTACK_NOUN_AFTER.test(text.slice(m.span[1], m.span[1] + 40))
}
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
  // "знищили російський склад", "атакував нафтобазу РФ", "уничтожен склад ВСУ": a side that owns the
  // struck facility or equipment is no subject; the clause's other sides decide, else the other side
  // struck (target-owner-sides.ts). Not an interception, whose object is the attacker's weapon, nor
  // the target of another event word ("обстріл Києва … з атаками по російських НПЗ").
  // "в результате обстрела ВСУ повреждена нефтебаза", "пожежа внаслідок удару ЗСУ", "после атаки ВС РФ":
  // a force or country right after a noun of striking, in the genitive, made the strike the clause
  // tells the damage of, whatever the damage's patient would give.
  // "Електропідстанцію у Севастополі атакувало ГУР", "Нефтебазу атаковали беспилотники ВСУ": told object
  // first, the force right after the verb struck (object-first-strikes.ts).
  if ((data.kind === 'strike' || data.kind === 'casualties' || data.kind === 'assault') && input.lang !== 'en' && data.voice === 'active' && !input.passive && isObjectFirstStrike(text, clause, trigger.span)) {
    for (const agent of agentsRightAfter(text, trigger.span[1], input.markers)) {
      const side = resolveMarker(agent, input.speakerSide, input.lang, input.speakerIsOutlet)?.side
      if (side) return side
    }
  }
  if ((data.kind === 'strike' || data.kind === 'casualties') && input.lang !== 'en') {
    const agent = input.markers.find((m) => m.span[0] >= clause[0] && m.span[1] <= clause[1] && (m.data.strong || COUNTRY_GENITIVE.test(text.slice(m.span[0], m.span[1]))) && STRIKE_NOUN_BEFORE(text.slice(Math.max(clause[0], m.span[0] - 24), m.span[0])) && !NOMINATIVE_PEOPLE.test(text.slice(m.span[0], m.span[1])))
    const side = agent ? resolveMarker(agent, input.speakerSide, input.lang, input.speakerIsOutlet)?.side : undefined
    if (side) return side
  }
  if ((data.kind === 'strike' || data.kind === 'casualties') && input.lang !== 'en' && data.object !== 'agent') {
    const owners = input.markers.filter((m) => m.span[0] >= clause[0] && m.span[0] < clause[1] && isTargetOwner(text, m, clause, trigger.span[1]) && !isPastStrikeNoun(text, input.events, trigger.span, m.span))
    if (owners.length > 0) {
      const sides = new Set(owners.map((m) => resolveMarker(m, input.speakerSide, input.lang, input.speakerIsOutlet)?.side ?? null))
      const owner = sides.size === 1 ? [...sides][0] ?? null : null
      const others = resolveActorSide({ ...input, markers: input.markers.filter((m) => !owners.includes(m)) })
      // A side of the clause that comes out as the owner's own is a subject only when named before the
      // event word ("ЗСУ знищили склад ЗСУ" is no report); after it, it is a source's name or a place read
      // as its object ("знищено штаб окупантів … - Нацгвардія").
      const subjectBefore = input.markers.some((m) => !owners.includes(m) && m.span[0] >= clause[0] && m.span[1] <= trigger.span[0])
      if (others && (others !== owner || subjectBefore)) return others
      return owner ? opposite(owner) : others
    }
  }
  const markers = input.markers
    // Starting in the clause: a unit name may run past its trimmed end ("группировки войск «Центр»").
    .filter((m) => m.span[0] >= clause[0] && m.span[0] < clause[1])
    .map((m) => (m.span[1] <= trigger.span[0] ? possessiveAntecedent(text, m, input.markers) : null) ?? resolveMarker(m, input.speakerSide, input.lang, input.speakerIsOutlet))
    .filter((m): m is Marker => m !== null && !isCountryAsPlace(text, m))
  if (markers.length === 0) return null
  // "shelling by Ukrainian Armed Forces", "shelling from the side of the Armed Forces of Ukraine", "the
  // shelling of the Armed Forces of Ukraine in Nova Kakhovka", "shelling of the city centre by the AFU":
  // the force named as the fire's agent struck, whatever died or burned (the Russian agencies' English
  // for обстрел ВСУ; not "shelling of the AFU positions", which is their own ground hit).
  if ((data.kind === 'strike' || data.kind === 'casualties') && input.lang === 'en') {
    const agent = markers.find((m) => isFireAgent(text, m) || (data.kind === 'casualties' && isCauseAgent(text, m)))
    if (agent) return agent.side
  }
  // "a fire station took a direct hit from a Russian drone", "підстанцію уразив ворожий дрон", "shot
  // down 87 Ukrainian drones": whoever launched the weapon struck, in whatever role the clause gives it.
  // (Not "downed a Russian jet": a warplane lost, named inside the loss's own words, is its owner's loss.)
  // (Nor a loss or a hit told from the victim's side, "Destroyed Ukrainian jet", "Damage to the Russian
  // warship": the weapon named there is what was lost.)
  if ((data.kind === 'strike' || data.kind === 'casualties') && (data.subject !== 'victim' || data.object === 'agent') && !(input.lang === 'en' && data.kind === 'casualties' && markers.some((m) => m.span[0] > trigger.span[0] && m.span[1] <= trigger.span[1]))) {
    const owner = weaponOwner(text, markers, data.kind === 'casualties')
    if (owner) return owner
  }
  // A side named inside the event words: the agent of a noun ("under Ukrainian control", "Russian
  // missile strike" overlapping "missile strike"), the object of a verb ("pushing the occupiers back",
  // "destroyed 361 Ukrainian drones").
  const overlapping = markers.filter((m) => m.span[0] < trigger.span[1] && trigger.span[0] < m.span[1])
  // "беспилотник ВСУ атаковал", "дрони ЗСУ атакували": in event words that open with the weapon, a
  // side named before the verb is the weapon's owner (a genitive), not the verb's object.
  const weaponFirst = data.voice === 'active' && WEAPON_FIRST.test(trigger.text)
  // "фіксуємо просування ЗСУ", "продвижение российских войск": a verbal noun matched by a verb's rule
  // takes its actor in the genitive after it, as any event noun does.
  const verbalNoun = data.voice === 'active' && input.lang !== 'en' && GENITIVE_ACTOR_KINDS.has(data.kind) && VERBAL_NOUN.test(trigger.text)
  const inside = overlapping.filter((m) => data.voice === 'noun' || verbalNoun || m.span[0] < trigger.span[0] || (weaponFirst && m.span[1] < trigger.span[1]))
  const insideObject = overlapping.filter((m) => !inside.includes(m))
  const before = markers.filter((m) => m.span[1] <= trigger.span[0])
  const after = [...insideObject, ...markers.filter((m) => m.span[0] >= trigger.span[1])]
  // "випустили по позиціях наших військ 4 ракети, здійснили 63 авіаудари": a side named as the target
  // ("по позиціях …", "against …") before the event word is no subject; it is the object when nothing
  // else is named.
  const targetLed = (m: Marker): boolean => isTargetLed(text, m.span[0])
  const targetsBefore = before.filter(targetLed)
  const nearestBefore = pickNearest(targetsBefore.length ? before.filter((m) => !targetLed(m)) : before, trigger.span[0], 'before')
  const nearestTargetBefore = targetsBefore.length ? pickNearest(targetsBefore, trigger.span[0], 'before') : null
  const nearestAfter = pickNearest(after.filter((m) => m.strong), Math.min(trigger.span[1], ...after.map((m) => m.span[0])), 'after')

  // "удар по украинскому аэродрому", "удар по складу боеприпасов ВС РФ", "атака на позиції ЗСУ": a
  // side named inside the target phrase after the event word (по/на and up to three words) owns the
  // target, weak adjective or force name alike; it is no subject and no genitive actor.
  // A ground attack's target is a force ("на позиції ЗСУ"); a weak name there ("тиск на Москву") is
  // no belligerent's position.
  const targetAfter = (data.kind === 'strike' || data.kind === 'assault') && data.object === 'target' && input.lang !== 'en' ? (after.find((m) => m.span[0] >= trigger.span[1] && (m.strong || data.kind === 'strike') && isInTargetPhrase(text.slice(trigger.span[1], m.span[0]))) ?? null) : null

  // The grammatical roles, then what they mean for this event word.
  let subject: Marker | null = null
  let object: Marker | null = null
  let byAgent: Marker | null = null
  if (inside.length > 0) subject = inside[0]!
  const lead = text.slice(Math.max(clause[0], trigger.span[0] - 60), trigger.span[0])
  // "Ukrainian troops are trapped", "units were practically in a cauldron", "ЗСУ опинилися в оточенні":
  // a siege told as the state of its subject names the encircled side, as a passive would.
  // Not a progressive verb: "were closing the ring" is the closing side's doing.
  const state = data.kind === 'encirclement' && data.voice !== 'passive' && !/^\p{L}+ing(?![\p{L}])/u.test(trigger.text) && IN_STATE_BEFORE(lead)
  const voice = input.passive || state ? 'passive' : verbalNoun ? 'noun' : data.voice
  // "have driven Russian groups out of X and restored control over the village": a verb coordinated
  // after "and" with no subject of its own shares the clause's opening subject, not the first verb's object,
  // also with a degree word between ("завершили разгром противника в X и полностью взяли его под контроль").
  const head = voice === 'active' && COORDINATED_BEFORE(lead) ? clauseHead(text, clause, before) : null
  // "a Ukrainian withdrawal", "the Russian advance": a side between a determiner and the event word
  // modifies it, whatever side is named further away.
  const adjacent = before.find((m) => /^\s*$/u.test(text.slice(m.span[1], trigger.span[0])) && DETERMINER_BEFORE(text.slice(Math.max(0, m.span[0] - 12), m.span[0]))) ?? null
  if (voice === 'passive') {
    // "Подразделениями группировки войск «Запад» … освобождён …": an agent in the instrumental before the participle.
    if (nearestBefore && INSTRUMENTAL_AGENT.test(text.slice(Math.max(0, nearestBefore.span[0] - 30), nearestBefore.span[1]))) byAgent = nearestBefore
    // "через російські удари зруйновано підстанцію", "після ворожої атаки пошкоджено", "из-за украинских
    // ударов повреждена подстанция": a side that modifies the attack named as the cause made it; the
    // patient of the participle is what follows it, not that side.
    else if (input.lang !== 'en' && nearestBefore && isAttackModifier(text, nearestBefore)) byAgent = nearestBefore
    else if (nearestAfter && isAgentAfter(text, nearestAfter, input.lang)) byAgent = nearestAfter
    // "…, one Ukrainian soldier killed": the side that names the victims right before the participle
    // is the patient, even beside a stronger force word further back.
    // "Russian-occupation forces violate ceasefire five times, soldier killed", "Ukrainian forces shelled
    // Donetsk, two civilians killed": victims with no side of their own, in a clause after a side's
    // doing, suffered that side's fire.
    else if (input.lang === 'en' && nearestBefore && BARE_VICTIMS_AFTER_BREAK.test(text.slice(nearestBefore.span[1], trigger.span[0]))) return nearestBefore.side
    else object = (input.lang === 'en' ? before.find((m) => VICTIM_NOUN_BETWEEN.test(text.slice(m.span[1], trigger.span[0]))) : undefined) ?? nearestBefore ?? nearestTargetBefore ?? nearestAfter
  } else if (voice === 'noun') {
    // "зупинили просування ЗСУ", "отбили атаки ВСУ": in Ukrainian and Russian a force named right
    // after the noun of a move or attack, in the genitive, is its actor, whoever is named before (after
    // "окружение", "захоплення" the genitive is what was encircled or taken).
    // Not a side whose positions or defence are named ("штурм наших позицій", "прорыв обороны ВСУ"
    // is theirs only as the target): that genitive is what was attacked.
    const genitive = input.lang !== 'en' && GENITIVE_ACTOR_KINDS.has(data.kind) ? (after.find((m) => m.strong && m.span[0] >= trigger.span[1] && /^\s*$/u.test(text.slice(trigger.span[1], m.span[0])) && !OWNER_OF_TARGET.test(text.slice(m.span[0], m.span[1] + 16))) ?? null) : null
    // "удари Росії по Одесі", "Новий удар України знищив станцію", "атака РФ на Київ": a country named
    // right after a strike noun, in the genitive, struck (a city there is the target: "обстріл Києва").
    const country = !subject && data.kind === 'strike' && input.lang !== 'en' && STRIKE_NOUN.test(trigger.text) ? (after.find((m) => m.span[0] >= trigger.span[1] && /^\s*$/u.test(text.slice(trigger.span[1], m.span[0])) && COUNTRY_GENITIVE.test(text.slice(m.span[0], m.span[1]))) ?? null) : null
    // "РФ і Крим під масованою атакою", "Одеса під ударом дронів": what is "under" the attack was hit.
    const under = !subject && !genitive && !country && (data.kind === 'strike' || data.kind === 'assault') && input.lang !== 'en' && INSTRUMENTAL_ATTACK.test(trigger.text) && UNDER_BEFORE(lead)
    if (under && nearestBefore) object = nearestBefore
    // "a Ukrainian withdrawal", "Russian assaults": the side right before the noun modifies it.
    // "announced the failure of the offensive of Ukrainian troops": in English a force right after "of"
    // is the move's actor, whatever side the speaker's own name before it gives.
    else subject ??= genitive ?? country ?? adjacent ?? englishGenitive(input, after) ?? nearestBefore
    // "Losses of Russia in the war", "the offensive of Ukraine": in English a country right after the
    // noun and "of" is its genitive actor (or victim), weak as a bare country name is.
    if (!subject && !object && input.lang === 'en') {
      const ofCountry = after.find((m) => !m.strong && m.span[0] >= trigger.span[1] && /^\s+of\s+(?:the\s+)?$/u.test(text.slice(trigger.span[1], m.span[0])) && COUNTRY_NAME.test(text.slice(m.span[0], m.span[1])))
      if (ofCountry) subject = ofCountry
    }
    if (!subject && object) {
      // (the target named before "під атакою"; an agent after it, "під ударами ЗСУ", is the genitive above)
    } else if (!subject && targetAfter) object = targetAfter
    else if (!subject && nearestAfter) {
      const lead = text.slice(Math.max(0, nearestAfter.span[0] - 25), nearestAfter.span[0])
      if (BY_BEFORE(lead)) byAgent = nearestAfter
      // "under the control of the Ukrainian army", "in the hands of Russian forces": the holder.
      else if (HOLDER_BEFORE(lead)) subject = nearestAfter
      else if (TARGET_BEFORE(lead)) object = nearestAfter
      // A genitive: "атаки ВСУ", "losses of the enemy"; not a side past another event word ("Ударными
      // беспилотниками поражён склад ВСУ": the instrument's clause names the target's owner after the verb).
      else if (!isPastEventWord(input.events, trigger.span, nearestAfter.span)) subject = nearestAfter
    }
    if (!subject && !byAgent && !object && nearestTargetBefore) object = nearestTargetBefore
  } else {
    subject ??= head ?? adjacent ?? nearestBefore
    // "Купянск взят под контроль ВСУ": the side after "под контроль" holds the place.
    if (!subject && nearestAfter && HOLDER_BEFORE(text.slice(Math.max(0, nearestAfter.span[0] - 30), nearestAfter.span[0]))) subject = nearestAfter
    // "Popasna captured by Russian forces", "Village taken by Ukrainian troops": an English verb with no
    // subject and "by" a force right after it is a headline's reduced passive; the force is its agent.
    // (The verb alone: "repelled four counterattacks by Ukrainian groups" has its object, the "by" is the object's.)
    else if (!subject && nearestAfter && input.lang === 'en' && /^\p{L}+$/u.test(trigger.text) && REDUCED_PASSIVE_BY.test(text.slice(trigger.span[1], nearestAfter.span[0]))) byAgent = nearestAfter
    else if (!subject) object = targetAfter ?? nearestAfter ?? ownerInObject(input, insideObject) ?? nearestTargetBefore
  }

  // "Росіяни накрили Дружківку, загинув чоловік", "units advanced, and the village was taken": a side
  // named before another event word is that event's subject; a passive or a death with a subject of
  // its own ("загинув чоловік", "the village was taken") does not suffer it, it continues its doing.
  const flips = voice === 'passive' || (data.subject === 'victim' && voice !== 'noun')
  const candidate = voice === 'passive' ? object : subject
  // Not a side inside that subject ("… violate the ceasefire seven times, one Ukrainian soldier killed":
  // the soldier is the one killed): a clause break must lie between the side and the event word.
  if (flips && candidate && candidate === nearestBefore && input.events && input.events.some((e) => e[0] >= candidate.span[1] && e[1] <= trigger.span[0]) && CLAUSE_BREAK.test(text.slice(candidate.span[1], trigger.span[0])) && eventHasOwnSubject(text, lastEventEnd(input.events, trigger.span[0]), trigger, input.lang)) {
    return voice === 'passive' && data.object === 'agent' ? opposite(candidate.side) : candidate.side
  }
  if (byAgent) return data.object === 'agent' ? opposite(byAgent.side) : byAgent.side
  // "при обстреле … украинскими военными погибли двое": a side in the instrumental is the agent, never the victim.
  if (subject) return data.subject === 'victim' && !(input.lang !== 'en' && INSTRUMENTAL_END.test(lastWord(text, subject))) ? opposite(subject.side) : subject.side
  if (object) return data.object === 'agent' ? object.side : opposite(object.side)
  return null
}

/** "captured by the …", "taken by": only "by" and an article between a verb and the force after it. */
const REDUCED_PASSIVE_BY = /^\s+by\s+(?:the\s+)?$/u

/** A force named right after an English noun of a move and "of" ("the offensive of Ukrainian troops", "the advance of the AFU"). */
function englishGenitive(input: ActorSideInput, after: readonly Marker[]): Marker | null {
  const { trigger, text } = input
  if (input.lang !== 'en' || !GENITIVE_ACTOR_KINDS.has(trigger.data.kind)) return null
  return after.find((m) => m.strong && m.span[0] >= trigger.span[1] && /^\s+of\s+(?:the\s+)?$/u.test(text.slice(trigger.span[1], m.span[0]))) ?? null
}

/**
 * "Gunners downed a Russian plane", "shot down an enemy helicopter": in English a loss whose event words
 * run from the verb to the equipment lost, a side's adjective inside them (weak, so no object by itself)
 * owns what was lost.
 */
function ownerInObject(input: ActorSideInput, insideObject: readonly Marker[]): Marker | null {
  if (input.lang !== 'en' || input.trigger.data.kind !== 'casualties' || input.trigger.data.object !== 'target' || insideObject.length !== 1) return null
  const m = insideObject[0]!
  return m.span[0] > input.trigger.span[0] && m.span[1] <= input.trigger.span[1] ? m : null
}

// The words between an event word and a side inside its target phrase: a preposition of the target
// and at most three words ("по складу боеприпасов ", "на морський нафтовий термінал "), not an axis or
// front named with "на" ("на Покровському напрямку"), which locates the event, not its target.
const TARGET_PHRASE = /^[\s,]*(?:[\p{L}-]+\s+){0,2}?(?:по|на|проти|против)\s+(?:[\p{L}«»"'’ʼ-]+\s+){0,3}$/u
const NOT_A_TARGET = /(?:напрям|направлени|ділянц|участк|фронт|лінії|линии|бік|сторон)/u
function isInTargetPhrase(between: string): boolean {
  return between.length <= 60 && TARGET_PHRASE.test(between) && !NOT_A_TARGET.test(between)
}

/** Launched weapons, whose side is the attacker's in any role ("from a Russian drone", "shot down Ukrainian drones"). */
const WEAPON_WORD = /^(?:drones?|UAVs?|missiles?|rockets?|bombs?|glide bombs?|shells?|jets?|warplanes?|aircraft|Shaheds?|Gerans?|дрон\p{L}*|безпілотник\p{L}*|беспилотник\p{L}*|БпЛА|БПЛА|шахед\p{L}*|ракет\p{L}*|бомб\p{L}*|авіабомб\p{L}*|авиабомб\p{L}*|КАБ\p{L}*|снаряд\p{L}*|літак\p{L}*|самол[её]т\p{L}*|герань\p{L}*|герані)$/iu
/** A manned aircraft's word, as the last word of a side phrase or right after it ("російський літак", "украинских самолетов"). */
const AIRCRAFT_WORD = /^[^.!?;]*?(?<![\p{L}])(?:jets?|warplanes?|aircraft|fighters?|bombers?|літак\p{L}*|самол[её]т\p{L}*|винищувач\p{L}*|истребител\p{L}*|бомбардувальник\p{L}*|бомбардировщик\p{L}*)(?![\p{L}])/iu
/** What a weapon word names when a noun follows it: its makers, stores and crews are targets or forces, not the weapon. */
const NOT_THE_WEAPON_AFTER = /^(?:operators?|crews?|units?|pilots?|teams?|factor(?:y|ies)|plants?|workshops?|production|warehouses?|depots?|storage|launch\p{L}*|bases?|sites?|systems?|complex\p{L}*|комплекс\p{L}*|систем\p{L}*|установк\p{L}*|установок|оператор\p{L}*|екіпаж\p{L}*|экипаж\p{L}*|розрахун\p{L}*|расч[её]т\p{L}*|підрозділ\p{L}*|подразделени\p{L}*|завод\p{L}*|цех\p{L}*|склад\p{L}*|виробництв\p{L}*|производств\p{L}*|пуск\p{L}*|майданчик\p{L}*|площадк\p{L}*)$/iu
const NOT_THE_WEAPON_BEFORE = /^(?:пункт\p{L}*|управлени\p{L}*|управлінн\p{L}*|склад\p{L}*|цех\p{L}*|завод\p{L}*|виробництв\p{L}*|производств\p{L}*|сборк\p{L}*|збиранн\p{L}*|оператор\p{L}*|екіпаж\p{L}*|экипаж\p{L}*|розрахун\p{L}*|расч[её]т\p{L}*|пуск\p{L}*|майданчик\p{L}*|площадк\p{L}*)$/iu

/**
 * The side of the one weapon the clause names with its owner: a side whose words end on the weapon
 * ("Russian drone", "російські ракети"), stand right before it ("ворожий дрон", "enemy drones") or
 * right after it ("дроны ВСУ", "дронів ЗСУ"). Null when none, or when two sides' weapons are named.
 */
function weaponOwner(text: string, markers: readonly Marker[], loss: boolean): Side | null {
  let side: Side | null = null
  for (const m of markers) {
    // "знищила російський літак Су-34", "уничтожен украинский самолет": an aircraft lost is the loss's
    // patient, not the weapon that struck (conventions 75, 101); its side is the owner's, not the attacker's.
    if (loss && AIRCRAFT_WORD.test(text.slice(m.span[0], m.span[1] + 30))) continue
    const own = text.slice(m.span[0], m.span[1]).split(/[\s«»"]+/u).filter(Boolean)
    const next = /^[\s«»"]*([\p{L}-]+)(?:[\s«»"]+([\p{L}-]+))?/u.exec(text.slice(m.span[1], m.span[1] + 40))
    // The weapon word may be the trigger itself ("атаковали дроны ВСУ") or a word before the side.
    const prev = /([\p{L}-]+)[\s«»"]*$/u.exec(text.slice(Math.max(0, m.span[0] - 30), m.span[0]))
    const endsOnWeapon = own.length > 1 && WEAPON_WORD.test(own.at(-1)!) && !(next && NOT_THE_WEAPON_AFTER.test(next[1]!))
    // "атаковала Украину ракетами", "ударила по Киеву дронами": a country or capital named as the object of an
    // attack verb, then the weapon in the instrumental: the verb's instrument, not the object's weapon.
    const objectOfAttack = prev !== null && COUNTRY_NAME.test(own.join(' ')) && ATTACK_VERB_OR_PO.test(prev[1]!)
    const weaponAfter = next !== null && WEAPON_WORD.test(next[1]!) && !(next[2] && NOT_THE_WEAPON_AFTER.test(next[2])) && !(objectOfAttack && WEAPON_INSTRUMENTAL_WORD.test(next[1]!))
    const weaponBefore = prev !== null && WEAPON_WORD.test(prev[1]!) && !NOT_THE_WEAPON_BEFORE.test(prev[1]!) && !/^[A-Za-z]/u.test(prev[1]!) && !precededByTargetNoun(text, m.span[0] - prev[0].length)
    if (!endsOnWeapon && !weaponAfter && !weaponBefore) continue
    if (side && side !== m.side) return null
    side = m.side
  }
  return side
}

/** An attack verb or "по" right before a country or capital: it names the object ("атаковала Украину", "по Киеву"). */
const ATTACK_VERB_OR_PO = /^(?:по|атаков\p{L}*|атакув\p{L}*|атакуют|атакують|атакует|атакує|удари(?:л|ла|ли)|вдари(?:в|ла|ли)|обстреля\p{L}*|обстріля\p{L}*|обстрілю\p{L}*|обстрелива\p{L}*|бомби\p{L}*|бомбардува\p{L}*|бомбардирова\p{L}*|накри\p{L}*|накры\p{L}*)$/iu
/** A weapon word in the instrumental ("ракетами", "дронами", "БпЛА" has no case and is left out). */
const WEAPON_INSTRUMENTAL_WORD = /(?:ами|ями|ою|ой|ом)$/u
/** "склад дронов ВСУ", "цеха сборки дронов ВСУ": the weapon word is itself the genitive of a target. */
function precededByTargetNoun(text: string, at: number): boolean {
  const words = text.slice(Math.max(0, at - 40), at).split(/[^\p{L}-]+/u).filter(Boolean).slice(-2)
  return words.some((w) => NOT_THE_WEAPON_BEFORE.test(w))
}

/** A country's name used as a place: a dateline ("Kramatorsk, Ukraine (CNN)") or after "in" ("the war in Ukraine"). */
// (Round 17) and the capitals, named as where: "у Солом'янському районі Києва", "в центре Москвы".
const COUNTRY_NAME = /^(?:Ukraine|Russia|Україн\p{L}*|Росі[їяю]|России|Россия|Украин[аеуы]|Kyiv|Moscow|Київ|Києв\p{L}*|Киев\p{L}*|Москв\p{L}*)$/u
const COUNTRY_AS_TOPIC = /^\s(?:fighting|conflict|war|violence|clashes|crisis|truce|ceasefire|peace|battles?|frontline|front)(?![\p{L}])/u
const DATELINE_LEAD = endsWithMatch(/\p{Lu}[\p{L}'’-]+,\s*$/u)
const IN_COUNTRY_LEAD = endsWithMatch(/(?:^|[^\p{L}])(?:(?:in|across|inside|throughout|within|в|у|во|по всій|по всей)\s+(?:the\s+)?(?:(?:eastern|southern|northern|western|east|south|north|west|східній|південній|північній|західній|восточной|южной|северной|западной)\s+)?|(?:район\p{L}*|област\p{L}*|міст\p{L}*|город\p{L}*|центр\p{L}*|околиц\p{L}*|окраин\p{L}*|пригород\p{L}*|передмісті|передмістя|мер\p{L}*|мэр\p{L}*)\s+)$/u)
/**
 * Whether a weak country or capital name is where a strike landed ("Shelling in Kyiv", "strike on Kyiv TV
 * Tower", "explosions near Moscow"), not a side that struck: an English strike's clause then names no
 * attacker for the held-ground rule (convention 72).
 */
export function isCapitalAsStrikePlace(text: string, m: { readonly span: Span; readonly strong: boolean }): boolean {
  if (m.strong || !COUNTRY_NAME.test(text.slice(m.span[0], m.span[1]))) return false
  const lead = text.slice(Math.max(0, m.span[0] - 30), m.span[0])
  return IN_COUNTRY_LEAD(lead) || TARGET_PLACE_LEAD(lead)
}
const TARGET_PLACE_LEAD = endsWithMatch(/(?:^|[^\p{L}])(?:on|at|near|over|outside|around|of|to)\s+(?:the\s+)?$/u)

function isCountryAsPlace(text: string, m: Marker): boolean {
  if (m.strong || !COUNTRY_NAME.test(text.slice(m.span[0], m.span[1]))) return false
  const lead = text.slice(Math.max(0, m.span[0] - 30), m.span[0])
  // "Ukraine fighting kills 9", "Ukraine conflict", "the Ukraine war": the country names the war, not a side in it.
  if (COUNTRY_AS_TOPIC.test(text.slice(m.span[1], m.span[1] + 14))) return true
  return IN_COUNTRY_LEAD(lead) || (DATELINE_LEAD(lead) && /^\s*(?:\(|—|–|-|,|$)/u.test(text.slice(m.span[1], m.span[1] + 3)))
}

/** Whether another event word lies between an event word and a side named after it. */
function isPastEventWord(events: readonly Span[] | undefined, trigger: Span, side: Span): boolean {
  return events !== undefined && events.some((e) => e[0] >= trigger[1] && e[1] <= side[0])
}

/** Whether a noun of striking ("атаками", "ударів") lies between an event word and a side named after it: that noun's target owns the side. */
function isPastStrikeNoun(text: string, events: readonly Span[] | undefined, trigger: Span, side: Span): boolean {
  return events !== undefined && events.some((e) => e[0] >= trigger[1] && e[1] <= side[0] && STRIKE_NOUN.test(text.slice(e[0], e[1])))
}

/** The end of the last event word before `at`. */
function lastEventEnd(events: readonly Span[], at: number): number {
  let end = 0
  for (const e of events) if (e[1] <= at && e[1] > end) end = e[1]
  return end
}

const SUBJECTLESS_WORD = /^(?:and|but|then|so|yet|also|later|soon|quickly|eventually|again|already|each|every|time|twice|once|finally|та|і|й|а|але|проте|однак|потім|згодом|також|вже|знову|щоразу|кожного|разу|раз|двічі|тричі|швидко|одразу|відразу|незабаром|врешті|зрештою|и|но|однако|затем|потом|также|уже|снова|каждый|дважды|трижды|быстро|сразу|вскоре|тут|же|ж|в|итоге|конце|концов|опять)$/iu
const AUXILIARY_WORD = /^(?:was|were|been|being|had|has|have|got|get|is|are|be|був|була|були|було|был|была|были|было)$/iu
/** An attack or attempt as the subject ("все попытки пресекаются", "but the assault was repelled") is the attacker's: it suffers what the side before it suffers. */
const ATTACK_SUBJECT = /(?:^|[^\p{L}])(?:attempts?|attacks?|assaults?|push(?:es)?|спроб\p{L}*|попытк\p{L}*|штурм\p{L}*|атак\p{L}*|контратак\p{L}*|наступ\p{L}*|натиск\p{L}*)(?![\p{L}])/iu
const SUBJECTLESS_AFTER = /^\s*(?:[.,;:!?)»"”—–-]|$|(?:с|со|з|із|зі|на|в|у|во|до|від|от|по|під|под|за|назад|обратно|огн[её]м|вогнем|ударом|ударами)(?![\p{L}]))/iu

/**
 * Whether a passive or a death word has a subject of its own, so that the side named before it does
 * not suffer it: words of its own after a clause break between the last event word and it ("…, and
 * the school was destroyed"), or in Ukrainian and Russian a noun right after it with no auxiliary
 * before ("освобождён населённый пункт", "загинув чоловік"); not "but were pushed back", "и были
 * отброшены огнём", nor an attack as subject ("обе попытки сорваны": the attacker's).
 */
export function eventHasOwnSubject(text: string, from: number, trigger: PhraseMatch<TriggerData>, lang: ActorSideInput['lang']): boolean {
  const between = text.slice(from, trigger.span[0])
  const after = text.slice(trigger.span[1], trigger.span[1] + 24)
  if (ATTACK_SUBJECT.test(between) || (lang !== 'en' && ATTACK_SUBJECT.test(after.split(/[,.;]/u)[0]!))) return false
  // From the last clause break on ("…, and the school was destroyed"; "who slipped into the depot district have been killed" has none).
  const broken = /(?:[,;:—–]|(?:^|\s)(?:and|but|while|та|і|й|а|але|и|но))\s+([^,;:—–]*)$/iu.exec(between)
  const lead = broken ? broken[1]! : lang === 'en' ? '' : between
  const words = lead.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean)
  if (words.some((w) => !SUBJECTLESS_WORD.test(w) && !AUXILIARY_WORD.test(w))) return true
  if (lang === 'en' || words.some((w) => AUXILIARY_WORD.test(w))) return false
  return !SUBJECTLESS_AFTER.test(after)
}

/** The people a side word qualifies, right before a participle ("Ukrainian soldier killed", "DPR servicemen reported wounded"). */
const VICTIM_NOUN_BETWEEN = /^\s+(?:[\p{L}'’-]+\s+)?(?:soldiers?|servicem[ae]n|militiam[ae]n|troops|fighters?|officers?|civilians?|marines?|paratroopers?|journalists?|medics?|residents?|people|military|personnel)\s+(?:(?:reportedly|reported|was|were|has been|have been)\s+)*$/iu

/** A clause break, then victims named by a count and a people noun alone, then the participle. */
const BARE_VICTIMS_AFTER_BREAK = /(?:[,;](?=\s)|[—–]|\s(?:and|while)\s)\s*(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|another|a|an|\d+)\s+)?(?:more\s+)?(?:soldiers?|servicem[ae]n|militiam[ae]n|troops|fighters?|civilians?|residents?|people|persons?)\s+(?:(?:reportedly|reported|was|were|has been|have been)\s+)*$/iu

/** A clause break: punctuation or a coordinating conjunction (the breaks eventHasOwnSubject looks for). */
const CLAUSE_BREAK = /[,;:](?=\s)|[—–]|(?:^|\s)(?:and|but|while|та|і|й|а|але|и|но)\s/iu

/** A side named as the owner of positions or a defence ("наших позицій", "позиции ВСУ", "оборони ворога"). */
const OWNER_OF_TARGET = /(?:^|[^\p{L}])(?:позиці|позици|оборон|опорн|укріплен|укреплен|окоп|траншей|траншеї)\p{L}*/iu
const IN_STATE_BEFORE = endsWithMatch(/(?:\b(?:is|are|was|were|be|been|being|remain|remains|remained|stay|stayed|find themselves|found themselves|got|get)|(?:^|[^\p{L}])(?:опинил\p{L}*|опиняют\p{L}*|перебува\p{L}*|знаходя\p{L}*|залишаю\p{L}*|залишил\p{L}*|находя\p{L}*|оказал\p{L}*|оказыва\p{L}*|остаю\p{L}*|остал\p{L}*))(?:\s+["“«„']?(?:now|still|effectively|practically|virtually|almost|nearly|all but|largely|partly|partially|reportedly|фактично|практично|практически|фактически|майже|почти|вже|уже|нині|ныне))*\s+["“«„']?(?:(?:in|inside|within|в|у|во)\s+(?:a|an|the)?\s*(?:\p{L}+\s+)?)?["“«„']?$/iu)
const DETERMINER_BEFORE = endsWithMatch(/(?:^|[^\p{L}])(?:a|an|the|any|another|further|new|its|their|possible|eventual)\s+$/iu)
const COORDINATED_BEFORE = endsWithMatch(/(?:^|[^\p{L}])(?:and|but|then|та|і|й|а також|и|а также|затем|потім)(?:\s+(?:also|then|later|have|has|had|already|fully|completely|вже|уже|також|также|ещё|ще|полностью|повністю|окончательно|остаточно|затем|потім))*\s+$/iu)

/** The strong side opening the clause (its subject), if the clause opens with one. */
function clauseHead(text: string, clause: Span, before: readonly Marker[]): Marker | null {
  let first: Marker | null = null
  for (const m of before) if (m.strong && (!first || m.span[0] < first.span[0])) first = m
  if (!first) return null
  const opening = text.slice(clause[0], first.span[0]).trim()
  return opening === '' || opening.split(/\s+/u).length <= 3 ? first : null
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

function lastWord(text: string, marker: Marker): string {
  return text.slice(marker.span[0], marker.span[1]).split(/[\s«»"]+/u).filter(Boolean).at(-1) ?? ''
}

/** The closest marker, preferring strong ones (forces) over adjectives and country names. */
function pickNearest(markers: readonly Marker[], at: number, where: 'before' | 'after'): Marker | null {
  const distance = (m: Marker): number => Math.max(0, where === 'before' ? at - m.span[1] : m.span[0] - at)
  const sorted = [...markers].sort((a, b) => distance(a) - distance(b))
  return sorted.find((m) => m.strong) ?? sorted[0] ?? null
}

// Pronoun actors in a party's own words (class: "they are a few hundred meters closer", "my pilots
// burned nine of them", "we pulled back", "їхні штурмовики", "вони знову лізуть", "мы зашли с фланга",
// "их пехота"). A belligerent's soldier or official calls their own side "we", "my men", "наші", and
// the other side "they" and "their": in direct speech a third-person subject is never the speaker's
// own side. A first person ("we", "my pilots") says it from anywhere; "they" only inside the speaker's
// direct words (a quote, an interview turn), since a reporter's paraphrase ("Povkh said they had
// pushed on") may mean the speaker's unit. Counting is no acting: "we counted 23 attempts", "фіксуємо
// спроби" count the other side's attempts.
const FORCE_NOUNS_EN = String.raw`(?:men|guys|boys|pilots|operators|gunners|crews?|teams?|units?|troops|soldiers|fighters|drones?|artillery|snipers|scouts|infantry|assault groups?|marines|paratroopers|brigade|battalion|company|platoon|squad|people|forces|tanks?|vehicles?|positions)`
const FIRST_POSSESSIVE_EN = new RegExp(String.raw`(?<![\p{L}])(?:[Mm]y|[Oo]ur)\s+(?:[\p{L}-]+\s+){0,2}?${FORCE_NOUNS_EN}(?![\p{L}])`, 'u')
const THIRD_POSSESSIVE_EN = new RegExp(String.raw`(?<![\p{L}])[Tt]heir\s+(?:[\p{L}-]+\s+){0,2}?(?:men|guys|pilots|operators|gunners|crews?|teams?|units?|troops|soldiers|fighters|drones?|artillery|snipers|infantry|assault groups?|tanks?|armou?r|vehicles?)(?![\p{L}])`, 'u')
const FORCE_NOUNS_CY = String.raw`(?:хлопц|хлопці|пацан|бійц|бойц|пілот|пилот|дронар|оператор|штурмовик|підрозділ|подразделени|екіпаж|экипаж|артилерист|артиллерист|розрахун|расч[её]т|птах|птич|піхот|пехот|солдат|військ|войск|групп?|танк|техні|техник|бронетехні|бронетехник|позиці|позици)\p{L}*`
const FIRST_POSSESSIVE_CY = new RegExp(String.raw`(?<![\p{L}])(?:мо[їяєю]\p{L}*|мои|моих|моим|наш\p{L}*)\s+(?:[\p{L}-]+\s+)?${FORCE_NOUNS_CY}`, 'iu')
const THIRD_POSSESSIVE_CY = new RegExp(String.raw`(?<![\p{L}])(?:їхн\p{L}*|їх|их)\s+(?:[\p{L}-]+\s+)?${FORCE_NOUNS_CY}`, 'iu')
const FRONTED = String.raw`(?:(?:and|but|so|then|now|still|already|also|again|yesterday|today|tonight|overnight|twice|once|і|й|та|а|але|тоді|потім|зараз|досі|вже|знову|вчора|сьогодні|уночі|вночі|и|но|тогда|потом|сейчас|уже|снова|опять|вчера|сегодня|ночью|(?:last|this|that|every|both|in|on|at|by|since|after|before|for|за|у|в|на|під|под|після|после|до|с|з|із)\s+(?:[\p{L}\p{N}'’-]+\s+){0,2}?[\p{L}\p{N}'’-]+)\s*,?\s+)`
// An interview turn's label may open the clause ("Harkusha: Yesterday we counted …").
const TURN_LABEL = String.raw`(?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}:\s+)?`
const WE_SUBJECT = new RegExp(String.raw`^[\s«"“„'‘(—–-]*${TURN_LABEL}[\s«"“„'‘(—–-]*${FRONTED}{0,3}(?:we|ми|мы)(?![\p{L}])`, 'iu')
const THEY_SUBJECT = new RegExp(String.raw`^[\s«"“„'‘(—–-]*${TURN_LABEL}[\s«"“„'‘(—–-]*${FRONTED}{0,3}(?:they|вони|они)(?![\p{L}])`, 'iu')
/** "we counted", "we recorded", "фіксуємо", "зафиксировали": the speaker observing what the other side did. */
const COUNTING = /(?<![\p{L}])(?:counted|count|recorded|record|registered|logged|saw|see|spotted|tracked|observed|фіксу\p{L}*|зафіксува\p{L}*|нарахува\p{L}*|бачи\p{L}*|фиксиру\p{L}*|зафиксирова\p{L}*|насчита\p{L}*|вид(?:им|ели|ел))(?![\p{L}])/iu

export interface DeicticInput {
  readonly text: string
  readonly clause: Span
  readonly trigger: Span
  readonly speakerSide: SpeakerSide
  /** Whether the clause is the speaker's direct words (inside quotation marks, an interview turn). */
  readonly direct: boolean
  /** Whether the subject suffers the event ("they were pushed back", "we lost two men"): the actor is the other side. */
  readonly subjectIsPatient: boolean
  /** Whether the event word is a verb (its ending may give its person). */
  readonly verbal?: boolean
}

/** The side a pronoun or possessive subject gives, in the words of a speaker whose side is known; else null. */
export function deicticActorSide(input: DeicticInput): Side | null {
  const own = input.speakerSide === 'RU' || input.speakerSide === 'UA' ? input.speakerSide : null
  if (!own) return null
  const { text, clause, trigger } = input
  const lead = text.slice(clause[0], trigger[0])
  if (lead.length > 120) return null
  const head = text.slice(clause[0], Math.min(clause[1], trigger[1]))
  const acting = (subject: Side): Side => (input.subjectIsPatient ? opposite(subject) : subject)
  if (FIRST_POSSESSIVE_EN.test(lead) || FIRST_POSSESSIVE_CY.test(lead)) return acting(own)
  const we = WE_SUBJECT.exec(lead)
  if (we) return COUNTING.test(text.slice(clause[0] + we[0].length, trigger[0])) ? opposite(own) : acting(own)
  // "Минулого тижня вони зайшли в Шахове", "Так, вони зачепилися за кілька хат", "На прошлой неделе мы
  // зашли": the nominative pronoun nearest the event word is its subject, whatever adverbial stands before
  // it ("вони", "они", "ми", "мы" have no other case; "they" and "we" none in English).
  const nearest = lastPronoun(lead)
  if (nearest && !/[.;:!?]/u.test(lead.slice(nearest.at))) {
    if (nearest.first) return COUNTING.test(lead.slice(nearest.at)) ? opposite(own) : acting(own)
  }
  // "всі штурми відбиваємо", "держим оборону у Ямполя": a verb in the first person plural says "we" by itself.
  if (input.verbal && !input.subjectIsPatient && FIRST_PLURAL_VERB.test(text.slice(trigger[0], trigger[1]))) return own
  if (!input.direct) return null
  if (THEY_SUBJECT.test(head) || THIRD_POSSESSIVE_EN.test(lead) || THIRD_POSSESSIVE_CY.test(lead)) return acting(opposite(own))
  if (nearest && !nearest.first && !/[.;:!?]/u.test(lead.slice(nearest.at))) return acting(opposite(own))
  return null
}

const PERSONAL_PRONOUN = /(?<![\p{L}])(we|they|ми|вони|мы|они)(?![\p{L}])/giu
/** The nominative personal pronoun nearest the end of `lead`, and whether it is the first person. */
function lastPronoun(lead: string): { at: number; first: boolean } | null {
  let found: { at: number; first: boolean } | null = null
  PERSONAL_PRONOUN.lastIndex = 0
  for (let m = PERSONAL_PRONOUN.exec(lead); m; m = PERSONAL_PRONOUN.exec(lead)) found = { at: m.index, first: /^(?:we|ми|мы)$/iu.test(m[1]!) }
  return found
}
/** A Ukrainian or Russian verb in the first person plural ("відбиваємо", "тримаємо", "отбиваем", "продвигаемся"). */
const FIRST_PLURAL_VERB = /(?<![\p{L}])\p{L}{3,}(?:ємо|ймо|імо|имо|емо|аем|яем|уем|ваем|ём)(?:ся|сь)?(?![\p{L}])/iu

/**
 * Whether `at` lies inside quotation marks in the sentence [from, to): opened before it, or, with no
 * quotation mark before it, closed after it (the last sentence of a quote that began earlier).
 */
export function isInsideQuote(text: string, from: number, at: number, to: number): boolean {
  let open = 0
  let straight = 0
  let marks = 0
  for (let i = from; i < at; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x201c || c === 0xab || c === 0x201e) open++, marks++
    else if (c === 0x201d || c === 0xbb) open = Math.max(0, open - 1), marks++
    else if (c === 0x22) straight++, marks++
  }
  if (open > 0 || straight % 2 === 1) return true
  if (marks > 0) return false
  for (let i = at; i < to; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x201d || c === 0xbb || c === 0x22) return true
    if (c === 0x201c || c === 0xab || c === 0x201e) return false
  }
  return false
}

// Strikes and tolls told without their attacker (class: "drones hit a gas distribution point",
// "one of them brought down the post office", "Hits were recorded at 14 locations", "Влучання …
// зафіксовано на 9 локаціях", "поражены энергообъекты", "confirmed a hit on the Unecha oil pumping
// station in Russia's Bryansk region", "a pensioner … did not survive"). Who struck follows from
// where and from who tells it: a target inside Russia was hit by Ukraine; hits someone records, or an
// official of a town or region tells, landed on their side, so the other side struck; a military
// command telling in the passive that a target was hit ("поражены", "уражено", "a hit on") tells its
// own strike; a story's own voice, filed from one side's ground, tells the other side's strikes there.
const RU_TARGET = /(?<![\p{L}])(?:in|on|at|near|over|inside|across|в|у|во|на|по|під|под|біля|около|возле)\s+(?:(?:the|an?)\s+)?(?:Russia|Росії|России|Russia['’]s\s+\p{L}+\s+(?:region|oblast|province|krai)|(?:Belgorod|Kursk|Bryansk|Voronezh|Rostov|Krasnodar|Oryol|Orel|Lipetsk|Tambov|Tula|Kaluga|Smolensk|Ryazan|Saratov|Volgograd|Samara|Moscow|Novorossiysk|Tuapse|Taganrog|Engels|Unecha|Klintsy|Valuyki|Shebekino|Rylsk)(?![\p{L}])|(?:Бєлгород|Белгород|Курськ|Курск|Брянськ|Брянск|Воронеж|Ростов|Краснодар|Орл|Орел|Орёл|Липецьк|Липецк|Тамбов|Тул|Калуз|Калуг|Смоленськ|Смоленск|Рязан|Саратов|Волгоград|Самар|Москв|Новоросійськ|Новороссийск|Туапсе|Таганрог|Енгельс|Энгельс|Унеч|Клинц|Валуйк|Шебекин|Рильськ|Рыльск|Кубан)\p{L}*)/u
// Round 17 (real headlines): a target in ground Russia holds: told as occupied ("в окупованому
// Луганську", "на оккупированной территории", "в тимчасово окупованому Криму", "in occupied Melitopol"),
// or in Crimea and Sevastopol, held by Russia since 2014 ("Вибухи на аеродромі в Саках", "взрыв у
// Джанкоя"). Only Ukraine strikes there; the side a story's voice would lend (the opposite of a
// Ukrainian outlet's) is wrong for it. A strike launched FROM there ("з Криму") names no target there.
const RU_HELD_TARGET = /(?:^|[.:;!?—–-]\s*)(?:Окупован|Оккупирован|Occupied|Russian-occupied|Russian-held)\p{L}*|(?<![\p{L}])(?:[Вв]|[Уу]|[Вв]о|[Нн]а|[Пп]о|[Пп]ід|[Пп]од|[Бб]іля|[Оо]коло|[Вв]озле|[Пп]облизу|[Нн]еподалік|[Нн]ад|in|near|at|on|over)\s+(?:(?:\p{L}+\s+){0,3}?(?:Крим\p{L}*|Крым\p{L}*|Crimea|Севастопол\p{L}*|Sevastopol|Сімферопол\p{L}*|Симферопол\p{L}*|Simferopol|Джанко\p{L}*|Dzhankoi|Феодос\p{L}*|Feodosi\p{L}*|Євпатор\p{L}*|Евпатор\p{L}*|Yevpatori\p{L}*|Керч\p{L}*|Kerch|Бельбек\p{L}*|Belbek|Саки|Саках|Саків|Саков|Saky|Октябрськ\p{L}*|Гвардійськ\p{L}*|Гвардейск\p{L}*)|(?:\p{L}+\s+)?(?:(?:тимчасово|временно)\s+)?(?:окупован|оккупирован|russian-occupied|russian-held|occupied)\p{L}*|(?:\p{L}+\s+)?(?:підконтрольн|подконтрольн)\p{L}*\s+(?:Росії|России|РФ))(?![\p{L}])/u
// Round 18 (real headlines): a Russian region named by its adjective after the town or target, with no
// preposition before it ("Нафтобазу в Дмитрівці Тамбовської області атакували дрони", "на заводі в
// Новокуйбишевську Самарської області", "НПЗ Краснодарского края", "в Республіці Татарстан").
const RU_REGION_NAMED = /(?<![\p{L}])(?:(?:Бєлгородськ|Белгородск|Курськ|Курск|Брянськ|Брянск|Воронезьк|Воронежск|Ростовськ|Ростовск|Орловськ|Орловск|Липецьк|Липецк|Тамбовськ|Тамбовск|Тульськ|Тульск|Калузьк|Калужск|Смоленськ|Смоленск|Рязанськ|Рязанск|Саратовськ|Саратовск|Волгоградськ|Волгоградск|Самарськ|Самарск|Московськ|Московск|Ленінградськ|Ленинградск|Нижегородськ|Нижегородск|Ульяновськ|Ульяновск|Оренбурзьк|Оренбургск|Пензенськ|Пензенск|Астраханськ|Астраханск|Ярославськ|Ярославск|Тверськ|Тверск|Псковськ|Псковск|Мурманськ|Мурманск|Свердловськ|Свердловск|Челябінськ|Челябинск|Пермськ|Пермск)\p{L}* (?:області|областi|области|обл\.)|(?:Краснодарськ|Краснодарск|Ставропольськ|Ставропольск|Пермськ|Пермск)\p{L}* (?:краю|края|крае|краї|край)|(?:[Рр]еспубліц\p{L}*|[Рр]еспублик\p{L}*) (?:Татарстан|Башкортостан|Адиге[яї]|Адыге[яи]|Марій Ел|Марий Эл|Чуваші[яї]|Чуваши[яи]|Мордові[яї]|Мордови[яи]|Удмурті[яї]|Удмурти[яи]|Дагестан|Комі|Коми))(?![\p{L}])/u
const RECORDED = /(?<![\p{L}])(?:recorded|registered|reported|logged|зафіксован\p{L}*|зафіксува\p{L}*|зафиксирован\p{L}*|зафиксирова\p{L}*|зарегистрирован\p{L}*|фіксу\p{L}*|фиксиру\p{L}*)(?![\p{L}])/iu
/** Commands and forces that tell their own side's strikes; not the civil-military administrations of a town or region. */
const MILITARY_COMMAND = /\b(?:ministry|general staff|staff|command|army|military|forces|air force|navy|brigade|regiment|battalion|division|corps|group|grouping)\b|міноборони|минобороны|міністерств|министерств|генштаб|генеральн|командуванн|командовани|бригад|полк|батальйон|батальон|угрупован|группировк|військ|войск|сил\p{L}* оборони|ЗСУ|ВСУ/iu
const CIVIL_ADMINISTRATION = /\bmilitary administration\b|військов\p{L}* адміністрац\p{L}*|военн\p{L}* администрац\p{L}*|военно-гражданск\p{L}*|(?<![\p{L}])(?:ОВА|МВА|РВА|ВЦА|OVA|MVA)(?![\p{L}])/iu
const BLOGGERS = /\b(?:milbloggers?|bloggers?|war correspondents?)\b|воєнкор|военкор|блогер/iu
const HIT_NOUN = /^(?:hits?|strikes?|ураженн\p{L}*|поражени\p{L}*|удар\p{L}*)$/iu

export interface UnnamedStrikeInput {
  readonly text: string
  readonly clause: Span
  readonly trigger: PhraseMatch<TriggerData>
  readonly passive: boolean
  readonly speakerName: string | null
  readonly speakerSide: SpeakerSide
  readonly speakerIsOutlet: boolean
  /** The side the story is told from (attribution/speaker-side.ts hostSide), if known. */
  readonly host: Side | null
}

/**
 * "air defences had fought off an attack on the region, but falling debris ignited a reservoir near
 * Klintsy", "обломки упали на территории нефтебазы в Брянской области": a strike whose own clause
 * names no side and whose target lies in Russia was Ukraine's, whatever subject an earlier clause
 * of the sentence (the Russian air defence) would lend it.
 */
export function isUnnamedStrikeInRussia(text: string, clause: Span, markers: readonly PhraseMatch<SideData>[]): boolean {
  if (markers.some((m) => m.span[0] >= clause[0] && m.span[1] <= clause[1])) return false
  const words = text.slice(clause[0], clause[1])
  return RU_TARGET.test(words) || RU_HELD_TARGET.test(words) || RU_REGION_NAMED.test(words) || RU_NAMED_ASSET.test(words)
}

/** The attacker of a strike or toll whose clause names no side, or null. */
export function unnamedStrikeSide(input: UnnamedStrikeInput): Side | null {
  const { text, clause, trigger } = input
  const words = text.slice(clause[0], clause[1])
  if (RU_TARGET.test(words) || RU_HELD_TARGET.test(words) || RU_REGION_NAMED.test(words) || RU_NAMED_ASSET.test(words)) return 'UA'
  const party = input.speakerSide === 'RU' || input.speakerSide === 'UA' ? input.speakerSide : null
  const reference = party ?? (input.speakerIsOutlet || input.speakerSide === 'independent' ? input.host : null)
  if (!reference) return null
  if (RECORDED.test(words)) return opposite(reference)
  const name = input.speakerName ?? ''
  // Milbloggers and war correspondents tell their own side's strikes and the other side's alike.
  if (BLOGGERS.test(name)) return null
  const command = party !== null && MILITARY_COMMAND.test(name) && !CIVIL_ADMINISTRATION.test(name)
  if (command) {
    const ownHit = !trigger.data.incidental && trigger.data.kind === 'strike' && (input.passive || trigger.data.voice === 'passive' || (trigger.data.voice === 'noun' && HIT_NOUN.test(trigger.text)))
    return ownHit ? party : null
  }
  return opposite(reference)
}

// The side that lost, named as a loss's owner (class: "Russia lost 1,100 men a day, dead or wounded",
// "Moscow's October toll at 31,000 dead", "the losses of the enemy", "ВСУ лишились до 300 военнослужащих
// убитыми и ранеными", "втрати окупантів склали", "потери противника", "14 Russian armored vehicles destroyed
// near X"). A toll whose first event word is a victim's word ("dead", "убитыми", "destroyed") read the side
// before it as the one that killed; a side that owns the loss suffered it, and the other side inflicted it.
const LOSE_AFTER = /^['’]?s?\s+(?:(?:has|have|had|also|again|already|reportedly|allegedly|thus|so\s+far|in\s+total|за\s+\p{L}+\s+\p{L}+|\p{L}+ly)\s+)*(?:lost|loses|losing|suffered|sustained|втрати(?:в|ла|ли|ть|ло)|втрачає|втрачають|лишил(?:ся|ась|ись|ось)|лишив(?:ся|ши)|позбул(?:ся|ась|ись)|потерял[аио]?|потеряв|теряет|теряют|недосчитал(?:ся|ась|ись)|понес(?:ла|ли|ло)?\s+потер|несут\s+потери|несёт\s+потери|несет\s+потери|несе\s+втрати|несуть\s+втрати|зазна(?:в|ла|ли|ло|ють|є)\s+(?:\p{L}+\s+)?втрат)(?![\p{L}])/iu
const TOLL_AFTER = /^['’]s?\s+(?:[\p{L}-]+\s+){0,2}?(?:toll|death\s+toll|losses|casualties|dead)(?![\p{L}])/iu
const LOSSES_OF_BEFORE = endsWithMatch(/(?:\b(?:losses|toll|casualties)\s+(?:of|among|for)\s+(?:the\s+)?|(?:^|[^\p{L}])(?:втрати|втрат|втратами|потери|потерь|потерями)\s+(?:\p{Ll}+(?:ого|ої|их|ых|ей|ой|ів|ов)\s+)?)$/iu)
/** What a loss's owner may have lost in an English reduced passive ("14 Russian armored vehicles destroyed near X"), read from the side's first word. */
const LOST_HEAD_PASSIVE = /^\S+\s+(?:[\p{L}-]+\s+){0,2}?(?:vehicles?|tanks?|armou?r|APCs?|IFVs?|soldiers|troops|servicemen|personnel|men|infantry|fighters|equipment|howitzers?|guns?|artillery|systems?|boats?|ships?|helicopters?|jets?|aircraft)\s+(?:(?:were|was|being|been|have\s+been|had\s+been)\s+)?(?:destroyed|killed|wounded|captured|taken\s+prisoner|eliminated|damaged|downed|shot\s+down|knocked\s+out|burned|sunk)(?=\s+(?:near|in|at|on|over|outside|around|since|during|by|across|along|this|last|overnight)\b|\s*[,.;:)]|\s*$)/iu
/** An attack named after the side: "the toll of Russian strikes" is the strikes' toll, not Russia's. */
const ATTACK_AFTER_SIDE = /^\s+(?:[\p{L}-]+\s+)?(?:shelling|strikes?|attacks?|bombardments?|missiles?|drones?|fire|aggression|ударів|удари|атак\p{L}*|обстріл\p{L}*|обстрел\p{L}*|агресі\p{L}*|агресси\p{L}*)(?![\p{L}])/iu

/**
 * The side whose losses a toll's clause tells, resolved against the speaker; null when none or two sides are so named.
 */
export function lossOwnerSide(text: string, clause: Span, markers: readonly PhraseMatch<SideData>[], speakerSide: SpeakerSide, lang: ActorSideInput['lang'], speakerIsOutlet: boolean): Side | null {
  let side: Side | null = null
  for (const m of markers) {
    if (m.span[0] < clause[0] || m.span[1] > clause[1]) continue
    const after = text.slice(m.span[1], Math.min(clause[1], m.span[1] + 90))
    const lead = text.slice(Math.max(clause[0], m.span[0] - 30), m.span[0])
    const owns = LOSE_AFTER.test(after) || (lang === 'en' && (TOLL_AFTER.test(after) || LOST_HEAD_PASSIVE.test(text.slice(m.span[0], Math.min(clause[1], m.span[0] + 120))))) || (LOSSES_OF_BEFORE(lead) && !ATTACK_AFTER_SIDE.test(after))
    if (!owns) continue
    const resolved = resolveMarker(m, speakerSide, lang, speakerIsOutlet)
    if (!resolved) continue
    if (side && side !== resolved.side) return null
    side = resolved.side
  }
  return side
}

// Clashes told as between the two sides (class: "163 combat clashes took place between the Defence Forces
// and the invaders", "між нашими підрозділами та окупантами відбулося 176 боєзіткнень", "между российскими
// войсками и ВСУ произошло 40 боестолкновений"): an engagement both sides fought is neither's attack
// (convention 9: an actorless assault), whichever side is named nearer the count.
const ENGAGEMENT_WORD = /(?:clash|engagement|firefight|skirmish|зіткнен|боєзіткнен|боезіткнен|боестолкновен|столкновен|сутичк|стычк)/iu
const BETWEEN_TWO = /(?:^|[^\p{L}])(?:between|між|межи|между)\s+[^.;:!?]{2,80}?\s(?:and|та|і|й|и)\s/iu

/** Whether an event word is an engagement (with "combat" beside it) and the clause says it was fought between two parties. */
export function isEngagementBetweenSides(text: string, clause: Span, triggers: readonly PhraseMatch<TriggerData>[]): boolean {
  return triggers.some((t) => ENGAGEMENT_WORD.test(t.text)) && BETWEEN_TWO.test(text.slice(clause[0], clause[1]))
}
