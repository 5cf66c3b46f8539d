import type { Span } from '../../domain/index.js'
import type { PhraseMatch, Token } from './phrase-matcher.js'
import type { ClaimKind } from '../../domain/index.js'
import { trigger, type FrameInput, type FrameMatch, type SideData, type TriggerData } from './types.js'
import { findNear, someNear } from './near-matches.js'
import { ARRIVE, formTable, HARM, REPEL, SEIZE, WITHDRAW, type VerbClass } from './en-verb-classes.js'
import { TOPONYM_SHAPE } from './toponym-shape.js'

export { verbForms } from './en-verb-classes.js'

// English argument frames: an event's kind read from the shape of its clause when the lexicon has no
// phrase for its verb. New writing keeps finding verbs for old events ("battled into the depot",
// "chased them back across the river", "sank two boats", "hurled 97 shells on the region"), but the
// frame around the verb stays the same: who moves (a force), which way (a directional particle) and
// to what (a place or position), or what is done to what (a destruction verb and military equipment,
// any verb delivering munitions onto a target). The frame decides the kind; the verb may be any word
// in its slot. Each frame asks for its military subject or object, so that people moving into
// shelters, shares that sank and a car driven out of the city stay no event.
//
// Only verbs the lexicon did not match are read (a lexicon phrase overlapping the frame's words
// wins), so the frames add recall and never change what a listed phrase says. Linear in the tokens:
// each token costs one map lookup; frames look at most a dozen tokens either side.

const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'have', 'has', 'had', 'having', 'do', 'does', 'did', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'reportedly', 'allegedly', 'apparently', 'also', 'now', 'then', 'finally', 'again', 'already', 'still', 'just', 'since', 'later', 'once', 'twice', 'eventually', 'not', 'never', 'even', 'soon', 'quickly', 'slowly', 'gradually', 'successfully', 'repeatedly', 'ultimately', 'largely', 'partly', 'likely', 'probably', 'to', 'managed', 'able'])
/** Words between a verb and its particle that do not make the verb transitive ("pushed deep into"). */
const MANNER = new Set(['deep', 'deeper', 'further', 'farther', 'right', 'straight', 'well', 'even', 'all', 'the', 'way', 'also', 'steadily', 'slowly', 'quickly', 'gradually', 'eventually', 'finally', 'again'])
const PRONOUN_SUBJECTS = new Set(['they', 'we', 'he', 'she', 'it', 'they’ve', "they've", 'we’ve', "we've", 'they’d', "they'd", 'he’d', "he'd"])
const MAKE = new Set(['made', 'make', 'makes', 'making'])
const COORDINATORS = new Set(['and', 'then', 'but', 'before', 'after'])
const PRONOUN_OBJECTS = new Set(['them', 'him', 'it'])

/** Heads of noun phrases naming armed people or units ("assault groups", "his men", "the brigade"). */
const FORCE_HEADS = new Set([
  'troops', 'forces', 'force', 'units', 'unit', 'soldiers', 'soldier', 'servicemen', 'infantry', 'infantrymen', 'paratroopers', 'marines', 'fighters', 'defenders',
  'attackers', 'infiltrators', 'saboteurs', 'stormtroopers', 'assaulters', 'crews', 'gunners', 'operators', 'sappers', 'scouts', 'raiders', 'commandos', 'mercenaries',
  'conscripts', 'convicts', 'reservists', 'army', 'military', 'brigade', 'brigades', 'regiment', 'regiments', 'division', 'divisions', 'corps', 'battalion', 'battalions',
  'platoon', 'platoons', 'squad', 'squads', 'detachment', 'detachments', 'garrison', 'russians', 'ukrainians', 'occupiers', 'invaders', 'enemy', 'rangers', 'guardsmen',
  'tankers', 'pilots', 'gunmen', 'snipers', 'sharpshooters', 'militants', 'separatists', 'wagner', 'akhmat', 'vdv', 'afu', 'zsu', 'defence', 'defense', 'defences', 'defenses', 'grouping', 'columns', 'column',
])
/** Heads that name armed people only after their owner or side ("his men", "Russian groups"). */
const OWNED_HEADS = new Set(['men', 'groups', 'group', 'teams', 'team', 'company', 'companies', 'boys', 'guys', 'lads', 'personnel', 'comrades'])
const OWNERS = new Set(['his', 'her', 'our', 'their', 'its', 'russian', 'ukrainian', 'enemy', 'assault', 'sabotage', 'infiltration', 'storm', 'attack', 'reconnaissance', 'recon', 'strike', 'raiding', 'infantry', 'hostile', 'fire', 'mobile', 'drone', 'fpv', 'mortar', 'sniper'])

const NATIONAL = new Set(['russian', 'ukrainian', 'enemy', 'hostile'])

/** Weapons as subjects ("a drone careened into a warehouse") and munitions as what is delivered. */
const MUNITION_HEADS = new Set([
  'drone', 'drones', 'uav', 'uavs', 'missile', 'missiles', 'rocket', 'rockets', 'shell', 'shells', 'bomb', 'bombs', 'shahed', 'shaheds', 'geran', 'gerans',
  'projectile', 'projectiles', 'munition', 'munitions', 'warhead', 'warheads', 'kab', 'kabs', 'fab', 'fabs', 'grenade', 'grenades', 'mortars', 'rounds',
  'salvo', 'salvos', 'barrage', 'barrages', 'iskander', 'iskanders', 'kinzhal', 'kalibr', 'kalibrs', 'himars', 'atacms', 'grad', 'grads', 'explosives', 'ordnance',
])
/** Military equipment: destroyed, it is a loss (gold: equipment put out of action is `casualties`). */
const EQUIPMENT_HEADS = new Set([
  'tank', 'tanks', 'apc', 'apcs', 'ifv', 'ifvs', 'bmp', 'bmps', 'btr', 'btrs', 'howitzer', 'howitzers', 'launcher', 'launchers', 'radar', 'radars', 'boat', 'boats',
  'ship', 'ships', 'vessel', 'vessels', 'barge', 'barges', 'craft', 'landing', 'warship', 'warships', 'submarine', 'frigate', 'corvette', 'patrol', 'helicopter',
  'helicopters', 'jet', 'jets', 'warplane', 'warplanes', 'bomber', 'bombers', 'fighter', 'gun', 'guns', 'cannon', 'artillery', 'mlrs', 'bradley', 'bradleys',
  'leopard', 'leopards', 'abrams', 'motorcycle', 'motorcycles', 'motorbikes', 'motorbike', 'buggies', 'buggy', 'quad', 'quads', 'armour', 'armor', 'pieces', 'systems', 'system', 'vehicles', 'vehicle', 'trucks',
  'dugout', 'dugouts', 'depot', 'depots', 'ammunition', 'carriers', 'carrier',
])
/** Aerial attackers: brought down, the claim is the strike intercepted (its side is the weapon's). */
const AERIAL_HEADS = new Set(['drone', 'drones', 'uav', 'uavs', 'missile', 'missiles', 'rocket', 'rockets', 'shahed', 'shaheds', 'geran', 'gerans', 'kabs', 'bombs', 'projectiles', 'aircraft'])
/** Words before a drone or missile head in a counted object ("22 of 25 cruise missiles", "40 attack drones"). */
const AERIAL_MODIFIERS = new Set(['cruise', 'ballistic', 'attack', 'kamikaze', 'guided', 'glide', 'hypersonic', 'strike', 'decoy', 'jet-powered', 'shahed-type', 'long-range', 'iskander', 'kalibr', 'kh-101', 'kinzhal'])
/** Modifiers that make a generic vehicle military ("armoured vehicles", "Russian trucks"). */
const MILITARY_MODIFIERS = new Set(['armoured', 'armored', 'military', 'combat', 'russian', 'ukrainian', 'enemy', 'infantry', 'fighting', 'artillery', 'air', 'defence', 'defense', 'landing', 'supply', 'ammunition', 'fuel'])

/** Heads of places and positions a force moves into, out of or across. */
const PLACE_HEADS = new Set([
  'village', 'villages', 'town', 'towns', 'city', 'settlement', 'settlements', 'hamlet', 'hamlets', 'outskirts', 'edge', 'edges', 'fringe', 'fringes', 'approaches',
  'centre', 'center', 'district', 'districts', 'quarter', 'quarters', 'neighbourhood', 'neighborhood', 'neighbourhoods', 'neighborhoods', 'suburb', 'suburbs', 'depot',
  'station', 'plant', 'factory', 'works', 'mine', 'block', 'blocks', 'building', 'buildings', 'houses', 'streets', 'street', 'positions', 'position', 'trenches',
  'trench', 'dugouts', 'treeline', 'treelines', 'tree', 'woods', 'forest', 'belt', 'belts', 'line', 'lines', 'defences', 'defenses', 'bridgehead', 'river', 'bank',
  'border', 'frontier', 'heights', 'height', 'hill', 'ridge', 'valley', 'railway', 'highway', 'road', 'crossroads', 'junction', 'zone', 'airfield', 'port',
  'administration', 'outpost', 'strongpoint', 'strongpoints', 'stronghold', 'foothold', 'territory', 'region', 'oblast', 'province', 'area', 'sector', 'salient',
  'bridge', 'elevator', 'farm', 'estate', 'cemetery', 'park', 'square', 'yard', 'yards', 'complex', 'plateau', 'quarry', 'hospital', 'school', 'canal', 'reservoir',
  'embankment', 'ravine', 'gully', 'pocket', 'perimeter', 'flank', 'rear', 'ruins', 'high-rises', 'apartment', 'apartments', 'basement', 'basements', 'cellars', 'tower', 'towers', 'crossing', 'checkpoint', 'base', 'bases', 'warehouse', 'warehouses', 'hangar', 'hangars',
])
/** Places whose loss is a whole settlement's (a `capture`), not part of one. */
const SETTLEMENT_HEADS = new Set(['village', 'villages', 'town', 'towns', 'city', 'settlement', 'settlements', 'hamlet', 'hamlets'])
/** Targets of munitions: places, and what is in them. */
const TARGET_HEADS = new Set([...PLACE_HEADS, 'homes', 'home', 'house', 'infrastructure', 'substation', 'substations', 'market', 'warehouse', 'warehouses', 'refinery', 'terminal', 'facility', 'facilities', 'community', 'communities', 'hromada', 'neighbourhood', 'targets', 'target', 'cities', 'towns', 'country', 'palace', 'theatre', 'theater', 'church', 'stadium', 'library', 'museum', 'hotel', 'dormitory', 'clinic', 'kindergarten', 'office', 'offices', 'supermarket', 'mall', 'shop', 'store', 'hall', 'cinema', 'university', 'college', 'cathedral', 'depot', 'tanks', 'bridges', 'stations', 'substations', 'ports', 'plants', 'terminals'])
/** Shares of a place before "of" ("most of Kupiansk"): the place is named, but only part of it. */
const SHARES = new Set(['most', 'much', 'part', 'parts', 'half', 'rest', 'remainder', 'bulk', 'section', 'sections', 'swathes', 'portions', 'portion'])
/** Capitalised words that are no place. */
const NOT_PLACES = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'nato', 'eu', 'un', 'i', 'christmas', 'easter'])
/** Words in a noun phrase before its head: determiners, figures, adjectives of side and direction. */
const NP_FILLERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'some', 'another', 'more', 'other', 'few', 'many', 'dozens', 'hundreds', 'thousands', 'scores', 'tens', 'of', 'about', 'at', 'least', 'nearly', 'almost', 'over', 'around', 'roughly', 'some', 'northern', 'southern', 'eastern', 'western', 'north', 'south', 'east', 'west', 'central', 'nearby', 'neighbouring', 'neighboring', 'last', 'first', 'remaining', 'old', 'new', 'russian', 'ukrainian', 'enemy', 'main', 'key', 'outer', 'inner', 'former', 'forward', 'defensive', 'fortified', 'industrial', 'residential', 'whole', 'entire', 'small', 'large', 'frontline', 'front-line', 'village', 'town', 'city', 'island', 'riverside', 'border'])

/** Particles after which a place entered or reached follows ("battled into", "closed up to"). */
const INTO = new Set(['into', 'onto', 'through', 'past', 'beyond', 'inside'])
/** Back-particles' prepositions: the mover withdraws, or pushes its object back across a line. */
const BACK_PREPOSITIONS = new Set(['across', 'over', 'behind', 'beyond', 'to', 'toward', 'towards', 'from', 'out', 'away', 'into'])
/** Verbs that read a direction without moving a force ("looked into", "ran into trouble"). */
const NOT_MOVING = new Set(['look', 'looked', 'looking', 'looks', 'ran', 'run', 'runs', 'running', 'turn', 'turned', 'turning', 'turns', 'bump', 'bumped', 'tap', 'tapped', 'tapping', 'dig', 'dug', 'digging', 'buy', 'bought', 'fall', 'fell', 'fallen', 'falls', 'falling', 'put', 'said', 'say', 'says', 'see', 'saw', 'seen', 'sees', 'went', 'come', 'came', 'comes', 'coming', 'back', 'is', 'are', 'was', 'were', 'be', 'been', 'get', 'got', 'gets', 'getting', 'translate', 'translated', 'invest', 'invested', 'pour', 'poured', 'checked', 'check', 'peer', 'peered', 'dragged', 'drawn', 'drew', 'sank', 'sink', 'sunk', 'stepped', 'step', 'lived', 'live', 'living', 'moved', 'move', 'moving', 'moves', 'fired', 'fire', 'fires', 'firing', 'shot', 'shoot'])
/** Delivering, as opposed to supplying: "supplied Ukraine with missiles" is no strike. */
const SUPPLYING = new Set(['supply', 'supplied', 'supplies', 'supplying', 'provide', 'provided', 'provides', 'providing', 'equip', 'equipped', 'equips', 'equipping', 'arm', 'armed', 'arms', 'arming', 'deliver', 'delivered', 'delivers', 'delivering', 'ship', 'shipped', 'ships', 'shipping', 'give', 'gave', 'given', 'gives', 'giving', 'sell', 'sold', 'sells', 'selling', 'buy', 'bought', 'buys', 'buying', 'order', 'ordered', 'orders', 'produce', 'produced', 'produces', 'producing', 'make', 'made', 'makes', 'making', 'manufacture', 'manufactured', 'build', 'built', 'store', 'stored', 'spend', 'spent', 'donate', 'donated', 'pledge', 'pledged', 'promise', 'promised', 'transfer', 'transferred', 'receive', 'received', 'get', 'got', 'need', 'needs', 'needed', 'want', 'wanted', 'lack', 'lacked', 'use', 'used', 'uses', 'using', 'imposed', 'impose', 'place', 'placed', 'focus', 'focused', 'rely', 'relied', 'relies', 'fill', 'filled', 'stock', 'stocked', 'load', 'loaded', 'pack', 'packed', 'test', 'tested', 'show', 'showed', 'shown', 'display', 'displayed', 'spot', 'spotted', 'see', 'saw', 'seen'])

// ---- Verb classes, each lemma with its inflections (rules below, irregular forms given after '/').

/** Destroying or disabling (on equipment: losses; on aerial attackers: interceptions). */
const DESTROY_LEMMAS = ['sink/sank/sunk', 'torch', 'burn/burnt', 'wreck', 'destroy', 'down', 'smash', 'disable', 'cripple', 'immobilise', 'immobilize', 'neutralise', 'neutralize', 'eliminate', 'obliterate', 'annihilate', 'incinerate', 'ambush', 'bag+', 'scuttle', 'ram+', 'blast', 'pulverise', 'pulverize', 'demolish', 'scorch', 'flatten', 'gut+', 'hit/hit/hit', 'strike/struck/struck', 'zap+', 'fry/fried', 'kill', 'shred', 'bust', 'knock', 'take/took/taken', 'blow/blew/blown', 'pick', 'finish', 'hunt', 'shoot/shot/shot', 'bring/brought/brought', 'swat+', 'intercept', 'engage']
/** Of those, the ones that need their particle: "knocked out", "blew up", "picked off". */
const DESTROY_PARTICLE: Record<string, readonly string[]> = { knock: ['out'], take: ['out'], blow: ['up'], pick: ['off'], finish: ['off'], hunt: ['down'], shoot: ['down'], bring: ['down'], burn: [], engage: [], intercept: [] }
/** Throwing a force at a place: an attack ("would throw it at Stepnohirsk"). */
const THROW_LEMMAS = ['throw/threw/thrown', 'hurl', 'fling/flung/flung', 'commit+', 'send/sent/sent', 'toss', 'feed/fed/fed', 'pour']
/** Attempts named by a noun with their target ("another attempt on Kupiansk", "a fresh push at Pokrovsk"). */
const ATTEMPT_NOUNS = new Set(['attempt', 'attempts', 'push', 'pushes', 'bid', 'bids', 'stab', 'drive', 'drives', 'thrust', 'thrusts', 'lunge', 'lunges', 'foray', 'forays', 'effort', 'efforts', 'crack'])
/** Failure told as the attack's outcome ("got nowhere", "came to nothing", "fizzled out"). */
const FAILURE_LEMMAS = ['stall', 'fizzle', 'peter', 'falter', 'founder', 'flounder', 'sputter']

const DESTROY = formTable(DESTROY_LEMMAS)
// "felled 63 drones": the verb "fell" (to bring down); its base form is "fall"'s past, so only the others.
for (const f of ['felled', 'felling', 'fells']) DESTROY.set(f, 'fell')
const THROW = formTable(THROW_LEMMAS)
const FAILING = formTable(FAILURE_LEMMAS)

// ---- The data each frame gives its match (as a lexicon rule would).

const ADVANCE = trigger('advance', '', { needsActor: true }).data
const ADVANCE_PUSH = trigger('advance', '', { needsActor: true, repels: true }).data
const ADVANCE_PASSIVE = trigger('advance', '', { voice: 'passive', repels: true }).data
const CAPTURE = trigger('capture', '', { needsActor: true }).data
const CAPTURE_PASSIVE = trigger('capture', '', { voice: 'passive' }).data
const WITHDRAWAL = trigger('withdrawal', '', { needsActor: true }).data
const LOSSES = trigger('casualties', '').data
const LOSSES_PASSIVE = trigger('casualties', '', { voice: 'passive' }).data
const INTERCEPTED = trigger('strike', '', { subject: 'victim', object: 'agent', defaultSide: 'enemy' }).data
const STRIKE = trigger('strike', '').data
const OTHER = trigger('other', '').data
const ASSAULT = trigger('assault', '').data
const ASSAULT_NOUN = trigger('assault', '', { voice: 'noun', weak: true }).data

interface Words {
  readonly text: string
  readonly tokens: readonly Token[]
  readonly sides: readonly PhraseMatch<SideData>[]
}

/** Whether tokens i and j (i < j, adjacent) are joined by white space (or a hyphen) only: one stretch of a clause. */
function joined(w: Words, i: number): boolean {
  const a = w.tokens[i]
  const b = w.tokens[i + 1]
  if (!a || !b) return false
  for (let k = a.end; k < b.start; k++) {
    const c = w.text.charCodeAt(k)
    if (c !== 0x20 && c !== 0x0a && c !== 0x2d && c !== 0xa0 && c !== 0x09) return false
    if (c === 0x0a && k + 1 < b.start && w.text.charCodeAt(k + 1) === 0x0a) return false
  }
  return true
}

function lower(w: Words, i: number): string {
  return w.tokens[i]?.lower ?? ''
}

function isCapitalised(w: Words, i: number): boolean {
  const t = w.tokens[i]
  if (!t) return false
  const c = w.text.charCodeAt(t.start)
  return c >= 0x41 && c <= 0x5a
}

/** A strong side marker ending at token i's end (or covering it): "Russian assault groups", "His men". */
function sideEndingAt(w: Words, i: number): PhraseMatch<SideData> | null {
  const t = w.tokens[i]!
  // (A side covering the word overlaps it.)
  return findNear(w.sides, t.start, t.end, (m) => m.data.strong && m.span[0] <= t.start && m.span[1] >= t.end) ?? null
}

/** Whether a noun phrase ending at token `head` names armed people (a force, a unit, owned men). */
function isForce(w: Words, head: number, allowPronoun: boolean): boolean {
  const word = lower(w, head)
  if (FORCE_HEADS.has(word) || sideEndingAt(w, head)) return true
  if (OWNED_HEADS.has(word) && head > 0 && joined(w, head - 1)) {
    const owner = lower(w, head - 1)
    // "his company", "assault teams"; not "the Ukrainian team" of a match report.
    if (OWNERS.has(owner) && (!/^(?:teams?|compan(?:y|ies))$/.test(word) || !NATIONAL.has(owner))) return true
  }
  if (allowPronoun && PRONOUN_OBJECTS.has(word)) return true
  return false
}

/**
 * The subject of the verb at token v: back over auxiliaries and adverbs to the head word before them.
 * Military when the head is a force, or a pronoun with a force named in the 400 characters before.
 */
function militarySubject(w: Words, v: number): boolean {
  let i = v - 1
  while (i >= 0 && joined(w, i) && (AUXILIARIES.has(lower(w, i)) || /ly$/.test(lower(w, i)))) i--
  if (i < 0 || !joined(w, i)) return false
  const head = lower(w, i)
  const at = w.tokens[i]!.start
  // (A side ending in the 400 characters before overlaps them; so below.)
  if (PRONOUN_SUBJECTS.has(head)) return someNear(w.sides, at - 400, at, (m) => m.data.strong && m.span[1] <= at && m.span[1] > at - 400)
  // "advanced into Pokrovsk and later sidled into …": a coordinated verb shares the force that
  // opens its sentence.
  if (COORDINATORS.has(head)) return someNear(w.sides, at - 200, at, (m) => m.data.strong && m.span[1] <= at && m.span[1] > at - 200 && !/[.!?]\s/.test(w.text.slice(m.span[1], at)))
  return isForce(w, i, false) || forceBeforeOf(w, i)
}

/**
 * "the drone crews of my sector", "gunners of the 47th": a force head before a short of-phrase that
 * ends at token `i` (the of-phrase names where the force serves, not the subject).
 */
function forceBeforeOf(w: Words, i: number): boolean {
  for (let k = i - 1; k >= 1 && k >= i - 4; k--) {
    if (!joined(w, k)) return false
    if (lower(w, k) === 'of') return isForce(w, k - 1, false)
    if (!/^(?:my|our|his|her|their|its|the|this|that|a|an|[\p{N}]+(?:st|nd|rd|th)?|[a-z-]+)$/u.test(lower(w, k))) return false
  }
  return false
}

/**
 * "Russian troops did, however, work their way …": the verb at v after an aside set off by commas
 * ("did, however,", "have, though,"), its subject a force before the aside.
 */
function militaryAfterAside(w: Words, v: number): boolean {
  if (v < 3 || joined(w, v - 1)) return false
  const aside = lower(w, v - 1)
  if (!/^(?:however|though|nonetheless|nevertheless|still|too|also)$/.test(aside) || !/^\s*,\s*$/.test(w.text.slice(w.tokens[v - 1]!.end, w.tokens[v]!.start))) return false
  if (!/^\s*,\s*$/.test(w.text.slice(w.tokens[v - 2]!.end, w.tokens[v - 1]!.start))) return false
  return AUXILIARIES.has(lower(w, v - 2)) && militarySubject(w, v - 2)
}

/** The subject head at token v is a weapon ("a drone careened into", "two missiles plunged into"). */
function weaponSubject(w: Words, v: number): boolean {
  let i = v - 1
  while (i >= 0 && joined(w, i) && AUXILIARIES.has(lower(w, i))) i--
  return i >= 0 && joined(w, i) && MUNITION_HEADS.has(lower(w, i))
}

interface Place {
  /** The last token of the phrase. */
  readonly end: number
  /** Whether it names a whole settlement (its loss is a capture), not part of one. */
  readonly settlement: boolean
}

/**
 * A place or position starting at token `from`: determiners, figures and adjectives, then a place
 * head ("the locomotive depot", "two apartment blocks", "the river") or a name ("Kupiansk",
 * "Kostiantynivka's northern fringe"); null when the phrase names none within six words.
 */
function placeAt(w: Words, from: number, heads: ReadonlySet<string> = PLACE_HEADS): Place | null {
  // "most of Kupiansk", "half of the former palace": a share of the place, never all of it.
  let share = false
  for (let i = from; i < from + 7 && i < w.tokens.length; i++) {
    if (i > from && !joined(w, i - 1)) return null
    const word = lower(w, i)
    if (isCapitalised(w, i) && !NOT_PLACES.has(word) && !/^\d/.test(word)) {
      // A name; "Kostiantynivka's northern fringe", "Kupiansk city centre" name part of it.
      const possessive = /['’]s$/.test(word)
      const next = joined(w, i) ? lower(w, i + 1) : ''
      const part = share || possessive || (next !== '' && PLACE_HEADS.has(next) && !SETTLEMENT_HEADS.has(next))
      return { end: i, settlement: !part }
    }
    // "the city's bridges", "the port's terminals": a place's possessive before the place hit.
    if (/['’]s$/.test(word) && (heads.has(word.slice(0, -2)) || PLACE_HEADS.has(word.slice(0, -2))) && joined(w, i)) continue
    if (heads.has(word)) {
      const next = joined(w, i) ? lower(w, i + 1) : ''
      // "the village centre", "the town's outskirts": part of it.
      const part = next !== '' && PLACE_HEADS.has(next) && !SETTLEMENT_HEADS.has(next)
      return { end: part ? i + 1 : i, settlement: SETTLEMENT_HEADS.has(word) && !part && !share }
    }
    if (SHARES.has(word) && joined(w, i) && lower(w, i + 1) === 'of') {
      share = true
      i++
      continue
    }
    if (!NP_FILLERS.has(word) && !/^\d/.test(word) && !/(?:ern|al|ive|ic|ed|ing|ian|ish)$/.test(word) && i > from + 1) return null
  }
  return null
}

/** An object noun phrase from `from` up to (not including) `to`: a force (true), a pronoun, or not one. */
function forceObject(w: Words, from: number, to: number): boolean {
  if (to <= from || to - from > 6) return false
  for (let i = from; i < to - 1; i++) if (!joined(w, i)) return false
  return isForce(w, to - 1, true)
}

function span(w: Words, a: number, b: number): Span {
  return [w.tokens[a]!.start, w.tokens[b]!.end]
}

function match(w: Words, a: number, b: number, data: TriggerData): PhraseMatch<TriggerData> {
  const s = span(w, a, b)
  return { span: s, text: w.text.slice(s[0], s[1]), data }
}

/** The verb before token p, past manner words ("pushed deep into"); -1 when the slot holds none. */
function verbBefore(w: Words, p: number): number {
  let v = p - 1
  while (v >= 0 && joined(w, v) && MANNER.has(lower(w, v))) v--
  // "pushed about 12 miles beyond the line": a distance between the verb and its particle.
  const d = distanceBefore(w, v)
  if (d >= 0) v = d - 1
  if (v < 0 || !joined(w, v)) return -1
  const word = lower(w, v)
  if (!/^[a-z][a-z'’-]*$/.test(word) || AUXILIARIES.has(word) || isCapitalised(w, v)) return -1
  return v
}

/** Whether the word at v reads as a verb form (past, participle, -ing, -s or a base after an auxiliary). */
function verbLike(w: Words, v: number): boolean {
  const word = lower(w, v)
  if (FUNCTION_WORDS.has(word) || FORCE_HEADS.has(word) || OWNED_HEADS.has(word)) return false
  if (/(?:ed|en|ing)$/.test(word) || IRREGULAR_PAST.has(word)) return true
  // A base or -s form only right after its auxiliary or subject ("will edge up to", "they slip into").
  const before = v > 0 && joined(w, v - 1) ? lower(w, v - 1) : ''
  return AUXILIARIES.has(before) || PRONOUN_SUBJECTS.has(before) || FORCE_HEADS.has(before) || OWNED_HEADS.has(before)
}

/** Words that never fill a verb's slot ("troops over the past day", "forces inside the plant"). */
const FUNCTION_WORDS = new Set(['over', 'in', 'at', 'on', 'of', 'from', 'to', 'by', 'with', 'near', 'around', 'across', 'under', 'along', 'outside', 'inside', 'the', 'a', 'an', 'and', 'or', 'but', 'as', 'up', 'down', 'out', 'off', 'into', 'onto', 'past', 'through', 'beyond', 'toward', 'towards', 'for', 'than', 'that', 'which', 'who', 'this', 'these', 'those', 'their', 'its', 'his', 'her', 'our', 'them', 'it', 'they', 'we', 'he', 'she', 'not', 'no', 'all', 'some', 'more', 'most', 'each', 'every', 'also', 'still', 'now', 'then', 'there', 'here', 'further', 'deep', 'far'])

const IRREGULAR_PAST = new Set(['fought', 'broke', 'drove', 'threw', 'thrown', 'swept', 'rode', 'ran', 'stole', 'crept', 'slid', 'burst', 'tore', 'struck', 'bit', 'sprang', 'sprung', 'spread', 'swam', 'swum', 'flew', 'flown', 'strode', 'stormed', 'forced', 'sent', 'led', 'chased', 'cut', 'thrust', 'hurtled', 'dashed', 'slipped', 'bled', 'sped', 'shot', 'knocked', 'hit', 'beat', 'won', 'overran', 'went', 'made', 'got', 'took', 'bore', 'pressed', 'bust', 'cast', 'flung', 'fed', 'hurled'])

/**
 * Event words found by their frames in an English text, for the spans no lexicon phrase covers.
 * Sorted by start.
 */
export function findEnglishFrames(input: FrameInput): FrameMatch[] {
  const w: Words = { text: input.text, tokens: input.tokens, sides: input.sides }
  const out: FrameMatch[] = []
  const n = w.tokens.length
  for (let p = 0; p < n; p++) {
    const word = w.tokens[p]!.lower
    const found = (word === 'down' || word === 'up' || word === 'compared' || word === 'compares' || word === 'compare' || word === 'comparing') && joined(w, p) && /^(?:from|with|to)$/.test(lower(w, p + 1))
      ? comparisonFrame(w, p, input.triggers, p + 2) ?? (word === 'up' ? intoFrame(w, p) ?? reinforceFrame(w, p) : word === 'down' ? destroyFrame(w, p) : null)
      : word === 'against' || word === 'versus' || word === 'vs'
        ? comparisonFrame(w, p, input.triggers, p + 1)
      : (((word === 'cent' || word === 'percent') && joined(w, p)) || (w.text.charCodeAt(w.tokens[p]!.end) === 0x25 && /^\d/.test(word) && /^%\s+$/.test(w.text.slice(w.tokens[p]!.end, w.tokens[p + 1]?.start ?? 0)))) && lower(w, p + 1) === 'of'
        ? percentShareFrame(w, p, input.triggers)
      : (word === 'hospital' || word === 'hospitals' || word === 'bodies' || word === 'body')
        ? aftermathFrame(w, p)
      : word === 'ablaze' || word === 'alight' || word === 'aflame'
        ? ablazeFrame(w, p)
      : word === 'figure' || word === 'total' || word === 'tally'
        ? figureFrame(w, p, input.triggers)
      : SHARE_WORDS.has(word)
        ? shareFrame(w, p, input.triggers)
      : word === 'blow' || word === 'blows'
        ? blowFrame(w, p)
      : word === 'again'
        ? tryAgainFrame(w, p)
      : INTO.has(word) || word === 'up' || word === 'in' || word === 'to'
      ? intoFrame(w, p) ?? (word === 'up' ? reinforceFrame(w, p) : null)
      : word === 'short' || word === 'within'
        ? distanceFrame(w, p)
      : word === 'sky'
        ? skyFrame(w, p)
      : LOSE.has(word)
        ? limbFrame(w, p, input.triggers) ?? lostPartFrame(w, p, input.triggers) ?? lostBuildingFrame(w, p, input.triggers) ?? lostPlaceFrame(w, p, input.triggers)
      : word === 'gone' || word === 'rubble' || word === 'ruins'
        ? goneFrame(w, p, input.triggers)
      : word === 'got' || word === 'get' || word === 'gets'
        ? gotTargetFrame(w, p, input.triggers)
      : word === 'roof' || word === 'fire' || word === 'blaze'
        ? resultFrame(w, p, input.triggers)
      : word === 'away' || word === 'safety' || word === 'safer'
        ? civiliansMovedFrame(w, p)
      : word === 'out' || word === 'from'
        ? outFrame(w, p)
        : word === 'back'
          ? backFrame(w, p)
          : DESTROY.has(word)
            ? destroyFrame(w, p) ?? (TAKE.has(word) ? takeFrame(w, p) ?? partTakenFrame(w, p) : null)
          : TAKE.has(word) || PART_TAKE.has(word)
            ? takeFrame(w, p) ?? partTakenFrame(w, p)
            : MUNITION_HEADS.has(word)
              ? munitionFrame(w, p)
              : ATTEMPT_NOUNS.has(word)
                ? attemptFrame(w, p)
                : THROW.has(word)
                  ? throwFrame(w, p)
                  : word === 'nowhere' || word === 'nothing' || FAILING.has(word)
                    ? failureFrame(w, p, input.triggers)
                    : LEAVING.has(word)
                      ? leavingFrame(w, p) ?? leftBurningFrame(w, p) ?? leftHurtFrame(w, p, input.triggers)
                      : word === 'after' || word === 'for'
                        ? goAfterFrame(w, p)
                      : word === 'fell'
                        ? fellFrame(w, p, input.triggers)
                      : word === 'way'
                        ? wayFrame(w, p)
                      : FLY.has(word)
                        ? flagFliesFrame(w, p)
                      : SHOW.has(word)
                        ? footageFrame(w, p)
                      : word === 'sitting' || word === 'dug' || word === 'defend' || word === 'defending'
                        ? holdFrame(w, p)
                      : word === 'failed' || word === 'fail' || word === 'fails'
                        ? failedToFrame(w, p)
                      : INTEND.has(word)
                        ? intentFrame(w, p)
                      : word === 'whose'
                        ? whoseHoldsFrame(w, p)
                        : null
    if (found) out.push(found)
  }
  // The verb classes, where no frame above read the verb (one map lookup per token).
  const read = out.length
  for (let p = 0; p < n; p++) {
    const found = classFrame(w, p)
    if (!found) continue
    const t = w.tokens[p]!
    if (out.some((f, k) => k < read && f.span[0] <= t.start && f.span[1] >= t.end)) continue
    out.push(found)
  }
  return out.sort((a, b) => a.span[0] - b.span[0])
}

/**
 * "battled into the depot", "closed up to the border", "rolled past Kindrativka", "pushed as far as
 * the railway", "closed in on X": a force moving into, through or up to a place is its advance; a
 * weapon flying into one ("a drone careened into a warehouse") is a strike.
 */
function intoFrame(w: Words, p: number): FrameMatch | null {
  let last = p
  const word = lower(w, p)
  if (word === 'up' && joined(w, p) && /^(?:the|a)$/.test(lower(w, p + 1))) return routeFrame(w, p)
  if (word === 'to') {
    // "made it to the edge of the village", "make it into Kupiansk" (with "into" below)
    if (p < 2 || !joined(w, p - 2) || !joined(w, p - 1) || lower(w, p - 1) !== 'it' || !MAKE.has(lower(w, p - 2))) return null
    const place = placeAt(w, p + 1)
    return place && militarySubject(w, p - 2) ? match(w, p - 2, p, ADVANCE) : null
  }
  if (word === 'into' && p >= 2 && lower(w, p - 1) === 'it' && MAKE.has(lower(w, p - 2)) && joined(w, p - 2) && joined(w, p - 1)) {
    const place = placeAt(w, p + 1)
    return place && militarySubject(w, p - 2) ? match(w, p - 2, p, ADVANCE) : null
  }
  if (word === 'up' || word === 'in') {
    // "up to", "in on"
    const next = joined(w, p) ? lower(w, p + 1) : ''
    if (!((word === 'up' && (next === 'to' || next === 'against')) || (word === 'in' && next === 'on'))) return null
    last = p + 1
  } else if (word === 'past' && p > 0 && lower(w, p - 1) === 'back') return null
  // "battered a path into", "clawed their way through": the force's path made by any verb is its
  // movement, also where the lexicon reads the verb as a strike.
  const pathBefore = INTO.has(word) && p >= 3 && joined(w, p - 1) && joined(w, p - 2) && /^(?:path|way|route|passage|entry|breach|opening|wedge|entrance)$/.test(lower(w, p - 1)) && /^(?:a|an|their|its|his|our)$/.test(lower(w, p - 2))
  if (pathBefore) {
    const pv = p - 3
    if (!joined(w, pv) || !verbLike(w, pv) || NOT_MOVING.has(lower(w, pv)) || !militarySubject(w, pv) || !placeAt(w, p + 1)) return null
    return { ...match(w, pv, p, ADVANCE), replaces: ADVANCE_OVER_STRIKE }
  }
  const v = verbBefore(w, p)
  // "worked their way roughly 1.5 kilometers into the suburbs": a path with its distance.
  if (INTO.has(word) && v >= 2 && /^(?:way|path|route)$/.test(lower(w, v)) && joined(w, v - 1) && joined(w, v - 2) && /^(?:their|its|his|our)$/.test(lower(w, v - 1))) {
    const pv = v - 2
    const moved = (verbLike(w, pv) && militarySubject(w, pv)) || militaryAfterAside(w, pv)
    if (!moved || NOT_MOVING.has(lower(w, pv)) || !placeAt(w, p + 1)) return null
    return { ...match(w, pv, p, ADVANCE), replaces: ADVANCE_OVER_STRIKE }
  }
  if (v < 0 || NOT_MOVING.has(lower(w, v)) || !verbLike(w, v)) return null
  const force = militarySubject(w, v)
  const place = placeAt(w, last + 1, force ? PLACE_HEADS : TARGET_HEADS)
  if (!place) return null
  if (force) return match(w, v, last, ADVANCE)
  if (word !== 'up' && word !== 'in' && weaponSubject(w, v)) return match(w, v, last, STRIKE)
  return null
}

/**
 * "had thrown them out of two apartment blocks", "drove the Russians from Berestok": a force putting
 * another out of a settlement takes it, out of positions or part of a town gains ground (gold
 * convention 5); in the passive ("were flushed out of the village") the agent did. A force going
 * out of a place by itself ("slipped out of the town") withdraws.
 */
function outFrame(w: Words, p: number): FrameMatch | null {
  const word = lower(w, p)
  let last = p
  if (word === 'out') {
    if (!joined(w, p) || lower(w, p + 1) !== 'of') return null
    last = p + 1
  }
  // The verb: right before the particle (intransitive), or before a force object.
  for (let v = p - 1; v >= 0 && v >= p - 7; v--) {
    if (!joined(w, v)) return null
    const vw = lower(w, v)
    if (!/^[a-z][a-z'’-]*$/.test(vw) || isCapitalised(w, v)) continue
    if (!verbLike(w, v) || AUXILIARIES.has(vw) || NOT_MOVING.has(vw) || FORCE_HEADS.has(vw)) continue
    if (NOT_EXPELLING.has(vw) || (word === 'from' && !EXPEL.has(vw))) return null
    const place = placeAt(w, last + 1)
    if (!place) return null
    const passive = v > 0 && joined(w, v - 1) && /^(?:was|were|been|being|is|are|get|got)$/.test(lower(w, v - 1)) && /(?:ed|en|wn|ung|ught)$|^(?:thrown|driven|flung|beaten|chased|forced|kicked|shot)$/.test(vw)
    if (passive && v === p - 1) {
      // "were flushed out of the village": the patient before the auxiliary is a force.
      let s = v - 2
      while (s >= 0 && joined(w, s) && AUXILIARIES.has(lower(w, s))) s--
      if (s < 0 || !isForce(w, s, true)) return null
      return match(w, v - 1, last, place.settlement ? CAPTURE_PASSIVE : ADVANCE_PASSIVE)
    }
    if (v === p - 1) {
      if (word !== 'out' || !militarySubject(w, v)) return null
      return match(w, v, last, WITHDRAWAL)
    }
    if (!forceObject(w, v + 1, p) || !militarySubject(w, v)) return null
    // A force put out of a whole settlement: its taking, also where the lexicon reads the object
    // as a movement ("flushed the last Russian infiltration groups out of Radkivka").
    if (place.settlement) return { ...match(w, v, last, CAPTURE), replaces: { weak: false, kinds: ['advance'] } }
    return match(w, v, last, ADVANCE_PUSH)
  }
  return null
}

/** Verbs that move people without expelling them ("rescued soldiers out of the village"). */
const NOT_EXPELLING = new Set(['rescue', 'rescued', 'rescues', 'rescuing', 'extract', 'extracted', 'extracting', 'evacuate', 'evacuated', 'evacuating', 'transfer', 'transferred', 'redeploy', 'redeployed', 'recruit', 'recruited', 'bring', 'brought', 'take', 'took', 'taken', 'taking', 'withdraw', 'withdrew', 'withdrawn', 'pull', 'pulled', 'pulling', 'ferry', 'ferried', 'recall', 'recalled', 'rotate', 'rotated', 'release', 'released', 'free', 'freed', 'exchange', 'exchanged', 'return', 'returned', 'returning', 'receive', 'received', 'hear', 'heard', 'get', 'got', 'send', 'sent', 'lead', 'led', 'help', 'helped', 'carry', 'carried', 'drag', 'dragged', 'bus', 'bused', 'bussed', 'walk', 'walked', 'smuggle', 'smuggled', 'sneak', 'sneaked', 'keep', 'kept'])
/** Expelling verbs that take "from" as well as "out of" ("drove the Russians from Berestok"). */
const EXPEL = formTable(['drive/drove/driven', 'chase', 'throw/threw/thrown', 'kick', 'force', 'push', 'oust', 'expel+', 'dislodge', 'flush', 'smoke', 'evict', 'clear', 'hound', 'rout', 'eject', 'boot', 'squeeze', 'knock', 'beat/beat/beaten', 'purge', 'sweep/swept/swept', 'eject', 'dislodge', 'shove', 'bounce'])

/**
 * "chased Russian infiltrators back across the river": a force pushing another back over a line gains
 * ground (after the pushed side's own attack, its attack repelled); "scrambled back across the
 * river" by itself, the mover withdraws; passive "were chased back" is the agent's gain.
 */
function backFrame(w: Words, p: number): PhraseMatch<TriggerData> | null {
  if (!joined(w, p)) return null
  const prep = lower(w, p + 1)
  if (prep === 'by') return backByFrame(w, p)
  if (!BACK_PREPOSITIONS.has(prep)) return null
  let last = p + 1
  if (prep === 'out' || prep === 'away') {
    if (!joined(w, p + 1) || !/^(?:of|from)$/.test(lower(w, p + 2))) return null
    last = p + 2
  }
  const place = placeAt(w, last + 1)
  if (!place) return null
  for (let v = p - 1; v >= 0 && v >= p - 7; v--) {
    if (!joined(w, v)) return null
    const vw = lower(w, v)
    if (!/^[a-z][a-z'’-]*$/.test(vw) || isCapitalised(w, v)) continue
    if (!verbLike(w, v) || AUXILIARIES.has(vw) || FORCE_HEADS.has(vw) || /^(?:come|came|comes|coming|get|got|gets|getting|bring|brought|brings|call|called|write|wrote|report|reported|say|said|hit|struck|strike|fought|fight|fights|fighting)$/.test(vw)) continue
    const passive = v > 0 && joined(w, v - 1) && /^(?:was|were|been|being|is|are|get|got)$/.test(lower(w, v - 1)) && v === p - 1
    if (passive) {
      let s = v - 2
      while (s >= 0 && joined(w, s) && AUXILIARIES.has(lower(w, s))) s--
      if (s < 0 || !isForce(w, s, true)) return null
      return match(w, v - 1, last, ADVANCE_PASSIVE)
    }
    if (v === p - 1) {
      // "back into the village" re-enters it: ground gained.
      if (!militarySubject(w, v)) return null
      return match(w, v, last, prep === 'into' ? ADVANCE : WITHDRAWAL)
    }
    // "before Ukrainian drones forced them back": drones push attackers back as troops do.
    if (!forceObject(w, v + 1, p) || !(militarySubject(w, v) || weaponSubject(w, v))) return null
    return match(w, v, last, ADVANCE_PUSH)
  }
  return null
}

const REPELLED_PASSIVE = trigger('repelled', '', { voice: 'passive', defaultSide: 'own', needsActor: true }).data

/**
 * "were chased back by drone crews", "was pushed back by artillery fire": attackers sent back by a
 * force or its fire are repelled (the passive subject attacked); a crowd held back by police, prices
 * pushed back by a ruling are no force.
 */
function backByFrame(w: Words, p: number): PhraseMatch<TriggerData> | null {
  const v = p - 1
  if (v < 1 || !joined(w, v) || !joined(w, v - 1) || !/^(?:was|were|been|being|got)$/.test(lower(w, v - 1))) return null
  if (!/(?:ed|en|wn|ven|own|ung|ught)$/.test(lower(w, v))) return null
  // The agent: a force, crews or fire ("by drone crews", "by our artillery", "by heavy fire").
  let agent = false
  for (let k = p + 2; k <= p + 5 && k < w.tokens.length; k++) {
    if (!joined(w, k - 1)) break
    const word = lower(w, k)
    if (isForce(w, k, false) || /^(?:fire|artillery|drones|mortars|defenders)$/.test(word)) {
      agent = true
      break
    }
  }
  if (!agent || !militarySubject(w, v)) return null
  return match(w, v - 1, p, REPELLED_PASSIVE)
}

/**
 * "sank two Russian boats", "torched five tanks", "knocked out 112 Ukrainian drones": a destruction
 * verb on military equipment is a loss; on drones or missiles in flight, the strike intercepted. In
 * the passive ("two boats were sunk") the patient's side lost them.
 */
function destroyFrame(w: Words, v: number): FrameMatch | null {
  const word = lower(w, v)
  const lemma = DESTROY.get(word)!
  // "down" alone is a particle far more often than a verb ("rained down on", "down the road").
  if (word === 'down') return downOnFrame(w, v) ?? (joined(w, v) && /^(?:the|a)$/.test(lower(w, v + 1)) ? routeFrame(w, v) : null)
  const particles = DESTROY_PARTICLE[lemma]
  let last = v
  if (particles && particles.length > 0) {
    if (!joined(w, v) || !particles.includes(lower(w, v + 1))) return null
    last = v + 1
  }
  // "burned nine of them", "downed most of them": a share of what was told before.
  const part = partitiveOf(w, last + 1)
  if (part >= 0 && actingSubject(w, v)) {
    const told = antecedentOf(w, v)
    if (told === 'aerial') return { ...match(w, v, part, INTERCEPTED), replaces: INTERCEPTED_OVER_LOSSES }
    if (told === 'equipment' || (told === 'force' && KILLING.has(lemma))) return { ...match(w, v, part, LOSSES), replaces: LOSSES_OVER_STRIKE }
  }
  // "Ukrainian air defence destroyed 118", "shot down 41 overnight": a bare count whose drones or
  // missiles were told just before is the strike intercepted (an elided head, as "of them" is above).
  const bare = last + 1
  if (bare < w.tokens.length && joined(w, last) && /^\d[\d,.]*$/.test(lower(w, bare)) && (!joined(w, bare) || BARE_COUNT_AFTER.has(lower(w, bare + 1))) && actingSubject(w, v) && antecedentOf(w, v) === 'aerial') {
    return { ...match(w, v, bare, INTERCEPTED), replaces: INTERCEPTED_OVER_LOSSES }
  }
  // Active: the object after the verb.
  let i = last + 1
  let modified = false
  let prepositional = false
  for (; i < w.tokens.length && i <= last + 6; i++) {
    if (!joined(w, i - 1)) break
    const o = lower(w, i)
    if (MILITARY_MODIFIERS.has(o)) modified = true
    // "shot down an enemy Su-25", "downed a Russian plane": a manned aircraft brought down is equipment
    // lost, the shooting side's (gold convention 101), where drones and missiles are the strike intercepted.
    // ("Border guards shot down", "they downed": a verb of downing needs no force named as its subject.)
    if (!prepositional && DOWNING.has(lemma) && isMannedAircraft(w, i)) return actingSubject(w, v) || DOWNING_ONLY.has(lemma) ? { ...match(w, v, i, LOSSES), replaces: LOSSES_OVER_STRIKE } : null
    // Aerial attackers destroyed are the strike intercepted, also where the lexicon reads the verb as a
    // loss ("air defence had neutralised 71 of 89 Shahed-type drones").
    if (AERIAL_HEADS.has(o) && !(joined(w, i) && EQUIPMENT_HEADS.has(lower(w, i + 1)))) return actingSubject(w, v) ? { ...match(w, v, i, INTERCEPTED), replaces: INTERCEPTED_OVER_LOSSES } : null
    // "picked off four Russian soldiers", "finished off the infantry": armed people killed by a force
    // are losses (a verb that also kills people; "took out troops" of a town is a withdrawal, not read).
    if (/^(?:by|from|with|in|on|at|near|for|to|over|after|during|among)$/.test(o)) prepositional = true
    if (!prepositional && KILLING.has(lemma) && lemma !== 'take' && lemma !== 'shoot' && (FORCE_PLURALS.has(o) || o === 'infantry') && actingSubject(w, v)) return { ...match(w, v, i, LOSSES), replaces: LOSSES_OVER_STRIKE }
    // "blew up a Russian ammunition store", "destroyed a fuel dump": a store of materiel is a site
    // struck, not equipment lost.
    if ((EQUIPMENT_HEADS.has(o) || /^(?:fuel|munitions|weapons|ammo|arms)$/.test(o)) && joined(w, i) && STORE_HEADS.has(lower(w, i + 1))) {
      return actingSubject(w, v) ? { ...match(w, v, i + 1, STRIKE), replaces: STRIKE_OVER_LOSSES } : null
    }
    if (EQUIPMENT_HEADS.has(o) && !(joined(w, i) && EQUIPMENT_HEADS.has(lower(w, i + 1)))) {
      // "sank two Russian boats" by a force; "burning Russian BMP" in a caption is no act told.
      if (!actingSubject(w, v) || (!modified && GENERIC_EQUIPMENT.has(o) && !militarySubject(w, v))) return null
      // Equipment put out of action is a loss (gold: `casualties`), also where the lexicon reads
      // its damage verb as a strike ("drone teams had wrecked 14 Russian armoured vehicles").
      // A depot or a dugout struck stays the strike the lexicon reads ("struck the Klimovo depot").
      if (FACILITY_EQUIPMENT.has(o) || lemma === 'hit' || lemma === 'strike') return match(w, v, i, LOSSES)
      return { ...match(w, v, i, LOSSES), replaces: LOSSES_OVER_STRIKE }
    }
    if (!NP_FILLERS.has(o) && !/^\d/.test(o) && !/(?:ed|ian|ern|al|ive|y)$/.test(o) && !MILITARY_MODIFIERS.has(o) && !AERIAL_MODIFIERS.has(o) && i > last + 2) break
  }
  // Passive: "two Russian boats were sunk", "five tanks have been knocked out".
  if (v >= 2 && /(?:ed|en|wn|unk|urnt|ot|ck|ruck)$/.test(word) && /^(?:was|were|been|being|is|are|got)$/.test(lower(w, v - 1)) && joined(w, v - 1)) {
    let h = v - 2
    while (h >= 0 && joined(w, h) && AUXILIARIES.has(lower(w, h))) h--
    // "a Ukrainian Mi-8 helicopter was shot down", "a combat plane of the invaders was downed": a manned
    // aircraft, also with its owner after "of", is equipment lost (101), over the interception the lexicon reads.
    const craft = DOWNING.has(lemma) ? mannedAircraftBefore(w, h) : -1
    if (craft >= 0) return { ...match(w, craft, last, LOSSES_PASSIVE), replaces: LOSSES_OVER_STRIKE }
    if (h >= 0 && joined(w, h) && EQUIPMENT_HEADS.has(lower(w, h)) && !GENERIC_EQUIPMENT.has(lower(w, h))) return match(w, v - 1, last, LOSSES_PASSIVE)
    // "Of the 120 drones launched, 94 were neutralised", "94 of them were jammed": a count whose
    // drones or missiles were told just before is the strike intercepted, not a loss.
    if (h >= 0 && joined(w, h) && (isAmount(lower(w, h)) || PARTITIVE_SHARES.has(lower(w, h)) || /^(?:them|those|these)$/.test(lower(w, h))) && antecedentOf(w, v - 1) === 'aerial') return { ...match(w, v - 1, last, INTERCEPTED_PASSIVE), replaces: INTERCEPTED_OVER_LOSSES }
  }
  // A weapon doing it to a building or a vehicle: "a glide bomb brought down half of the palace of
  // culture", "a kamikaze drone rammed a hatchback" is the strike itself.
  if (weaponSubject(w, v) && (placeAt(w, last + 1, TARGET_HEADS) || vehicleAt(w, last + 1))) return match(w, v, last, STRIKE)
  return null
}

const LOSSES_OVER_STRIKE = { weak: false, kinds: ['strike'] } as const
/** Verbs of bringing down an aircraft ("shot down", "downed", "brought down", "destroyed"). */
const DOWNING = new Set(['shoot', 'down', 'bring', 'destroy', 'knock', 'take', 'intercept', 'hit', 'strike'])
/** Verbs that say nothing but downing an aircraft ("shot down", "downed", "brought down"). */
const DOWNING_ONLY = new Set(['shoot', 'down', 'bring'])
/** Manned aircraft: their crews fly them, so downing one is equipment lost, not a strike intercepted. */
const MANNED_AIRCRAFT = new Set(['plane', 'planes', 'airplane', 'airplanes', 'aeroplane', 'helicopter', 'helicopters', 'chopper', 'choppers', 'warplane', 'warplanes', 'bomber', 'bombers', 'fighter-bomber', 'jet', 'jets', 'fighter', 'fighters', 'gunship', 'gunships'])
/** Airframe makers' prefixes: "Su-25", "Mi-8", "Ka-52", "MiG-29", "Il-76", "An-26", "Tu-22M3", "F-16" (tokens "su", "25"). */
const AIRFRAME = /^(?:su|mi|ka|mig|il|an|tu|yak|be|f)$/
/** Whether token `i` opens an airframe's name: a maker's prefix, a hyphen, a number. */
function isAirframe(w: Words, i: number): boolean {
  const t = w.tokens[i]
  const next = w.tokens[i + 1]
  return t !== undefined && next !== undefined && AIRFRAME.test(t.lower) && next.start === t.end + 1 && w.text.charCodeAt(t.end) === 0x2d && /^\d/.test(next.lower)
}
/** Words before "aircraft" that make it a crewed one ("attack aircraft" after a Su-25, "combat aircraft"). */
const CREWED_AIRCRAFT_BEFORE = new Set(['combat', 'military', 'transport', 'fighter', 'manned', 'attack', 'assault', 'reconnaissance', 'patrol', 'cargo'])
/** Whether token `i` names a manned aircraft (not "unmanned aircraft", "fighter drone", "jet-powered Shahed"). */
function isMannedAircraft(w: Words, i: number): boolean {
  const o = lower(w, i)
  if (isAirframe(w, i)) return !(joined(w, i + 1) && AERIAL_HEADS.has(lower(w, i + 2)) && lower(w, i + 2) !== 'aircraft')
  if (joined(w, i) && (AERIAL_HEADS.has(lower(w, i + 1)) || EQUIPMENT_HEADS.has(lower(w, i + 1)))) return false
  if (MANNED_AIRCRAFT.has(o)) return true
  return (o === 'aircraft' || o === 'aircrafts') && i > 0 && joined(w, i - 1) && CREWED_AIRCRAFT_BEFORE.has(lower(w, i - 1))
}
/** The manned aircraft heading a passive's subject that ends at token `h` ("helicopter", "plane of the invaders"), or -1. */
function mannedAircraftBefore(w: Words, h: number): number {
  for (let k = h; k >= 0 && k >= h - 4; k--) {
    if (!joined(w, k)) return -1
    if (isMannedAircraft(w, k)) return k
    // Only across an owner after "of" ("plane of the invaders") or modifiers; not a clause's other noun.
    if (k < h && !/^(?:of|the|a|an|enemy|russian|ukrainian|invaders|occupiers|russians|ukrainians|afu|apu)$/.test(lower(w, k))) return -1
  }
  return -1
}
/** Words after a bare count that leave its head elided ("downed 41 overnight", "destroyed 118 in the south"). */
const BARE_COUNT_AFTER = new Set(['overnight', 'on', 'over', 'in', 'across', 'during', 'by', 'before', 'after', 'and', 'while', 'yesterday', 'today', 'last'])
const INTERCEPTED_PASSIVE = trigger('strike', '', { voice: 'passive', object: 'agent', defaultSide: 'enemy' }).data
const INTERCEPTED_OVER_LOSSES = { weak: false, kinds: ['casualties'] } as const
const STRIKE_OVER_LOSSES = { weak: false, kinds: ['casualties'] } as const
/** Sites where materiel is kept: destroying one is a strike on it ("an ammunition store", "a fuel dump"). */
const STORE_HEADS = new Set(['store', 'stores', 'depot', 'depots', 'dump', 'dumps', 'warehouse', 'warehouses', 'cache', 'caches', 'storage', 'stockpile', 'stockpiles', 'site', 'sites', 'facility', 'facilities', 'base', 'bases', 'point', 'points'])
/** Destruction verbs that also kill people ("killed 12 of them"); burning or downing a force is not said. */
const KILLING = new Set(['kill', 'eliminate', 'neutralise', 'neutralize', 'annihilate', 'finish', 'pick', 'shoot', 'take'])
/** Shares before "of them" ("nine of them", "most of them", "all but two of them"). */
const PARTITIVE_SHARES = new Set(['most', 'all', 'half', 'some', 'many', 'several', 'both', 'each', 'majority', 'bulk', 'rest', 'dozens', 'hundreds', 'scores', 'third', 'quarter', 'two-thirds', 'three-quarters'])

/**
 * A partitive pronoun object from token `from`: "nine of them", "at least 40 of those", "most of
 * them", "the rest of them"; the token of the pronoun, or -1.
 */
function partitiveOf(w: Words, from: number): number {
  let i = from
  while (i < from + 3 && i < w.tokens.length && (APPROXIMATORS.has(lower(w, i)) || lower(w, i) === 'the' || lower(w, i) === 'a') && joined(w, i)) i++
  const share = lower(w, i)
  if (!(isAmount(share) && share !== 'a') && !PARTITIVE_SHARES.has(share)) return -1
  if (!joined(w, i) || !joined(w, i + 1) || lower(w, i + 1) !== 'of' || !/^(?:them|those|these)$/.test(lower(w, i + 2))) return -1
  return i + 2
}

/** Plural heads a "them" can point back to, by what they are. */
const AERIAL_PLURALS = new Set([...AERIAL_HEADS].filter((h) => h.endsWith('s') || h === 'aircraft'))
const FORCE_PLURALS = new Set(['troops', 'soldiers', 'servicemen', 'infantrymen', 'paratroopers', 'marines', 'fighters', 'attackers', 'infiltrators', 'saboteurs', 'stormtroopers', 'assaulters', 'russians', 'ukrainians', 'occupiers', 'invaders', 'mercenaries', 'conscripts', 'convicts'])

/**
 * What a "them" object at verb v points back to: the nearest plural head before the verb's clause
 * (its subject is not its antecedent: "Our drone crews burned three of them"), in the same sentence
 * or the one before, within 400 characters: drones or missiles ('aerial'), military vehicles and
 * equipment ('equipment'), armed people ('force'); null when none is told.
 */
function antecedentOf(w: Words, v: number): 'aerial' | 'equipment' | 'force' | null {
  // The clause start: back over the words joined to the verb.
  let c = v
  while (c > 0 && c > v - 25 && joined(w, c - 1)) c--
  const limit = w.tokens[v]!.start - 400
  let stops = 0
  for (let k = c - 1; k >= 0 && w.tokens[k]!.start >= limit; k--) {
    if (!joined(w, k) && /[.!?]/.test(w.text.slice(w.tokens[k]!.end, w.tokens[k + 1]!.start)) && ++stops > 2) return null
    const word = lower(w, k)
    if (AERIAL_PLURALS.has(word)) return 'aerial'
    if (EQUIPMENT_HEADS.has(word) && word.endsWith('s') && !FACILITY_EQUIPMENT.has(word)) return 'equipment'
    if (FORCE_PLURALS.has(word)) return 'force'
  }
  return null
}

/**
 * "a town Russian forces took in August", "the Donetsk city Russia took last year", "Vuhledar, which
 * Russian troops captured in 2024": a settlement, then a side as the subject of a taking verb with no
 * object after it (the settlement is its object) is that side's capture of it; "the photos Russian
 * soldiers took", no settlement, none.
 */
function relativeTaken(w: Words, v: number): PhraseMatch<TriggerData> | null {
  // Nothing taken after the verb: the clause ends, or a time or place phrase follows.
  const next = v + 1 < w.tokens.length && joined(w, v) ? lower(w, v + 1) : ''
  if (next !== '' && !/^(?:in|on|last|this|earlier|back|during|after|before|at|two|three|four|five|several|months|weeks|years|days|a|an|over|by|from|without|with|almost|nearly|only|just|within)$/.test(next)) return null
  if (next === 'a' || next === 'an') {
    // "took a year", "took a month ago"? only "a year ago"/"a month ago"
    if (!/^(?:year|month|week|day|fortnight)$/.test(lower(w, v + 2))) return null
  }
  // The subject before the verb (a side or a force), then an optional relative pronoun, then the settlement.
  let s = v - 1
  while (s >= 0 && joined(w, s) && AUXILIARIES.has(lower(w, s))) s--
  if (s < 0) return null
  let k = s
  while (k > 0 && joined(w, k - 1) && k > s - 4 && !SETTLEMENT_HEADS.has(lower(w, k - 1)) && !/^(?:which|that)$/.test(lower(w, k - 1)) && !(isCapitalised(w, k - 1) && !sideEndingAt(w, k - 1))) k--
  let h = k - 1
  if (h >= 0 && /^(?:which|that)$/.test(lower(w, h))) h = h - 1
  if (h < 0) return null
  const headWord = lower(w, h)
  const placed = SETTLEMENT_HEADS.has(headWord) || (isCapitalised(w, h) && !sideEndingAt(w, h) && !NOT_PLACES.has(headWord))
  if (!placed || !(joined(w, h) || /^,\s*$/.test(w.text.slice(w.tokens[h]!.end, w.tokens[h + 1]!.start)))) return null
  // The verb alone: its subject (the side) is before it, the settlement it took before that.
  return match(w, v, v, CAPTURE)
}

/** Taking verbs whose object is counted settlements ("took two of the three villages"). */
const TAKE = new Set(['took', 'take', 'taken', 'takes', 'taking', 'seized', 'captured', 'overran', 'overrun', 'retook', 'retaken', 'recaptured', 'grabbed', 'occupied', 'liberated'])

/**
 * "took two of the three villages", "seized both hamlets", "retook three of them" (villages told
 * before): a force or a side taking counted settlements is its capture; a share of a cake taken, two
 * of the three prizes, none.
 */
function takeFrame(w: Words, v: number): PhraseMatch<TriggerData> | null {
  if (!actingSubject(w, v)) return null
  const relative = relativeTaken(w, v)
  if (relative) return relative
  let i = v + 1
  let counted = false
  for (; i < w.tokens.length && i <= v + 7; i++) {
    if (!joined(w, i - 1)) return null
    const word = lower(w, i)
    if (SETTLEMENT_HEADS.has(word)) return counted ? match(w, v, i, CAPTURE) : null
    if (/^(?:them|those)$/.test(word)) {
      if (!counted || lower(w, i - 1) !== 'of') return null
      // "them": the settlements told before the clause.
      let c = v
      while (c > 0 && c > v - 25 && joined(w, c - 1)) c--
      const limit = w.tokens[v]!.start - 300
      for (let k = c - 1; k >= 0 && w.tokens[k]!.start >= limit; k--) if (/^(?:villages|towns|settlements|hamlets)$/.test(lower(w, k))) return match(w, v, i, CAPTURE)
      return null
    }
    if (isAmount(word) || /^(?:both|all|most|several|of|the|remaining|last|other|nearby|neighbouring|neighboring|frontline|front-line|border|small|two-thirds|half)$/.test(word)) {
      if (word !== 'of' && word !== 'the') counted = true
      continue
    }
    return null
  }
  return null
}
/** Taking verbs the counted-settlement frame does not read, for a part of a town taken. */
const PART_TAKE = new Set(['seize', 'seizes', 'seizing', 'capture', 'captures', 'capturing', 'grab', 'grabs', 'grabbing', 'overrunning'])
/** Nouns of a town's part in the slot after an adjective of direction ("the northern half", "Yampil's eastern third"). */
const TOWN_PARTS = new Set(['half', 'part', 'parts', 'third', 'quarter', 'section', 'sections', 'portion', 'side', 'end', 'districts', 'district', 'blocks', 'block', 'outskirts', 'edge', 'fringe', 'centre', 'center', 'station', 'quarters', 'quarter', 'suburbs'])
const CAPTURE_TO_ADVANCE = { weak: false, kinds: ['capture'] } as const

/**
 * "seizing Stepnohirsk's northern half", "captured the eastern part of Kurakhove", "took Yampil's
 * railway station", "have taken the southern half of the town": a taking verb whose object is a part
 * of a named or just-told town, not the town, is ground gained in it (gold convention 20's reasoning:
 * a part of a town claims only ground gained in it). The object must name its town (a name or a
 * share "of the town"), so "took positions" and "seized the initiative" are left to the lexicon.
 */
function partTakenFrame(w: Words, v: number): FrameMatch | null {
  if (!joined(w, v)) return null
  const place = placeAt(w, v + 1)
  if (!place) return null
  // A name of two words ("Mala Tokmachka's eastern half"): the possessive is on its last word.
  let nameEnd = place.end
  while (isCapitalised(w, nameEnd) && joined(w, nameEnd) && isCapitalised(w, nameEnd + 1) && !/['’]s$/.test(lower(w, nameEnd)) && !NOT_PLACES.has(lower(w, nameEnd + 1))) nameEnd++
  if (place.settlement && !/['’]s$/.test(lower(w, nameEnd))) return null
  // The phrase names its town: a capitalised name (possessive or after "of"), or "of the town".
  let named = false
  let part = false
  for (let i = v + 1; i <= nameEnd; i++) {
    const word = lower(w, i)
    // "seize the rest of Donbas": what is left of a place is all of it that is still to take.
    if (word === 'rest' || word === 'remainder') return null
    if (isCapitalised(w, i) && !NOT_PLACES.has(word)) named = true
    if (SETTLEMENT_HEADS.has(word) && i > v + 1 && lower(w, i - 2) === 'of') named = true
    if (TOWN_PARTS.has(word) || SHARES.has(word) || (PLACE_HEADS.has(word) && !SETTLEMENT_HEADS.has(word))) part = true
  }
  // "the southern half of the town": placeAt stops at the share's town head; "Stepnohirsk's northern half" at the name.
  let end = nameEnd
  if (named && /['’]s$/.test(lower(w, end))) {
    for (let i = end + 1; i <= end + 3 && i < w.tokens.length && joined(w, i - 1); i++) {
      const word = lower(w, i)
      if (TOWN_PARTS.has(word) || PLACE_HEADS.has(word)) {
        end = i
        part = true
        break
      }
      if (!NP_FILLERS.has(word) && !/(?:ern|al|ial)$/.test(word)) break
    }
  }
  if (!named || !part) return null
  return { ...match(w, v, end, ADVANCE), replaces: CAPTURE_TO_ADVANCE }
}
const ADVANCE_OVER_STRIKE = { weak: false, kinds: ['strike'] } as const
/** Equipment heads that are places: hitting them is a strike on a target, not a loss of materiel. */
const FACILITY_EQUIPMENT = new Set(['depot', 'depots', 'dugout', 'dugouts', 'ammunition', 'radar', 'radars'])
/** Civilian vehicles a weapon hits ("rammed a hatchback", "hit a minibus"). */
const VEHICLE_HEADS = new Set(['car', 'cars', 'hatchback', 'sedan', 'minibus', 'minibuses', 'bus', 'buses', 'van', 'vans', 'truck', 'trucks', 'lorry', 'lorries', 'tractor', 'tractors', 'ambulance', 'ambulances', 'train', 'trains', 'locomotive', 'pickup', 'suv', 'vehicle', 'vehicles', 'motorcycle', 'tram', 'trolleybus', 'fire', 'combine'])

/** A vehicle noun phrase from token `from` ("a hatchback", "a civilian car", "two buses"). */
function vehicleAt(w: Words, from: number): boolean {
  for (let i = from; i < from + 4 && i < w.tokens.length; i++) {
    if (i > from && !joined(w, i - 1)) return false
    const word = lower(w, i)
    if (VEHICLE_HEADS.has(word)) return !(word === 'fire' || word === 'combine') || (joined(w, i) && /^(?:engine|truck|harvester)s?$/.test(lower(w, i + 1)))
    if (!NP_FILLERS.has(word) && !/^\d/.test(word) && !/^(?:civilian|private|passenger|parked|moving|police|utility|delivery|municipal|school|evacuation|red|white|black|blue|grey|gray|silver)$/.test(word)) return false
  }
  return false
}

/**
 * "a guided bomb had also come down on a poultry farm", "two missiles crashed down onto the port":
 * a weapon coming down on a target is a strike; prices that came down on Friday are not.
 */
function downOnFrame(w: Words, p: number): PhraseMatch<TriggerData> | null {
  if (!joined(w, p) || !/^(?:on|onto|upon)$/.test(lower(w, p + 1))) return null
  const v = p - 1
  if (v < 0 || !joined(w, v) || !/^(?:came|come|comes|coming|crashed|crashing|crash|crashes|fell|fallen|falls|falling|rained|raining|rains|slammed|plunged|plummeted|hurtled|smashed)$/.test(lower(w, v))) return null
  if (!weaponSubject(w, v) || !placeAt(w, p + 2, TARGET_HEADS)) return null
  return match(w, v, p + 1, STRIKE)
}

/** Routes a force moves up or down ("up the rail tracks", "down the highway", "along the river"). */
const ROUTE_HEADS = new Set(['tracks', 'track', 'railway', 'railroad', 'rail', 'line', 'road', 'highway', 'motorway', 'river', 'riverbank', 'bank', 'valley', 'gully', 'ravine', 'ravines', 'gorge', 'embankment', 'treeline', 'treelines', 'street', 'avenue', 'slope', 'slopes', 'ridge', 'canal', 'shore', 'coast', 'hill', 'beam', 'balka'])

/**
 * "Russian troops moved up the rail tracks in northern Siversk", "pushed down the highway toward
 * Lyman": a force moving up or down a route is ground gained; prices that moved up the table, a man
 * who walked down the street with no force told, none.
 */
function routeFrame(w: Words, p: number): PhraseMatch<TriggerData> | null {
  const v = p - 1
  if (v < 0 || !joined(w, v) || !verbLike(w, v) || NOT_MOVING.has(lower(w, v)) && !/^(?:moved|move|moves|moving)$/.test(lower(w, v))) return null
  let k = p + 1
  while (k < p + 5 && k < w.tokens.length && joined(w, k - 1) && (NP_FILLERS.has(lower(w, k)) || /^(?:rail|railway|main|river|old|paved|dirt)$/.test(lower(w, k))) && !ROUTE_HEADS.has(lower(w, k))) k++
  if (!ROUTE_HEADS.has(lower(w, k)) || !joined(w, k - 1) || !militarySubject(w, v)) return null
  return match(w, v, k, ADVANCE)
}

/**
 * "FPV drones went after Stepnohirsk, Prymorske and Plavni 384 times", "Shaheds went for the port":
 * a weapon going after a place is a strike on it; a runner who went after the record is not.
 */
function goAfterFrame(w: Words, p: number): PhraseMatch<TriggerData> | null {
  const v = p - 1
  if (v < 0 || !joined(w, v) || !joined(w, p) || !/^(?:went|go|goes|going|gone|came|come|comes|coming)$/.test(lower(w, v))) return null
  if (lower(w, p) === 'for' && /^(?:came|come|comes|coming)$/.test(lower(w, v))) return null
  if (!weaponSubject(w, v) || !placeAt(w, p + 1, TARGET_HEADS)) return null
  return match(w, v, p, STRIKE)
}

/**
 * "drones left an oil depot burning", "the strike left the school in ruins": a weapon or a force
 * leaving a target on fire or destroyed struck it; a cook who left the stove burning did not.
 */
function leftBurningFrame(w: Words, v: number): PhraseMatch<TriggerData> | null {
  if (!/^(?:left|leaving|leave|leaves)$/.test(lower(w, v))) return null
  const place = placeAt(w, v + 1, TARGET_HEADS)
  if (!place) return null
  // The state after the target, past a phrase placing it ("an oil depot in Bryansk region burning").
  let after = -1
  for (let k = place.end + 1; k <= place.end + 5 && k < w.tokens.length; k++) {
    if (!joined(w, k - 1)) return null
    const state = lower(w, k)
    const next = joined(w, k) ? lower(w, k + 1) : ''
    if (/^(?:burning|ablaze|aflame|alight|smouldering|smoldering|gutted|flattened|razed)$/.test(state) || (state === 'on' && next === 'fire') || (state === 'in' && /^(?:flames|ruins|rubble)$/.test(next))) {
      after = state === 'on' || state === 'in' ? k + 1 : k
      break
    }
  }
  if (after < 0) return null
  let i = v - 1
  while (i >= 0 && joined(w, i) && AUXILIARIES.has(lower(w, i))) i--
  const struck = weaponSubject(w, v) || militarySubject(w, v) || (i >= 0 && joined(w, i) && /^(?:strike|strikes|attack|attacks|raid|raids|barrage|shelling|bombardment)$/.test(lower(w, i)))
  return struck ? match(w, v, after, STRIKE) : null
}

/** Who can destroy equipment: a force, a weapon, or a belligerent named ("Ukraine sank", "Russia downed"). */
function actingSubject(w: Words, v: number): boolean {
  if (militarySubject(w, v) || weaponSubject(w, v)) return true
  let i = v - 1
  while (i >= 0 && joined(w, i) && AUXILIARIES.has(lower(w, i))) i--
  if (i < 0 || !joined(w, i)) return false
  const t = w.tokens[i]!
  return someNear(w.sides, t.start, t.end, (m) => m.span[0] <= t.start && m.span[1] >= t.end && (m.data.side === 'RU' || m.data.side === 'UA'))
}

const GENERIC_EQUIPMENT = new Set(['vehicles', 'vehicle', 'trucks', 'systems', 'system', 'pieces', 'boats', 'boat', 'ships', 'ship', 'vessels', 'vessel', 'craft', 'depot', 'depots', 'guns', 'gun', 'jets', 'jet', 'motorcycles', 'motorcycle'])

/**
 * "hurled 97 shells on the region", "rained drones on Odesa", "lobbed mortar rounds at the trenches":
 * any verb delivering munitions onto a target is a strike; "peppered Kherson with drones" names them
 * as the instrument. Supplying verbs ("supplied Kyiv with missiles", "spent $2bn on shells") are not.
 */
function munitionFrame(w: Words, m: number): PhraseMatch<TriggerData> | null {
  const prep = joined(w, m) ? lower(w, m + 1) : ''
  // Instrument: "VERB TARGET with (N) munitions".
  let with_ = -1
  for (let k = m - 1; k >= 0 && k >= m - 4; k--) {
    if (!joined(w, k)) break
    if (lower(w, k) === 'with') {
      with_ = k
      break
    }
  }
  if (with_ > 0) {
    const v = verbAmong(w, with_ - 1, with_ - 6)
    if (v < 0) return null
    const target = placeAt(w, v + 1, TARGET_HEADS)
    if (!target || target.end >= with_) return null
    return match(w, v, m, STRIKE)
  }
  if (!/^(?:on|at|into|onto|against|upon)$/.test(prep)) return null
  if (!placeAt(w, m + 2, TARGET_HEADS)) return null
  const v = verbAmong(w, m - 1, m - 5)
  return v < 0 ? null : match(w, v, m + 1, STRIKE)
}

/**
 * The nearest verb form from token `from` back to `to` in one stretch of text (past, participle,
 * -ing, an irregular past, or -s after its subject), skipping the noun phrase between; -1 when the
 * nearest is a supplying verb ("supplied Kyiv with missiles") or none is there.
 */
function verbAmong(w: Words, from: number, to: number): number {
  for (let v = from; v >= 0 && v >= to; v--) {
    if (!joined(w, v)) return -1
    const vw = lower(w, v)
    if (SUPPLYING.has(vw)) return -1
    if (isCapitalised(w, v) || !/^[a-z]+$/.test(vw) || NP_FILLERS.has(vw) || MILITARY_MODIFIERS.has(vw) || MUNITION_HEADS.has(vw) || TARGET_HEADS.has(vw) || AUXILIARIES.has(vw)) continue
    if (isVerbForm(w, v)) return v
    // "to turn their drones on the bridges", "will rain missiles on": a base form after "to" or a modal.
    if (v > 0 && joined(w, v - 1) && /^(?:to|will|would|could|may|might|shall)$/.test(lower(w, v - 1)) && !FUNCTION_WORDS.has(vw)) return v
  }
  return -1
}

/** A verb by its form: -ed, -ing, an irregular past, or -s right after a force or pronoun subject. */
function isVerbForm(w: Words, v: number): boolean {
  const word = lower(w, v)
  if (/(?:ed|ing)$/.test(word) || IRREGULAR_PAST.has(word)) return true
  const before = v > 0 && joined(w, v - 1) ? lower(w, v - 1) : ''
  return /[^s]s$/.test(word) && (FORCE_HEADS.has(before) || PRONOUN_SUBJECTS.has(before))
}

/**
 * "make another attempt on Kupiansk", "a fresh push at Pokrovsk", "a drive toward Orikhiv": an attack
 * named by its attempt noun and target (an expectation when a forecast frames it). Not an attempt on
 * someone's life.
 */
function attemptFrame(w: Words, a: number): PhraseMatch<TriggerData> | null {
  if (!joined(w, a)) return null
  const prep = lower(w, a + 1)
  if (prep === 'to') return attemptToFrame(w, a)
  if (!/^(?:on|at|against|toward|towards)$/.test(prep)) return forecastObjectFrame(w, a)
  // A noun, not a verb: a determiner or adjective before it ("another attempt", "a new push").
  const before = a > 0 && joined(w, a - 1) ? lower(w, a - 1) : ''
  if (!/^(?:a|an|another|the|new|fresh|renewed|second|third|final|last|next|further|major|big|serious|failed|their|its|russian|ukrainian|one|more|latest|desperate|determined)$/.test(before)) return null
  const target = placeAt(w, a + 2)
  if (!target || !(isCapitalised(w, target.end) || SETTLEMENT_HEADS.has(lower(w, target.end)))) return null
  // "an attempt on Zelensky's life"
  if (joined(w, target.end) && lower(w, target.end + 1) === 'life') return null
  return match(w, a, a + 1, ASSAULT_NOUN)
}

/**
 * "would likely throw it at Stepnohirsk", "were preparing to throw them at Orikhiv", "sent two
 * battalions against Kupiansk": a force thrown at a place is an attack on it.
 */
function throwFrame(w: Words, v: number): PhraseMatch<TriggerData> | null {
  for (let p = v + 2; p <= v + 6 && p < w.tokens.length; p++) {
    if (!joined(w, p - 1)) return null
    const pw = lower(w, p)
    if (!/^(?:at|against|into|toward|towards)$/.test(pw)) continue
    // "sent 10,000 troops into Belarus" moves them; only thrown ones attack.
    // Reserves committed toward a town are thrown at it ("expected Moscow to commit fresh reserves toward X").
    if (pw !== 'at' && pw !== 'against' && /^(?:send|sent|sends|sending|commit|committed|commits|committing)$/.test(lower(w, v)) && !(/^commit/.test(lower(w, v)) && /^toward/.test(pw))) return null
    // "committed fresh reserves toward X": reserves thrown at a place are a force, though the word alone is no soldier.
    if (!forceObject(w, v + 1, p) && !(p - v <= 4 && /^(?:reserves|reinforcements)$/.test(lower(w, p - 1)))) return null
    const target = placeAt(w, p + 1)
    if (!target || !isCapitalised(w, target.end) && !SETTLEMENT_HEADS.has(lower(w, target.end))) return null
    return match(w, v, p, ASSAULT)
  }
  return null
}

/**
 * "the Russians got nowhere", "their assault came to nothing", "the attack fizzled out": an attack
 * told as failing is the attacker's assault (gold convention 13); after an attack or attempt already
 * told in the same sentence it is part of that claim, not another.
 */
function failureFrame(w: Words, p: number, triggers: readonly PhraseMatch<TriggerData>[]): PhraseMatch<TriggerData> | null {
  const word = lower(w, p)
  let v = p
  if (word === 'nowhere') {
    v = p - 1
    if (v < 0 || !joined(w, v) || !/^(?:got|get|gets|getting|went|go|goes|going|gone)$/.test(lower(w, v))) return null
  } else if (word === 'nothing') {
    v = p - 2
    if (v < 0 || !joined(w, v) || !joined(w, v + 1) || lower(w, v + 1) !== 'to' || !/^(?:came|come|comes|coming|amounted|amount|amounts)$/.test(lower(w, v))) return null
  }
  if (!militarySubject(w, v)) {
    // "a Russian attempt to ferry infantry across the Oskil River … came to nothing": the attempt,
    // owned by a side, is the subject; the claim runs from the attempt to its outcome.
    const a = attemptSubject(w, v)
    if (a < 0) return null
    return match(w, a, p, ASSAULT)
  }
  // The sentence so far: an attack told before makes this its outcome.
  const start = w.tokens[v]!.start
  let from = start
  while (from > 0 && !/[.!?\n]/.test(w.text[from - 1]!)) from--
  if (someNear(triggers, from, start, (t) => t.span[0] >= from && t.span[1] <= start && (t.data.kind === 'assault' || t.data.kind === 'repelled'))) return null
  return match(w, v, p, ASSAULT)
}

/** Nouns of an attack that can be the subject of its failure. */
const ATTACK_SUBJECTS = new Set(['attempt', 'attempts', 'attack', 'attacks', 'assault', 'assaults', 'offensive', 'push', 'counterattack', 'counterattacks', 'counter-attack', 'raid', 'raids', 'crossing', 'bid', 'thrust', 'sortie', 'incursion', 'landing', 'breakthrough'])

/**
 * The attack noun heading the subject of the verb at v ("a Russian attempt to ferry infantry … came
 * to nothing"), owned by a side ("Russian", "Ukraine's", "enemy"): its token, or -1. Looks back within
 * the clause (no sentence end, at most 20 words); an attack word the lexicon already read stays its own.
 */
function attemptSubject(w: Words, v: number): number {
  for (let a = v - 1; a >= 0 && a >= v - 20; a--) {
    if (!joined(w, a) && !/^[,\s]+$/.test(w.text.slice(w.tokens[a]!.end, w.tokens[a + 1]!.start))) return -1
    if (!ATTACK_SUBJECTS.has(lower(w, a))) continue
    if (a === 0 || !joined(w, a - 1)) return -1
    const owner = lower(w, a - 1)
    return NATIONAL.has(owner) || /^(?:russia|ukraine|moscow|kyiv)['’]s$/.test(owner) || sideEndingAt(w, a - 1) ? a : -1
  }
  return -1
}

/** Civilians as a subject: their leaving a place is an evacuation. */
const CIVILIAN_HEADS = new Set(['minors', 'residents', 'civilians', 'people', 'families', 'children', 'inhabitants', 'locals', 'pensioners', 'households', 'villagers', 'townspeople', 'townsfolk', 'evacuees', 'persons', 'elderly', 'patients', 'mothers'])
const LEAVING = formTable(['leave/left/left', 'depart', 'quit+/quit/quit', 'escape', 'vacate'])

/**
 * "31 residents have left Kherson's riverside neighbourhoods", "some 200 families departed Borova":
 * civilians leaving a place near the front is an evacuation (with no actor: whoever moved them).
 * Forces leaving one are the lexicon's withdrawal; residents leaving flowers or a message no event.
 */
function leavingFrame(w: Words, v: number): PhraseMatch<TriggerData> | null {
  let i = v - 1
  while (i >= 0 && joined(w, i) && (AUXILIARIES.has(lower(w, i)) || /ly$/.test(lower(w, i)))) i--
  // "146 people, 19 of whom were minors, left front-line communities": the subject before an aside
  // set off by commas.
  if (i >= 0 && !joined(w, i) && /^\s*,\s*$/.test(w.text.slice(w.tokens[i]!.end, w.tokens[i + 1]!.start))) {
    let k = i
    while (k > 0 && k > i - 8 && joined(w, k - 1)) k--
    if (k > 0 && k > i - 8 && /^\s*,\s*$/.test(w.text.slice(w.tokens[k - 1]!.end, w.tokens[k]!.start)) && CIVILIAN_HEADS.has(lower(w, k - 1))) i = k - 1
  }
  if (i < 0 || (!joined(w, i) && i !== v - 1 && !CIVILIAN_HEADS.has(lower(w, i)))) return null
  if (!joined(w, i) && i === v - 1) return null
  if (!CIVILIAN_HEADS.has(lower(w, i))) {
    // "his unit had quit the last of its island positions": a force leaving its positions withdraws
    // (a team that quit its home ground, a man who left the trenches of a garden, no force: none).
    if (!militarySubject(w, v)) return null
    const held = placeAt(w, v + 1)
    if (!held || !POSITION_HEADS.has(lower(w, held.end))) return null
    return match(w, v, held.end, WITHDRAWAL)
  }
  const place = placeAt(w, v + 1, TARGET_HEADS)
  return place ? match(w, i, place.end, EVACUATION) : null
}

/** Positions a force holds: leaving them is its withdrawal. */
const POSITION_HEADS = new Set(['positions', 'position', 'trenches', 'trench', 'foothold', 'bridgehead', 'strongpoint', 'strongpoints', 'stronghold', 'outpost', 'outposts', 'dugouts', 'lines', 'line', 'defences', 'defenses', 'treeline', 'treelines'])

const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'a', 'half', 'several', 'few', 'dozen', 'dozens', 'hundred', 'hundreds'])
/** Units of distance on the ground ("four kilometres", "12 miles", "800 m"). */
const DISTANCE_UNITS = new Set(['km', 'kilometres', 'kilometers', 'kilometre', 'kilometer', 'miles', 'mile', 'metres', 'meters', 'm', 'yards'])
const APPROXIMATORS = new Set(['about', 'roughly', 'some', 'around', 'nearly', 'almost', 'over', 'just', 'only', 'barely', 'another', 'further', 'more', 'than', 'less', 'up', 'to', 'at', 'least', 'under', 'approximately', 'perhaps', 'maybe'])

function isAmount(word: string): boolean {
  return /^\d[\d.,]*(?:km|m)?$/.test(word) || NUMBER_WORDS.has(word)
}

/** The first token of a distance ending at token `u` ("roughly four kilometres", "12km"), or -1. */
function distanceBefore(w: Words, u: number): number {
  if (u < 1 || !joined(w, u - 1)) {
    // "12km" as one token
    return u >= 0 && /^\d[\d.,]*(?:km|m)$/.test(lower(w, u)) ? approxBefore(w, u) : -1
  }
  if (!DISTANCE_UNITS.has(lower(w, u))) return /^\d[\d.,]*(?:km|m)$/.test(lower(w, u)) ? approxBefore(w, u) : -1
  let n = u - 1
  if (!isAmount(lower(w, n))) return -1
  // "1.5 kilometers", "1,200 metres": the figure's marks join its parts.
  while (n > 0 && figureJoined(w, n - 1) && isAmount(lower(w, n - 1))) n--
  return approxBefore(w, n)
}

function approxBefore(w: Words, n: number): number {
  while (n > 0 && joined(w, n - 1) && APPROXIMATORS.has(lower(w, n - 1))) n--
  return n
}

/**
 * "the Russians are now roughly four kilometres short of Borova", "Russian forces have come within
 * two kilometers of Zvanivka": a force told at a distance from a place it is closing on is its
 * advance on that place (points short of a record, a hiker within a mile of the summit: no force).
 */
function distanceFrame(w: Words, p: number): PhraseMatch<TriggerData> | null {
  const word = lower(w, p)
  if (!joined(w, p)) return null
  if (word === 'short') {
    if (lower(w, p + 1) !== 'of' || p < 1) return null
    const d = distanceBefore(w, p - 1)
    if (d < 0 || !placeAt(w, p + 2) || !militarySubject(w, d)) return null
    return match(w, d, p + 1, ADVANCE)
  }
  // "within N km of X"
  let u = p + 1
  while (u < p + 6 && u < w.tokens.length && !DISTANCE_UNITS.has(lower(w, u)) && !/^\d[\d.,]*(?:km|m)$/.test(lower(w, u))) u++
  if (u >= p + 6 || distanceBefore(w, u) !== p + 1 || !joined(w, u) || lower(w, u + 1) !== 'of') return null
  for (let k = p; k < u; k++) if (!joined(w, k)) return null
  const place = placeAt(w, u + 2)
  if (!place || !isCapitalised(w, place.end)) return null
  const v = p - 1
  if (v < 0 || !joined(w, v) || !verbLike(w, v) || !militarySubject(w, v)) return null
  return match(w, v, u + 1, ADVANCE)
}

/** Verbs that bring a force up to a sector. */
const BRING_UP = new Set(['brought', 'bring', 'brings', 'bringing', 'moved', 'move', 'moves', 'moving', 'rushed', 'rush', 'rushing', 'shifted', 'shift', 'shifting', 'sent', 'send', 'sending', 'pulled', 'pull', 'pulling'])

/**
 * "had brought two fresh regiments up to the Orikhiv sector", "moved reserves up to the front":
 * reinforcements brought to a sector (gold: `other`); fresh players brought up to the first team
 * are no force.
 */
function reinforceFrame(w: Words, p: number): PhraseMatch<TriggerData> | null {
  if (!joined(w, p) || lower(w, p + 1) !== 'to') return null
  for (let v = p - 2; v >= 0 && v >= p - 6; v--) {
    if (!joined(w, v)) return null
    if (!BRING_UP.has(lower(w, v))) continue
    const head = lower(w, p - 1)
    // (Guns brought up are a build-up too: "are bringing artillery up to Zvanivka every night".)
    if (!forceObject(w, v + 1, p) && !/^(?:reserves|reinforcements|artillery|tanks|armou?r|guns|howitzers|launchers)$/.test(head)) return null
    if (!placeAt(w, p + 2)) return null
    return match(w, v, p + 1, OTHER)
  }
  return null
}

/**
 * "knocked 58 of 71 attack drones out of the sky", "blasted two missiles out of the sky": aerial
 * attackers brought down are the strike intercepted; a hawk that took a pigeon out of the sky is none.
 */
function skyFrame(w: Words, p: number): PhraseMatch<TriggerData> | null {
  if (p < 3 || lower(w, p - 1) !== 'the' || lower(w, p - 2) !== 'of' || lower(w, p - 3) !== 'out') return null
  let aerial = -1
  for (let k = p - 4; k >= 0 && k >= p - 12; k--) {
    if (!joined(w, k)) return null
    const word = lower(w, k)
    if (aerial < 0 && AERIAL_HEADS.has(word)) {
      aerial = k
      continue
    }
    if (aerial >= 0 && isVerbForm(w, k) && !MILITARY_MODIFIERS.has(word)) {
      // The subject a force or a side, or a side told earlier in the sentence ("Ukraine's air force
      // said it had knocked …"): toy drones a boy knocked out of the sky stay none.
      const at = w.tokens[k]!.start
      let from = at
      while (from > 0 && !/[.!?\n]/.test(w.text[from - 1]!)) from--
      const sided = someNear(w.sides, from, at, (m) => m.span[0] >= from && m.span[1] <= at && (m.data.side === 'RU' || m.data.side === 'UA'))
      return actingSubject(w, k) || sided ? match(w, k, p, INTERCEPTED) : null
    }
  }
  return null
}

const LOSE = new Set(['lost', 'lose', 'loses', 'losing'])
/** Parts of the body: losing one is a wound. */
const LIMBS = new Set(['leg', 'legs', 'arm', 'arms', 'hand', 'hands', 'foot', 'feet', 'eye', 'eyes', 'sight', 'limb', 'limbs', 'fingers'])

/** Whether a strike (a lexicon trigger) or a weapon is told in the `before` characters up to `at`. */
function warNear(w: Words, triggers: readonly PhraseMatch<TriggerData>[], at: number, before: number): boolean {
  if (someNear(triggers, at - before, at, (t) => (t.data.kind === 'strike' || t.data.kind === 'casualties') && t.span[1] <= at && t.span[1] > at - before)) return true
  const from = at - before
  for (let k = 0; k < w.tokens.length; k++) {
    const t = w.tokens[k]!
    if (t.start < from) continue
    if (t.start >= at) break
    if (MUNITION_HEADS.has(t.lower) || /^(?:quadcopters?|shelling|shelled|artillery|airstrikes?|strikes?)$/.test(t.lower)) return true
  }
  return false
}

/**
 * "A man lost his leg", "two children lost their sight": a body part lost after a strike told is a
 * wound (gold: `casualties`); keys, jobs and games lost are none, nor a leg lost where no weapon is told.
 */
function limbFrame(w: Words, v: number, triggers: readonly PhraseMatch<TriggerData>[]): PhraseMatch<TriggerData> | null {
  for (let k = v + 1; k <= v + 4 && k < w.tokens.length; k++) {
    if (!joined(w, k - 1)) return null
    const word = lower(w, k)
    if (LIMBS.has(word)) return warNear(w, triggers, w.tokens[v]!.start, 400) ? match(w, v, k, LOSSES) : null
    if (!/^(?:his|her|their|a|an|one|both|of|two|an|its|my|our)$/.test(word)) return null
  }
  return null
}

/** Parts of a building or a site a strike tears away ("lost its roof", "lost all their windows"). */
const BUILDING_PARTS = new Set(['roof', 'roofs', 'windows', 'window', 'facade', 'façade', 'facades', 'walls', 'wall', 'floor', 'floors', 'storey', 'storeys', 'storeys', 'wing', 'gable', 'balconies', 'doors', 'glazing', 'canopy', 'dome', 'spire', 'chimney', 'entrance', 'stairwell'])

/** The subject head of the verb at v (back over auxiliaries, adverbs and "also"); -1 when none is joined to it. */
function subjectHead(w: Words, v: number): number {
  let i = v - 1
  while (i >= 0 && joined(w, i) && (AUXILIARIES.has(lower(w, i)) || /ly$/.test(lower(w, i)))) i--
  return i >= 0 && joined(w, i) ? i : -1
}

/**
 * "The school lost its roof", "dozens of homes lost their windows": a building told by the part it
 * lost, where a strike or a weapon is told in the 400 characters before or later in the sentence, is
 * the strike on it (its attacker is told elsewhere); a barn that lost its roof in a storm is none.
 */
function lostPartFrame(w: Words, v: number, triggers: readonly PhraseMatch<TriggerData>[]): PhraseMatch<TriggerData> | null {
  const s = subjectHead(w, v)
  if (s < 0 || !TARGET_HEADS.has(lower(w, s)) || POSITION_HEADS.has(lower(w, s))) return null
  for (let k = v + 1; k <= v + 5 && k < w.tokens.length; k++) {
    if (!joined(w, k - 1)) return null
    const word = lower(w, k)
    if (BUILDING_PARTS.has(word)) return warAround(w, triggers, v, k) && !toldBefore(w, s) ? match(w, s, k, STRIKE) : null
    if (!/^(?:its|their|his|her|the|a|an|all|most|part|of|two|three|upper|top|entire|whole|several|every|front|back)$/.test(word)) return null
  }
  return null
}

/**
 * "the city has lost a dialysis clinic, two schools and its last bakery", "Kherson lost its maternity
 * hospital to a glide bomb": a settlement told by the buildings it lost, where a strike or weapon is
 * told near (400 characters before, or later in the sentence), is the strike on it; a town that lost
 * its only cinema to rising rents, with no war told, none.
 */
function lostBuildingFrame(w: Words, v: number, triggers: readonly PhraseMatch<TriggerData>[]): PhraseMatch<TriggerData> | null {
  const s = subjectHead(w, v)
  if (s < 0 || !(SETTLEMENT_HEADS.has(lower(w, s)) || (isCapitalised(w, s) && !NOT_PLACES.has(lower(w, s)) && !PRONOUN_SUBJECTS.has(lower(w, s))))) return null
  const target = placeAt(w, v + 1, STRUCK_HEADS)
  if (!target || isCapitalised(w, target.end) || !STRUCK_HEADS.has(lower(w, target.end))) return null
  return warAround(w, triggers, v, target.end) && !toldBefore(w, target.end) ? match(w, v, target.end, STRIKE) : null
}

/** A strike or a weapon told in the 400 characters before token `a`, or after token `b` in its sentence. */
function warAround(w: Words, triggers: readonly PhraseMatch<TriggerData>[], a: number, b: number): boolean {
  const at = w.tokens[a]!.start
  if (warNear(w, triggers, at, 400)) return true
  let to = w.tokens[b]!.end
  while (to < w.text.length && !/[.!?\n]/.test(w.text[to]!)) to++
  for (let k = b + 1; k < w.tokens.length && w.tokens[k]!.start < to; k++) if (MUNITION_HEADS.has(lower(w, k)) || /^(?:shelling|strike|strikes|airstrike|airstrikes|attack|attacks|explosion|blast|shell)$/.test(lower(w, k))) return true
  return false
}

/**
 * "the depot is gone", "the bridge was reduced to rubble", "the market is now in ruins": a target told
 * as destroyed, where a strike or weapon is told in the 400 characters before, is the strike on it; a
 * shop that is gone from the high street, with no war told, none.
 */
function goneFrame(w: Words, p: number, triggers: readonly PhraseMatch<TriggerData>[]): PhraseMatch<TriggerData> | null {
  const word = lower(w, p)
  let v = p - 1
  if (word !== 'gone') {
    // "reduced to rubble", "in ruins", "turned into ruins"
    if (v < 0 || !joined(w, v) || !/^(?:to|in|into)$/.test(lower(w, v))) return null
    v--
    if (v >= 0 && joined(w, v) && /^(?:reduced|turned|now|lies|lay|lie|left|is|was|are|were|been)$/.test(lower(w, v))) {
      while (v > 0 && joined(w, v - 1) && /^(?:reduced|turned|now|lies|lay|lie|is|was|are|were|been|has|have|had|largely|completely|entirely|all|simply|just)$/.test(lower(w, v - 1))) v--
    } else return null
  } else {
    // "is gone", "has been gone", "was simply gone"; "gone from", "gone up", "gone to" are other senses
    if (joined(w, p) && /^(?:from|to|up|down|on|out|into|through|back|over|by|for|off|are|were)$/.test(lower(w, p + 1))) return null
    while (v >= 0 && joined(w, v) && /^(?:now|simply|just|completely|entirely|all|totally|already|long|since|clean|largely)$/.test(lower(w, v))) v--
    if (v < 0 || !joined(w, v) || !/^(?:is|was|are|were|been)$/.test(lower(w, v))) return null
    while (v > 0 && joined(w, v - 1) && /^(?:has|have|had|been|now|simply|just)$/.test(lower(w, v - 1))) v--
  }
  const s = v - 1
  if (s < 0 || !joined(w, s)) return null
  const head = lower(w, s)
  if (!(TARGET_HEADS.has(head) || STRUCK_HEADS.has(head)) || POSITION_HEADS.has(head) || SETTLEMENT_HEADS.has(head) || /^(?:area|zone|region|oblast|province|territory|sector|country|community|communities|line|lines|border|frontier)$/.test(head)) return null
  return warNear(w, triggers, w.tokens[s]!.start, 400) && !toldBefore(w, s) ? match(w, s, p, STRIKE) : null
}

/**
 * Whether the head noun at token s was named in the 400 characters before ("A glide bomb hit the
 * market. The market is now in ruins."): the result of a strike already told, not another strike.
 */
function toldBefore(w: Words, s: number): boolean {
  const head = lower(w, s)
  const limit = w.tokens[s]!.start - 400
  for (let k = s - 1; k >= 0 && w.tokens[k]!.start >= limit; k--) if (lower(w, k) === head) return true
  return false
}

/**
 * "Yesterday they got the bus stop on my street", "the drones got the substation": an attacker
 * ("they" after war is told, a weapon) getting a building or a vehicle is a strike on it; "we got the
 * keys", "they got the house cheap" with no weapon told are none.
 */
function gotTargetFrame(w: Words, v: number, triggers: readonly PhraseMatch<TriggerData>[]): PhraseMatch<TriggerData> | null {
  const s = subjectHead(w, v)
  if (s < 0) return null
  const subject = lower(w, s)
  const weapon = MUNITION_HEADS.has(subject)
  if (!weapon && subject !== 'they' && !/^(?:russians|occupiers|invaders|enemy)$/.test(subject)) return null
  // The object: a building, a site or a vehicle, right after the verb.
  const target = placeAt(w, v + 1, STRUCK_HEADS)
  const vehicle = !target && vehicleAt(w, v + 1)
  if (!target && !vehicle) return null
  if (target && (isCapitalised(w, target.end) || (target.end > v + 1 && lower(w, target.end - 1) === 'of'))) return null
  const end = target ? target.end : v + 2
  return weapon || warNear(w, triggers, w.tokens[s]!.start, 400) ? match(w, s, end, STRIKE) : null
}

/** Buildings and sites hit: what "they got" is struck ("the bus stop", "the school", "the substation"). */
const STRUCK_HEADS = new Set(['stop', 'school', 'hospital', 'market', 'substation', 'depot', 'warehouse', 'bridge', 'station', 'plant', 'factory', 'church', 'kindergarten', 'clinic', 'shop', 'store', 'supermarket', 'building', 'block', 'house', 'home', 'homes', 'houses', 'office', 'library', 'museum', 'theatre', 'theater', 'hotel', 'dormitory', 'tower', 'elevator', 'refinery', 'terminal', 'pharmacy', 'bakery', 'garage', 'mall', 'cafe', 'café', 'playground', 'stadium', 'pier', 'port', 'yard', 'hall', 'schools', 'hospitals', 'clinics', 'ward', 'wards', 'bakeries', 'shops', 'churches', 'kindergartens', 'pharmacies', 'substations', 'bridges'])

// ---- Figures without an event verb: a comparison, "the figure was", a share of a region.

/** Whether tokens i and i+1 are one stretch, a figure's thousands or decimal mark included ("3,540", "19.7"). */
function figureJoined(w: Words, i: number): boolean {
  if (joined(w, i)) return true
  const a = w.tokens[i]
  const b = w.tokens[i + 1]
  if (!a || !b || b.start - a.end !== 1) return false
  const c = w.text[a.end]
  return (c === ',' || c === '.') && /^\d/.test(a.lower) && /^\d/.test(b.lower)
}

/**
 * The unit of the first figure from token `from` within `span` tokens of one stretch: 'area' (sq km,
 * km², square miles, hectares) or 'percent' ("per cent", "%"); its last token in `end`. Null when no
 * figure with such a unit is there.
 */
function figureUnit(w: Words, from: number, span: number): { unit: 'area' | 'percent'; end: number } | null {
  for (let i = from; i < from + span && i < w.tokens.length; i++) {
    if (i > from && !figureJoined(w, i - 1)) return null
    const word = lower(w, i)
    if (/^\d[\d.,]*(?:km2|km²)$/.test(word)) return { unit: 'area', end: i }
    if (!/^\d/.test(word)) continue
    const t = w.tokens[i]!
    if (w.text[t.end] === '%' || w.text.slice(t.end, t.end + 2) === ' %') return { unit: 'percent', end: i }
    const next = figureJoined(w, i) ? lower(w, i + 1) : ''
    const after = joined(w, i + 1) ? lower(w, i + 2) : ''
    if (next === 'km²' || next === 'km2' || next === 'hectares' || (next === 'sq' && /^(?:km|mi|miles)$/.test(after)) || (next === 'square' && /^(?:kilometres|kilometers|km|miles)$/.test(after))) return { unit: 'area', end: next === 'sq' || next === 'square' ? i + 2 : i + 1 }
    if (next === 'percent' || (next === 'per' && after === 'cent')) return { unit: 'percent', end: next === 'per' ? i + 2 : i + 1 }
  }
  return null
}

/** The kind of the nearest ground-figure claim told in the `before` characters up to token `at`, or null. */
function groundClaimBefore(w: Words, triggers: readonly PhraseMatch<TriggerData>[], at: number, before: number): ClaimKind | null {
  const start = w.tokens[at]!.start
  for (let k = triggers.length - 1; k >= 0; k--) {
    const t = triggers[k]!
    if (t.span[1] > start) continue
    if (t.span[1] < start - before) break
    if (t.data.kind === 'area-change' || t.data.kind === 'control' || t.data.kind === 'capture' || t.data.kind === 'advance') return t.data.kind
  }
  return null
}

const AREA_CHANGE = trigger('area-change', '', { voice: 'noun', continues: true }).data
const CONTROL_SHARE = trigger('control', '', { voice: 'noun', continues: true }).data

/**
 * "…, down from September's 446 sq km", "up from 18.9 per cent when the year began", "compared with
 * 2,194 km² a year earlier", "That compares with 512 sq km in August": the figure a ground claim just told is compared with is a claim of its
 * own, of the same kind (an area gained is an area change, a share held is control), with its own
 * period; prices down from last year's, with no ground claim before them, are none.
 */
function comparisonFrame(w: Words, p: number, triggers: readonly PhraseMatch<TriggerData>[], from: number): PhraseMatch<TriggerData> | null {
  if (from > p + 1 && !joined(w, p)) return null
  const figure = figureUnit(w, from, 7) ?? bareComparedFigure(w, p, from)
  if (!figure) return null
  const before = groundClaimBefore(w, triggers, p, 300)
  if (!before) return null
  const kind = figure.unit === 'area' ? AREA_CHANGE : before === 'control' ? CONTROL_SHARE : AREA_CHANGE
  return match(w, p, figure.end, kind)
}

/**
 * "occupied 556 square kilometers, down from 588 in May": a bare figure right after "down from" / "up
 * from" takes the unit of the figure it is compared with, when that one (an area or a share) ends at
 * most 12 words before. A year ("up from 2024") is no figure.
 */
function bareComparedFigure(w: Words, p: number, from: number): { unit: 'area' | 'percent'; end: number } | null {
  const word = lower(w, from)
  if (!/^\d[\d,.]*$/.test(word) || /^(?:19|20)\d\d$/.test(word) || !joined(w, from - 1)) return null
  for (let i = p - 1; i >= Math.max(0, p - 12); i--) {
    if (!/^\d/.test(lower(w, i))) continue
    const unit = figureUnit(w, i, 4)
    if (unit && unit.end < p) return { unit: unit.unit, end: from }
  }
  return null
}

/**
 * "For January-October 2025 the figure was 3,540 sq km.", "the total stood at about 86 per cent": a
 * figure told after a ground claim (in the 400 characters before) restates the count for another
 * period or place: an area is an area change, a share is what the claim before it was.
 */
function figureFrame(w: Words, p: number, triggers: readonly PhraseMatch<TriggerData>[]): PhraseMatch<TriggerData> | null {
  if (!joined(w, p) || !/^(?:was|is|stood|stands|came|comes|reached|rose|fell|grew|had|has|amounted|amounts)$/.test(lower(w, p + 1))) return null
  const figure = figureUnit(w, p + 2, 6)
  if (!figure) return null
  const before = groundClaimBefore(w, triggers, p, 400)
  if (!before) return null
  const kind = figure.unit === 'area' ? AREA_CHANGE : before === 'control' ? CONTROL_SHARE : AREA_CHANGE
  return match(w, p, figure.end, kind)
}

/**
 * "…, and 84% of Donetsk oblast", "as well as 71 per cent of Luhansk region": a percentage of another
 * place coordinated after a control claim is a control claim of its own, with its figure.
 */
function percentShareFrame(w: Words, p: number, triggers: readonly PhraseMatch<TriggerData>[]): PhraseMatch<TriggerData> | null {
  // The figure's first token: "84%" is one token, "84 per cent" three, "19.7 per cent" four.
  let a = p
  if (lower(w, p) === 'cent' || lower(w, p) === 'percent') {
    a = lower(w, p) === 'cent' ? p - 2 : p - 1
    if (a < 0 || !joined(w, a) || !/^\d/.test(lower(w, a))) return null
  }
  while (a > 0 && figureJoined(w, a - 1) && /^\d/.test(lower(w, a - 1))) a--
  while (a > 0 && joined(w, a - 1) && /^(?:about|roughly|some|nearly|almost|around|over|more|than|just|under)$/.test(lower(w, a - 1))) a--
  // Coordinated: "and", "as well as" or a comma before it.
  if (a === 0) return null
  const before = lower(w, a - 1)
  const gap = w.text.slice(w.tokens[a - 1]!.end, w.tokens[a]!.start)
  if (!(joined(w, a - 1) && /^(?:and|plus|also)$/.test(before)) && !/,\s*$/.test(gap)) return null
  const place = placeAt(w, p + 2, REGION_HEADS)
  if (!place || !(isCapitalised(w, place.end) || REGION_HEADS.has(lower(w, place.end)))) return null
  const end = isCapitalised(w, place.end) && joined(w, place.end) && REGION_HEADS.has(lower(w, place.end + 1)) ? place.end + 1 : place.end
  if (groundClaimBefore(w, triggers, a, 200) !== 'control') return null
  return match(w, a, end, CONTROL_SHARE)
}

/**
 * "a drone set a grain terminal on the city's southern edge ablaze", "shelling set two houses alight":
 * a weapon or a force setting a target on fire is a strike on it; a boy who set the bonfire alight is none.
 */
function ablazeFrame(w: Words, p: number): PhraseMatch<TriggerData> | null {
  for (let v = p - 2; v >= 0 && v >= p - 12; v--) {
    if (!joined(w, v) && !/^['’]s?$/.test(w.text.slice(w.tokens[v]!.end, w.tokens[v + 1]!.start))) return null
    if (!/^(?:set|sets|setting)$/.test(lower(w, v))) continue
    const shelling = v > 0 && joined(w, v - 1) && /^(?:shelling|strike|strikes|attack|attacks|bombardment|shells|fire)$/.test(lower(w, v - 1))
    if (!weaponSubject(w, v) && !militarySubject(w, v) && !shelling) return null
    if (!placeAt(w, v + 1, TARGET_HEADS) && !vehicleAt(w, v + 1)) return null
    return match(w, v, p, STRIKE)
  }
  return null
}

/** Fractions of a region held ("three-quarters of", "a fifth of", "two-thirds of"). */
const SHARE_WORDS = new Set(['half', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'tenth', 'tenths'])
/** Areas a share is of ("of the oblast", "of the country"). */
const REGION_HEADS = new Set(['oblast', 'region', 'province', 'country', 'territory', 'town', 'city', 'village', 'district', 'raion', 'republic'])

/**
 * "…, and roughly three-quarters of Zaporizhzhia province", "Maybe a third of it": a fraction of a
 * place told after a claim of control (in the 300 characters before) is a control claim of its own
 * (the gold files annotate each share held); half of the cake, a third of the gains: none.
 */
function shareFrame(w: Words, p: number, triggers: readonly PhraseMatch<TriggerData>[]): PhraseMatch<TriggerData> | null {
  if (!joined(w, p) || lower(w, p + 1) !== 'of') return null
  // The place: a name, "the oblast", "it".
  const o = p + 2
  const first = lower(w, o)
  let end = -1
  if (first === 'it' && joined(w, p + 1)) end = o
  else if (joined(w, p + 1)) {
    const place = placeAt(w, o, REGION_HEADS)
    if (place && (isCapitalised(w, place.end) || REGION_HEADS.has(lower(w, place.end)))) end = place.end
    // "Zaporizhzhia province", "Donetsk oblast"
    if (place && isCapitalised(w, place.end) && joined(w, place.end) && REGION_HEADS.has(lower(w, place.end + 1))) end = place.end + 1
  }
  if (end < 0) return null
  // The share's start: "a", "one", "two", "three" and an approximation before it.
  let a = p
  while (a > 0 && joined(w, a - 1) && /^(?:a|one|two|three|four|nine|roughly|about|some|nearly|almost|around|over|more|than|just|under|maybe|perhaps)$/.test(lower(w, a - 1))) a--
  // "the northern half of the town" is part of a place held, told with its holder's clause; a share
  // stands alone only with its count or hedge ("roughly half of", "a third of").
  if (a === p) return null
  if (groundClaimBefore(w, triggers, a, 300) !== 'control' && !askedHolding(w, a)) return null
  return match(w, a, end, CONTROL_SHARE)
}

/** "How much of Huliaipole do the Russians hold?" "A third of it.": a question of holding in the 200 characters before. */
function askedHolding(w: Words, a: number): boolean {
  const at = w.tokens[a]!.start
  const q = w.text.lastIndexOf('?', at)
  if (q < 0 || q < at - 200) return false
  let from = q
  while (from > 0 && !/[.!\n]/.test(w.text[from - 1]!)) from--
  return /(?<![\p{L}])(?:hold|holds|control|controls|occupy|occupies|held|controlled|occupied)(?![\p{L}])/iu.test(w.text.slice(from, q))
}

/** People as the object of a toll ("seven people", "two nurses", "a child"). */
const PEOPLE_HEADS = new Set([...CIVILIAN_HEADS, 'person', 'man', 'men', 'woman', 'women', 'child', 'boy', 'girl', 'nurses', 'nurse', 'doctors', 'workers', 'passers-by', 'others', 'soldiers', 'servicemen', 'teenagers', 'students', 'pupils'])

/**
 * "leaving seven people hurt", "left two civilians dead": a toll told as the result of a strike in the
 * same sentence; a film that left people in tears, a crash with no weapon told, none.
 */
function leftHurtFrame(w: Words, v: number, triggers: readonly PhraseMatch<TriggerData>[]): PhraseMatch<TriggerData> | null {
  if (!/^(?:left|leaving|leave|leaves)$/.test(lower(w, v))) return null
  for (let k = v + 1; k <= v + 5 && k < w.tokens.length; k++) {
    if (!joined(w, k - 1)) return null
    const word = lower(w, k)
    if (PEOPLE_HEADS.has(word)) {
      if (!joined(w, k) || !/^(?:hurt|injured|wounded|dead|killed|maimed)$/.test(lower(w, k + 1))) return null
      const at = w.tokens[v]!.start
      let from = at
      while (from > 0 && !/[.!?\n]/.test(w.text[from - 1]!)) from--
      return warNear(w, triggers, at, at - from) ? match(w, v, k + 1, LOSSES) : null
    }
    if (!isAmount(word) && !/^(?:more|other|at|least|about|some|nearly|people|civilian|elderly|local)$/.test(word)) return null
  }
  return null
}

/**
 * "a Russian shell took the roof off the school", "drones started a fire at a power substation":
 * a strike told by what it did to its target. A weapon as the subject, or a strike told before in
 * the same sentence ("drones hit a pumping station and started a fire at a substation"); a storm
 * that took the roof off a barn, a cook who started a fire in the kitchen: none.
 */
function resultFrame(w: Words, p: number, triggers: readonly PhraseMatch<TriggerData>[]): PhraseMatch<TriggerData> | null {
  const word = lower(w, p)
  // The verb before its object: "took the roof", "started a fire", "set off a blaze".
  let v = p - 1
  while (v >= 0 && joined(w, v) && /^(?:the|a|an|its|their|large|big|huge|major|small)$/.test(lower(w, v))) v--
  if (v < 0 || !joined(w, v) || v === p - 1) return null
  const verb = lower(w, v)
  let prep: number
  if (word === 'roof') {
    if (!/^(?:took|take|takes|taking|taken|blew|blow|blown|blowing|tore|tear|torn|tearing|ripped|rip|knocked)$/.test(verb) || !joined(w, p) || lower(w, p + 1) !== 'off') return null
    prep = p + 1
  } else {
    if (!/^(?:started|start|starts|starting|sparked|spark|sparking|caused|cause|causing|set|sets|setting|triggered|trigger|ignited)$/.test(verb) || !joined(w, p) || !/^(?:at|in|on)$/.test(lower(w, p + 1))) return null
    prep = p + 1
  }
  const target = placeAt(w, prep + 1, TARGET_HEADS)
  if (!target) return null
  const at = w.tokens[v]!.start
  let from = at
  while (from > 0 && !/[.!?\n]/.test(w.text[from - 1]!)) from--
  const struckBefore = someNear(triggers, from, at, (t) => t.data.kind === 'strike' && t.span[0] >= from && t.span[1] <= at)
  if (!weaponSubject(w, v) && !struckBefore) return null
  return match(w, v, prep, STRIKE)
}

/**
 * "driving mothers and children away from 14 more villages", "were taken from border communities to
 * safer areas": civilians moved away from places near the front or to safety are an evacuation; a
 * dog driven away from a garden, paintings taken to safety are none.
 */
function civiliansMovedFrame(w: Words, p: number): PhraseMatch<TriggerData> | null {
  const word = lower(w, p)
  if (word === 'away') {
    if (!joined(w, p) || lower(w, p + 1) !== 'from' || !placeAt(w, p + 2, TARGET_HEADS)) return null
    if (p < 2 || !joined(w, p - 1) || !CIVILIAN_HEADS.has(lower(w, p - 1))) return null
    for (let v = p - 2; v >= 0 && v >= p - 7; v--) {
      if (!joined(w, v)) return null
      const vw = lower(w, v)
      if (CIVILIAN_HEADS.has(vw) || NP_FILLERS.has(vw) || vw === 'and' || isAmount(vw)) continue
      return /^(?:driving|drove|driven|drive|drives|moving|moved|move|taking|took|taken|busing|bused|bussed|ferrying|ferried|sending|sent|getting|got|bringing|brought)$/.test(vw) ? match(w, v, p + 1, EVACUATION) : null
    }
    return null
  }
  // "... to safety", "... to safer areas": a moving verb in the passive with people as its subject.
  if (p < 1 || !joined(w, p - 1) || (word === 'safety' ? lower(w, p - 1) !== 'to' : lower(w, p - 1) !== 'to' || !joined(w, p) || !/^(?:areas|places|regions|parts|locations|towns|ground)$/.test(lower(w, p + 1)))) return null
  for (let v = p - 2; v >= 0 && v >= p - 10; v--) {
    if (!joined(w, v)) return null
    const vw = lower(w, v)
    if (!/^(?:taken|moved|brought|driven|bused|bussed|ferried|transported|relocated|led|escorted)$/.test(vw)) continue
    if (v < 1 || !/^(?:was|were|been|being|are|is)$/.test(lower(w, v - 1))) return null
    // The subject: people before the auxiliary, past an aside ("Nineteen people, including six children,").
    const at = w.tokens[v - 1]!.start
    let from = at
    while (from > 0 && !/[.!?\n]/.test(w.text[from - 1]!)) from--
    const subject = w.text.slice(from, at).toLowerCase()
    if (!/\b(?:people|residents|civilians|children|families|villagers|inhabitants|pensioners|locals|patients)\b/.test(subject)) return null
    return match(w, v - 1, word === 'safety' ? p : p + 1, EVACUATION)
  }
  return null
}

// ---- Forecasts told as an expectation: the attack expected is the claim (modality from the cue).

/** Verbs of expecting an attack ("expect a big push", "anticipates a fresh offensive", "braced for another drive"). */
const FORECAST_VERBS = new Set(['expect', 'expects', 'expected', 'expecting', 'anticipate', 'anticipates', 'anticipated', 'anticipating', 'predict', 'predicts', 'predicted', 'predicting', 'foresee', 'foresees', 'foresaw', 'fear', 'fears', 'feared', 'fearing'])
/** Adjectives of a forecast attack ("a big armoured push", "a fresh winter drive"). */
const ATTACK_ADJECTIVES = new Set(['a', 'an', 'another', 'the', 'new', 'fresh', 'renewed', 'big', 'major', 'large', 'large-scale', 'massive', 'serious', 'armoured', 'armored', 'mechanised', 'mechanized', 'winter', 'spring', 'summer', 'autumn', 'russian', 'enemy', 'next', 'final', 'decisive', 'further', 'second', 'third', 'one', 'more', 'last', 'all-out', 'full-scale', 'determined', 'heavy'])
const EXPECTED_ATTACK = trigger('assault', '', { voice: 'noun', defaultSide: 'enemy' }).data

/**
 * "I expect a big armoured push before the New Year", "they anticipate another drive in the spring":
 * an attempt noun as the object of expecting is the attack forecast (its actor the enemy unless a side
 * is named); a push expected from a marketing team, with no war near it, is dropped as everyday text.
 */
function forecastObjectFrame(w: Words, a: number): PhraseMatch<TriggerData> | null {
  if (!/^(?:push|pushes|drive|thrust|lunge|offensive)$/.test(lower(w, a))) return null
  for (let k = a - 1; k >= 0 && k >= a - 5; k--) {
    if (!joined(w, k)) return null
    const word = lower(w, k)
    if (FORECAST_VERBS.has(word) || (word === 'for' && k > 0 && /^(?:braced|bracing|brace|braces|preparing|prepared|prepare|prepares|ready|readying)$/.test(lower(w, k - 1)))) {
      // War told within 800 characters before, or in the sentence: the war is what is expected.
      return warContext(w, a, 800) ? match(w, k + 1, a, EXPECTED_ATTACK) : null
    }
    if (!ATTACK_ADJECTIVES.has(word)) return null
  }
  return null
}

/**
 * Whether war is told around token `a`: a side named in the `before` characters up to the end of its
 * sentence, or a force, a weapon or military equipment named in them.
 */
function warContext(w: Words, a: number, before: number): boolean {
  const at = w.tokens[a]!.start
  let to = w.tokens[a]!.end
  while (to < w.text.length && !/[.!?\n]/.test(w.text[to]!)) to++
  if (someNear(w.sides, at - before, to, (m) => m.span[1] > at - before && m.span[0] < to)) return true
  for (let k = a - 1; k >= 0 && w.tokens[k]!.start >= at - before; k--) {
    const word = lower(w, k)
    if (FORCE_HEADS.has(word) || MUNITION_HEADS.has(word) || (EQUIPMENT_HEADS.has(word) && !GENERIC_EQUIPMENT.has(word))) return true
  }
  return false
}

const TAKEN_TO = new Set(['taken', 'rushed', 'brought', 'admitted', 'airlifted', 'evacuated'])
const BODIES_FROM = new Set(['pulled', 'pulls', 'pulling', 'recovered', 'recovering', 'retrieved', 'dug', 'digging', 'found', 'finding'])

/**
 * A toll told by its aftermath, with war told in the 600 characters before: the hurt taken to
 * hospital ("Nine more were rushed to hospital"), bodies recovered from the wreckage ("crews dug four
 * bodies out of the collapsed block"). A singer taken to hospital with flu, a body found in a river
 * with no war told: none.
 */
function aftermathFrame(w: Words, p: number): PhraseMatch<TriggerData> | null {
  const word = lower(w, p)
  if (word === 'hospital' || word === 'hospitals') {
    let k = p - 1
    if (k >= 0 && joined(w, k) && /^(?:a|the|local|nearby|regional|city)$/.test(lower(w, k))) k--
    if (k < 2 || !joined(w, k) || lower(w, k) !== 'to' || !joined(w, k - 1) || !TAKEN_TO.has(lower(w, k - 1))) return null
    const aux = lower(w, k - 2)
    if (!joined(w, k - 2) || !/^(?:were|was|been)$/.test(aux)) return null
    return warContext(w, k - 2, 600) ? match(w, k - 2, p, LOSSES_PASSIVE) : null
  }
  // "pulled three bodies from", "dug four bodies out of"
  const next = lower(w, p + 1)
  if (!joined(w, p) || !/^(?:from|out|under)$/.test(next)) return null
  for (let v = p - 1; v >= 0 && v >= p - 4; v--) {
    if (!joined(w, v)) return null
    if (BODIES_FROM.has(lower(w, v))) return warContext(w, v, 600) ? match(w, v, p, LOSSES) : null
  }
  return null
}

const BLOW_FALLS = new Set(['fall', 'falls', 'fell', 'fallen', 'falling', 'land', 'lands', 'landed', 'landing', 'come', 'comes', 'came', 'coming', 'strike', 'strikes', 'struck'])

/**
 * "expects the next blow to fall there", "the main blow will fall on Kostiantynivka", "the first
 * blows landed near Lyman": an attack told as a blow falling is an assault (forecast or told); a blow
 * to the economy, to morale or to someone's hopes is none.
 */
function blowFrame(w: Words, p: number): PhraseMatch<TriggerData> | null {
  if (p < 1 || !joined(w, p - 1) || !/^(?:next|main|new|fresh|another|heavy|big|decisive|major|first|second|final|real|crushing|hammer|russian|enemy|offensive)$/.test(lower(w, p - 1))) return null
  for (let k = p + 1; k <= p + 4 && k < w.tokens.length; k++) {
    if (!joined(w, k - 1)) return null
    const word = lower(w, k)
    if (BLOW_FALLS.has(word)) return match(w, p - 1, k, ASSAULT_FORECAST)
    if (!/^(?:to|will|would|could|may|might|is|was|likely|probably|soon|also|now|then|most)$/.test(word)) return null
  }
  return null
}
const ASSAULT_FORECAST = trigger('assault', '', { voice: 'noun', defaultSide: 'enemy' }).data

/**
 * "Russia is likely to try again near Huliaipole", "they will attempt again once the ground freezes":
 * a force or a side trying again is an attack (a forecast with its modal); a team that will try again
 * next year, no side told, is none. "try again to cross" is the lexicon's.
 */
function tryAgainFrame(w: Words, p: number): PhraseMatch<TriggerData> | null {
  const v = p - 1
  if (v < 0 || !joined(w, v) || !/^(?:try|tries|tried|trying|attempt|attempts|attempted|attempting)$/.test(lower(w, v))) return null
  if (!militarySubject(w, v) && !actingSubject(w, v)) return null
  return match(w, v, p, ASSAULT)
}

/** Verbs of getting through to a place after "attempts to". */
const GET_TO = new Set(['get', 'break', 'push', 'reach', 'enter', 'storm', 'take', 'capture', 'seize', 'cross', 'infiltrate', 'penetrate', 'punch', 'fight', 'force', 'advance', 'approach', 'sneak', 'slip'])

/**
 * "we counted 23 attempts to get through to Dobropillia", "two attempts to break into the village":
 * attempts to reach a settlement, with a side told in the text before, are the enemy's assault; three
 * attempts to get through to a helpline, with no side told, are none.
 */
function attemptToFrame(w: Words, a: number): PhraseMatch<TriggerData> | null {
  if (!/s$/.test(lower(w, a)) && !/^(?:attempt|bid|effort|push|drive)$/.test(lower(w, a))) return null
  if (!joined(w, a + 1) || !GET_TO.has(lower(w, a + 2))) return null
  let k = a + 3
  while (k < a + 6 && k < w.tokens.length && joined(w, k - 1) && /^(?:through|to|into|in|across|as|far|up|inside)$/.test(lower(w, k))) k++
  if (k === a + 3 && !/^(?:reach|enter|storm|take|capture|seize|cross|infiltrate|penetrate|approach)$/.test(lower(w, a + 2))) return null
  if (!joined(w, k - 1)) return null
  const target = placeAt(w, k)
  if (!target || !(isCapitalised(w, target.end) || SETTLEMENT_HEADS.has(lower(w, target.end)))) return null
  const at = w.tokens[a]!.start
  if (!someNear(w.sides, at - 600, at, (m) => m.data.strong && m.span[1] <= at && m.span[1] > at - 600)) return null
  return match(w, a, k - 1, ASSAULT_NOUN)
}

const EVACUATION = trigger('evacuation', '').data

// ---- Ground claims told without the usual verb (round 14): a flag flying over a place, a place
// that fell or was lost, a force working its way along a line, footage that puts a force somewhere,
// a force still sitting in or defending a place, an attack that failed to get through, and an
// intention to take, cut or encircle. Each frame is gated by one word (the dispatch above) and looks
// at most a dozen tokens either side.

/** Places and routes a force moves along or is seen at. */
const GROUND_HEADS: ReadonlySet<string> = new Set([...PLACE_HEADS, ...ROUTE_HEADS])
/** Those, and the supply a side means to cut. */
const SUPPLY_HEADS: ReadonlySet<string> = new Set([...GROUND_HEADS, 'supply', 'supplies', 'logistics', 'routes', 'route'])
const CAPTURE_FLAG = trigger('capture', '', { voice: 'noun' }).data
const CAPTURE_FELL = trigger('capture', '', { voice: 'passive' }).data
const CAPTURE_OF_LOSER = trigger('capture', '', { subject: 'victim', defaultSide: 'enemy' }).data
const CAPTURE_LOST = trigger('capture', '', { voice: 'passive', defaultSide: 'enemy' }).data
const CONTROL_HELD = trigger('control', '', { needsActor: true }).data
const ADVANCE_SEEN = trigger('advance', '', { voice: 'noun', needsActor: true }).data
const ASSAULT_FAILED = trigger('assault', '', { needsActor: true }).data
const ASSAULT_INTENT = trigger('assault', '').data

/** Words of a flag flying ("the Russian flag now flies over X"). */
const FLY = new Set(['flies', 'fly', 'flying', 'flew', 'flown', 'flutters', 'flutter', 'fluttering', 'fluttered', 'waves', 'waving', 'waved', 'hangs', 'hanging', 'hung'])
const FLAG_HEADS = new Set(['flag', 'flags', 'banner', 'banners', 'tricolour', 'tricolor', 'tricolours', 'tricolors', 'standard'])
const OVER = new Set(['over', 'above', 'atop', 'on', 'in', 'from'])

/**
 * "the Russian flag now flies over Tykhe", "a Ukrainian flag was flying above the village council": a
 * flag flying over a settlement claims it (a capture, gold convention 20), one on a building or part of
 * a town claims ground gained in it (flag-ground.ts reads the words after the frame); the flag's word
 * is inside the span for that. A flag flying at half mast or over an embassy names no war place.
 */
function flagFliesFrame(w: Words, p: number): PhraseMatch<TriggerData> | null {
  if (!joined(w, p) || !OVER.has(lower(w, p + 1))) return null
  let f = p - 1
  while (f >= 0 && f >= p - 4 && joined(w, f) && (AUXILIARIES.has(lower(w, f)) || /ly$/.test(lower(w, f)))) f--
  if (f < 0 || !joined(w, f) || !FLAG_HEADS.has(lower(w, f))) return null
  // The flag's side: "the Russian flag", "Ukraine's flag"; a flag of no side is no claim.
  const at = w.tokens[f]!.start
  if (!someNear(w.sides, at - 15, at, (m) => (m.data.side === 'RU' || m.data.side === 'UA') && m.span[1] <= at && m.span[1] >= at - 14)) return null
  let from = p + 2
  if (lower(w, from) === 'top' && lower(w, from + 1) === 'of') from += 2
  const place = placeAt(w, from)
  if (!place || (!isCapitalised(w, place.end) && !PLACE_HEADS.has(lower(w, place.end)))) return null
  return match(w, f, p + 1, CAPTURE_FLAG)
}

/** What may follow a settlement that "fell": its time, its manner, or the clause's end. */
const FELL_NEXT = new Set(['last', 'this', 'earlier', 'yesterday', 'overnight', 'after', 'within', 'without', 'following', 'late', 'early', 'soon', 'quickly', 'finally', 'only', 'weeks', 'days', 'months', 'shortly', 'amid', 'despite', 'when', 'before'])
/** Adverbs between a settlement and "fell" ("Bilytske finally fell"). */
const FELL_ADVERBS = new Set(['finally', 'eventually', 'effectively', 'ultimately', 'itself', 'also', 'then', 'soon', 'already', 'quickly', 'later', 'reportedly', 'all', 'but', 'nearly', 'almost'])

/**
 * "Bilytske fell on Thursday after weeks of fighting", "the town fell last month", "when Siversk
 * fell": a settlement that fell is taken (by whoever the clause or the text names). Told of a place's
 * name or a settlement noun, with a side or a ground event in the 400 characters around it; prices,
 * temperatures and people that fell, and "fell to/into/back/silent", are the lexicon's or none.
 */
function fellFrame(w: Words, p: number, triggers: readonly PhraseMatch<TriggerData>[]): PhraseMatch<TriggerData> | null {
  // What follows: the clause's end, a time, or a manner.
  const next = p + 1 < w.tokens.length ? lower(w, p + 1) : ''
  const gap = p + 1 < w.tokens.length ? w.text.slice(w.tokens[p]!.end, w.tokens[p + 1]!.start) : '.'
  const ends = gap.trim() !== '' && /^[\s"”’']*[.,;:!?—–)]/.test(gap)
  if (!ends) {
    if (next === 'on' || next === 'in') {
      const after = w.tokens[p + 2]
      if (!after || !(isCapitalised(w, p + 2) || /^\d/.test(after.lower) || /^(?:the|a|late|early|mid)$/.test(after.lower))) return null
      if (/^(?:the|a)$/.test(after.lower) && !/^(?:weekend|morning|evening|night|spring|summer|autumn|fall|winter|end|first|second|last|same|day|week|month|middle|course)$/.test(lower(w, p + 3))) return null
    } else if (!FELL_NEXT.has(next)) return null
  }
  // The subject: a name, or "the town", "the village of X" (back over adverbs).
  let s = p - 1
  while (s >= 0 && joined(w, s) && FELL_ADVERBS.has(lower(w, s))) s--
  if (s < 0 || !joined(w, s)) return null
  const head = lower(w, s)
  const named = isCapitalised(w, s) && !NOT_PLACES.has(head) && !/['’]s$/.test(head) && !PRONOUN_SUBJECTS.has(head) && !/^(?:the|a|it|this|that|he|she|they)$/.test(head)
  if (!named && !SETTLEMENT_HEADS.has(head)) return null
  // A capitalised word opening the sentence after a verb-less start is still a name ("Bilytske fell"),
  // but a person's title before it ("President X fell") is not a place.
  if (named && s > 0 && joined(w, s - 1) && /^(?:mr|mrs|ms|dr|president|minister|general|gen|col|colonel|captain|capt|commander|chancellor|premier|king|queen|prince)\.?$/.test(lower(w, s - 1))) return null
  // (A name in the shape of a Ukrainian place, "Siversk fell in December", needs no context: see TOPONYM_SHAPE.)
  if (!settlementOf(w, s) && !(named && TOPONYM_SHAPE.test(w.text.slice(w.tokens[s]!.start, w.tokens[s]!.end))) && !groundContext(w, triggers, w.tokens[s]!.start, w.tokens[p]!.end)) return null
  return match(w, s, p, CAPTURE_FELL)
}

/** "the town of Siversk", "the village of Dachne": the name at `s` is a settlement's. */
function settlementOf(w: Words, s: number): boolean {
  return s >= 2 && joined(w, s - 1) && joined(w, s - 2) && lower(w, s - 1) === 'of' && SETTLEMENT_HEADS.has(lower(w, s - 2))
}

/** A side's force or a ground event within 400 characters before `a` or 200 after `b`. */
function groundContext(w: Words, triggers: readonly PhraseMatch<TriggerData>[], a: number, b: number): boolean {
  if (someNear(w.sides, a - 400, b + 200, (m) => m.data.strong && m.span[1] > a - 400 && m.span[0] < b + 200)) return true
  return someNear(triggers, a - 400, b + 200, (t) => (t.data.kind === 'capture' || t.data.kind === 'advance' || t.data.kind === 'assault' || t.data.kind === 'withdrawal' || t.data.kind === 'encirclement' || t.data.kind === 'control') && t.span[1] > a - 400 && t.span[0] < b + 200)
}

/** Subjects that lose ground: a side's name or force, or "we". */
const LOSER_HEADS = new Set(['we', 'ukraine', 'russia', 'kyiv', 'moscow', 'army', 'military'])

/**
 * "We have lost Torske", "Ukraine lost the village of Dachne in the spring", "the town was lost in
 * October", "Yablunivka has been lost": a settlement lost is taken by the other side (the loser is
 * the subject, or the speaker's side when the passive names none). Lost keys, games, ground in a poll,
 * lives and lost control "of" are none here (tolls and "lost control of" are the lexicon's).
 */
function lostPlaceFrame(w: Words, v: number, triggers: readonly PhraseMatch<TriggerData>[]): PhraseMatch<TriggerData> | null {
  const word = lower(w, v)
  if (word !== 'lost') return null
  const before = v > 0 && joined(w, v - 1) ? lower(w, v - 1) : ''
  // Passive: "X has been lost", "the town was lost".
  if (/^(?:been|was|were|is|are|be|being)$/.test(before)) {
    let s = v - 2
    while (s >= 0 && joined(w, s) && (AUXILIARIES.has(lower(w, s)) || FELL_ADVERBS.has(lower(w, s)))) s--
    if (s < 0 || !joined(w, s)) return null
    const head = lower(w, s)
    const named = isCapitalised(w, s) && !NOT_PLACES.has(head) && !/['’]s$/.test(head) && !/^(?:the|a|it|this|that|he|she|they|we|i|much|all|nothing|everything)$/.test(head)
    if (!named && !SETTLEMENT_HEADS.has(head)) return null
    // "was lost to the Russians" is fine; "was lost at sea", "lost for words" are not places lost.
    const nextWord = lower(w, v + 1)
    if (/^(?:at|for|on|forever|in)$/.test(nextWord) && !(nextWord === 'in' && (isCapitalised(w, v + 2) || /^\d/.test(lower(w, v + 2))))) return null
    if (!settlementOf(w, s) && !(named && TOPONYM_SHAPE.test(w.text.slice(w.tokens[s]!.start, w.tokens[s]!.end))) && !groundContext(w, triggers, w.tokens[s]!.start, w.tokens[v]!.end)) return null
    return match(w, s, v, CAPTURE_LOST)
  }
  // Active: the loser as subject, a settlement as object.
  let s = v - 1
  while (s >= 0 && joined(w, s) && (AUXILIARIES.has(lower(w, s)) || /ly$/.test(lower(w, s)))) s--
  if (s < 0 || !joined(w, s)) return null
  const subject = lower(w, s)
  if (!LOSER_HEADS.has(subject) && !isForce(w, s, false) && !sideEndingAt(w, s)) return null
  if (!joined(w, v)) return null
  if (/^(?:control|ground|contact|track|sight|touch)$/.test(lower(w, v + 1))) return null
  const place = placeAt(w, v + 1)
  if (!place || !place.settlement) return null
  // "lost Kyiv's support": a possessive name is no place lost.
  if (/['’]s$/.test(lower(w, place.end))) return null
  if (!isCapitalised(w, place.end) && !SETTLEMENT_HEADS.has(lower(w, place.end))) return null
  if (!groundContext(w, triggers, w.tokens[s]!.start, w.tokens[place.end]!.end) && subject !== 'we') return null
  return match(w, s, v, CAPTURE_OF_LOSER)
}

/** Particles after "their way" that move a force along or toward a place ("into" and "through" are intoFrame's). */
const WAY_PARTICLES = new Set(['along', 'toward', 'towards', 'across', 'around', 'down', 'up', 'closer', 'forward', 'nearer', 'westward', 'eastward', 'northward', 'southward', 'westwards', 'eastwards', 'northwards', 'southwards', 'to'])

/**
 * "are picking their way along the shelter belts", "inching their way toward Kostiantynivka", "worked
 * its way closer to the town": a force making its way along or toward a place is ground gained, whatever
 * the verb. A family picking its way across a square is no force.
 */
function wayFrame(w: Words, p: number): FrameMatch | null {
  if (p < 2 || !joined(w, p - 1) || !joined(w, p - 2) || !/^(?:their|its|his|our)$/.test(lower(w, p - 1))) return null
  if (!joined(w, p) || !WAY_PARTICLES.has(lower(w, p + 1))) return null
  const v = p - 2
  // "keep edging their way", "continue picking their way": the force is the subject of the aspect verb.
  const aspect = v > 0 && joined(w, v - 1) && /^(?:keep|keeps|kept|keeping|continue|continues|continued|began|begin|begins|started|start|starts)$/.test(lower(w, v - 1))
  const moved = (verbLike(w, v) && (militarySubject(w, v) || (aspect && militarySubject(w, v - 1)))) || militaryAfterAside(w, v)
  if (!moved || NOT_MOVING.has(lower(w, v)) || MAKE.has(lower(w, v)) && lower(w, p + 1) === 'to') return null
  let from = p + 2
  const particle = lower(w, p + 1)
  if ((particle === 'closer' || particle === 'nearer' || particle === 'up' || particle === 'down') && /^(?:to|toward|towards|along)$/.test(lower(w, from))) from++
  const place = placeAt(w, from, GROUND_HEADS)
  if (!place) return null
  return { ...match(w, v, p + 1, ADVANCE), replaces: ADVANCE_OVER_STRIKE }
}

/** Evidence that shows where a force is ("geolocated footage shows …", "the video puts …"). */
const EVIDENCE = new Set(['footage', 'video', 'videos', 'imagery', 'images', 'image', 'photos', 'photographs', 'photo', 'clip', 'clips', 'pictures', 'recording', 'recordings', 'feed', 'geolocation', 'geolocations'])
const SHOW = new Set(['shows', 'show', 'showed', 'shown', 'showing', 'puts', 'put', 'placed', 'places', 'placing', 'depicts', 'depicted', 'depicting', 'reveals', 'revealed'])
/** What the force is seen doing on the way to the place; "operating" tells presence, not a gain, and is left out. */
const SEEN_DOING = new Set(['moving', 'advancing', 'entering', 'walking', 'raising', 'hoisting', 'planting', 'standing', 'posing', 'driving', 'assaulting', 'storming', 'attacking', 'clearing', 'running', 'crossing', 'deployed', 'positioned', 'present', 'active'])
const SEEN_AT = new Set(['in', 'at', 'on', 'near', 'inside', 'within', 'along', 'outside', 'around', 'into', 'beside', 'by'])

/**
 * "Geolocated footage shows Russian forces in central Yampil", "the footage puts Russian soldiers at
 * the eastern fringe of X", "video published on Monday shows a Russian infantry group moving along the
 * highway": evidence placing a side's force at a place is that force's advance there (the analysts'
 * reading of such footage). The span starts at the force, so its side names the actor.
 */
function footageFrame(w: Words, v: number): PhraseMatch<TriggerData> | null {
  // The evidence as the verb's subject, within six words before.
  let evidence = false
  for (let k = v - 1; k >= 0 && k >= v - 7; k--) {
    if (!joined(w, k)) break
    if (EVIDENCE.has(lower(w, k))) {
      evidence = true
      break
    }
  }
  if (!evidence) return null
  // The force after the verb: a head within six words ("a Russian infantry group", "Russian soldiers").
  let head = -1
  for (let k = v + 1; k <= v + 6 && k < w.tokens.length; k++) {
    if (!joined(w, k - 1)) return null
    if (isForce(w, k, false) && !(k + 1 < w.tokens.length && joined(w, k) && isForce(w, k + 1, false))) {
      head = k
      break
    }
  }
  if (head < 0) return null
  // "show no sign of Russian armour inside the village": evidence of absence places nobody.
  for (let k = v - 2; k < head; k++) if (k >= 0 && /^(?:no|not|n['’]t|none|nothing|never|little|without)$/.test(lower(w, k))) return null
  if (!someNear(w.sides, w.tokens[v]!.end, w.tokens[head]!.end, (m) => (m.data.side === 'RU' || m.data.side === 'UA') && m.span[0] >= w.tokens[v]!.end && m.span[1] <= w.tokens[head]!.end)) return null
  let p = head + 1
  if (p < w.tokens.length && joined(w, head) && SEEN_DOING.has(lower(w, p))) p++
  else if (p < w.tokens.length && joined(w, head) && /^(?:operating|holding|sheltering|hiding|resting)$/.test(lower(w, p))) return null
  if (p >= w.tokens.length || !joined(w, p - 1) || !SEEN_AT.has(lower(w, p))) return null
  const place = placeAt(w, p + 1, GROUND_HEADS)
  if (!place) return null
  return match(w, head, p, ADVANCE_SEEN)
}

/**
 * "Ukrainian troops are still sitting in Ivanopillia", "the brigade continues to defend Pokrovsk",
 * "our men are still dug in at the mine": a force still in or defending a place holds it (`control`;
 * told in answer to a capture claim, held-ground-answer.ts makes it that capture's rebuttal). People
 * sitting in a café are no force.
 */
function holdFrame(w: Words, p: number): FrameMatch | null {
  const word = lower(w, p)
  if (word === 'sitting' || word === 'dug') {
    if (word === 'dug' && !(joined(w, p) && lower(w, p + 1) === 'in')) return null
    const prep = word === 'dug' ? p + 2 : p + 1
    if (!joined(w, prep - 1) || !/^(?:in|on|at|inside|around)$/.test(lower(w, prep))) return null
    // A finite holding ("are still sitting in", "remain dug in at"), not a force described by a
    // participle ("the mood among soldiers dug in around X is grim").
    let a = p - 1
    while (a >= 0 && joined(w, a) && /^(?:still|now|firmly|well|already|also)$/.test(lower(w, a))) a--
    if (a < 0 || !joined(w, a) || !/^(?:is|are|was|were|been|remain|remains|remained|stay|stays|stayed|they['’]re|we['’]re)$/.test(lower(w, a))) return null
    if (!militarySubject(w, p)) return null
    const place = placeAt(w, prep + 1)
    if (!place || (!isCapitalised(w, place.end) && !PLACE_HEADS.has(lower(w, place.end)))) return null
    // "dug in at the mine": a force entrenched where it stands, not one moving in.
    return { ...match(w, p, prep, CONTROL_HELD), replaces: { weak: true, kinds: ['advance'] } }
  }
  // "continue(s) to defend X", "are still defending X", "keep defending X"
  const before = p > 0 && joined(w, p - 1) ? lower(w, p - 1) : ''
  const lasting = before === 'still' || ((before === 'to' || before === '') && p > 1 && joined(w, p - 2) && /^(?:continue|continues|continued|continuing)$/.test(lower(w, p - 2))) || (/ing$/.test(word) && /^(?:keep|keeps|kept|keeping)$/.test(before))
  if (!lasting) return null
  const v = before === 'to' ? p - 2 : before === 'still' ? p : p - 1
  if (!militarySubject(w, v) && !militarySubject(w, p - 1)) return null
  if (!joined(w, p)) return null
  const place = placeAt(w, p + 1)
  if (!place || (!isCapitalised(w, place.end) && !PLACE_HEADS.has(lower(w, place.end)))) return null
  return match(w, p, place.end, CONTROL_HELD)
}

/** What a failed attack tried to do ("failed to break through", "failed to take the village"). */
const FAILED_GOALS = new Set(['break', 'push', 'punch', 'cross', 'take', 'capture', 'seize', 'storm', 'enter', 'reach', 'dislodge', 'encircle', 'surround', 'penetrate', 'get', 'breach', 'overrun', 'advance', 'retake', 'recapture', 'regain', 'force', 'fight', 'establish'])

/**
 * "Russian forces failed to break through near Kostiantynivka", "the Russians failed to take the
 * village", "failed to advance near X": an attack told as failing is the attacker's assault (gold
 * convention 13, like "tried without success to break through"; "tried to advance" is an assault by
 * the kind convention), not the advance or capture its verb names, denied. "Failed to make gains" is
 * a gain that did not happen (convention 12) and is left to the lexicon. Students failing to break a
 * record are no force.
 */
function failedToFrame(w: Words, v: number): FrameMatch | null {
  if (!joined(w, v) || lower(w, v + 1) !== 'to' || !joined(w, v + 1)) return null
  // "failed to make a breakthrough", "failed to achieve a breakthrough": the noun of breaking through.
  const madeBreakthrough = /^(?:make|achieve)$/.test(lower(w, v + 2)) && joined(w, v + 2) && /^(?:a|an|any)$/.test(lower(w, v + 3)) && joined(w, v + 3) && lower(w, v + 4) === 'breakthrough'
  if (!FAILED_GOALS.has(lower(w, v + 2)) && !madeBreakthrough) return null
  if (!militarySubject(w, v) && !actingSubject(w, v)) return null
  // "failed to keep hold of / hold" ground they had entered is the attack that did not stick.
  return { ...match(w, v, madeBreakthrough ? v + 4 : v + 2, ASSAULT_FAILED), replaces: { weak: true, kinds: ['advance', 'capture', 'encirclement', 'control'] } }
}

const INTEND = new Set(['want', 'wants', 'wanted', 'wanting', 'aim', 'aims', 'aimed', 'aiming', 'intend', 'intends', 'intended', 'intending', 'plan', 'plans', 'planned', 'planning', 'hope', 'hopes', 'hoped', 'hoping', 'mean', 'means', 'meant', 'prepare', 'prepares', 'prepared', 'preparing', 'look', 'looks', 'looking'])
/** What a side intends to do to ground or a road ("sever the highway", "encircle the town"). */
const INTENDED = new Set(['sever', 'cut', 'encircle', 'surround', 'envelop', 'outflank', 'flank', 'isolate', 'besiege', 'take', 'capture', 'seize', 'storm', 'reach', 'cross', 'break', 'push', 'punch', 'advance', 'enter', 'overrun', 'bypass', 'retake', 'recapture', 'attack', 'assault', 'squeeze', 'pincer', 'interdict', 'close'])

/**
 * "First they will want to sever the Kramatorsk highway", "Moscow's forces aim to encircle
 * Kostiantynivka", "Russian units are preparing to storm Huliaipole", "they intend to cut the road":
 * a side's intention to take, cut or encircle ground is an attack (with "will"/"likely" its forecast,
 * gold call 4); the encirclement or capture its verb names has not happened. A shop planning to cut
 * prices names no force and no place.
 */
function intentFrame(w: Words, v: number): FrameMatch | null {
  if (!joined(w, v) || lower(w, v + 1) !== 'to' || !joined(w, v + 1)) return null
  // "looking to", "look to" only as an aim
  const goal = lower(w, v + 2)
  if (!INTENDED.has(goal)) return null
  if (/^(?:look|looks|mean|means|meant)$/.test(lower(w, v)) && !/^(?:encircle|surround|envelop|outflank|sever|cut|storm|take|capture|seize)$/.test(goal)) return null
  // "cut" needs a road, a line or supply after it: "cut prices" is none.
  if (goal === 'cut' || goal === 'close' || goal === 'push' || goal === 'break') {
    const obj = placeAt(w, v + 3, SUPPLY_HEADS)
    if (!obj && !(goal === 'break' && lower(w, v + 3) === 'through') && !(goal === 'push' && /^(?:toward|towards|into|on|to)$/.test(lower(w, v + 3)))) return null
  } else {
    const obj = placeAt(w, v + 3, GROUND_HEADS)
    if (!obj && !/^(?:the|it|them|toward|towards|into|through|across)$/.test(lower(w, v + 3))) return null
  }
  if (!militarySubject(w, v) && !actingSubject(w, v)) return null
  return { ...match(w, v, v + 2, ASSAULT_INTENT), replaces: { weak: true, kinds: ['encirclement', 'capture', 'advance', 'assault'] } }
}

/**
 * "said Capt. X, a battalion officer whose unit holds the approaches", "a commander whose brigade
 * defends the town": a holding told in a relative clause that describes a speaker or a person is who
 * they are, not a claim of theirs (its place is where they serve). Vetoes the holding verb.
 */
function whoseHoldsFrame(w: Words, p: number): FrameMatch | null {
  for (let k = p + 1; k <= p + 4 && k + 1 < w.tokens.length; k++) {
    if (!joined(w, k - 1) || !joined(w, k)) return null
    if (!isForce(w, k, false) && !OWNED_HEADS.has(lower(w, k))) continue
    let v = k + 1
    while (v < w.tokens.length && v <= k + 3 && joined(w, v - 1) && /^(?:has|have|had|is|are|was|were|still|now|also)$/.test(lower(w, v))) v++
    if (!/^(?:holds|held|hold|holding|controls|controlled|control|controlling|defends|defended|defend|defending|guards|guarded|mans|manned)$/.test(lower(w, v))) return null
    return { ...match(w, v, v, CONTROL_HELD), veto: true }
  }
  return null
}

// ---- Verb classes (round 16): a verb found by its semantic class (en-verb-classes.ts), the event by
// its arguments. Read in a second pass over the tokens, for the verbs no frame above has read: one map
// lookup per token, and each frame looks at most eight tokens either side.

/** Nouns that name an attack in any report ("fended off four counter-thrusts", "parried the assault"). */
const ATTACK_HEADS = new Set([
  'attack', 'attacks', 'assault', 'assaults', 'counterattack', 'counterattacks', 'counter-attack', 'counter-attacks', 'counter-thrust', 'counter-thrusts',
  'counterthrust', 'counterthrusts', 'counteroffensive', 'counter-offensive', 'counter-offensives', 'offensive', 'offensives', 'onslaught', 'onslaughts',
  'storming', 'incursion', 'incursions', 'sortie', 'sorties', 'attackers', 'assaulters', 'infiltration', 'infiltrations', 'breakthrough', 'breakthroughs',
  'counter-push', 'counterpush',
])
/** Nouns that name an attack only with a side, an arm or a goal told ("a Russian push", "an attempt to cross", "a push toward X"). */
const ATTEMPT_HEADS = new Set([
  'push', 'pushes', 'thrust', 'thrusts', 'drive', 'drives', 'advance', 'advances', 'attempt', 'attempts', 'bid', 'bids', 'charge', 'charges', 'probe', 'probes',
  'foray', 'forays', 'lunge', 'lunges', 'wave', 'waves', 'column', 'columns', 'rush', 'effort', 'efforts', 'raid', 'raids', 'group', 'groups', 'landing', 'landings',
  'crossing', 'crossings',
])
/** Modifiers that make an attempt noun military. */
const ARM_MODIFIERS = new Set([...NATIONAL, 'armoured', 'armored', 'mechanised', 'mechanized', 'infantry', 'tank', 'ground', 'motorised', 'motorized', 'assault',
  'cross-river', 'amphibious', 'massed', 'sabotage', 'reconnaissance', 'recon', 'storm', 'airborne', 'counter', 'offensive', 'russia’s', "russia's", 'ukraine’s', "ukraine's",
  'moscow’s', "moscow's", 'kyiv’s', "kyiv's"])
/** What an attack aimed at comes after: "a push toward X", "an attempt on X", "attempts to cross". */
const AIMED = new Set(['toward', 'towards', 'on', 'at', 'against', 'into', 'across', 'to'])
/** Aerial attacks repelled are strikes intercepted: the strike rules read them. */
const AERIAL_WORDS = new Set([...AERIAL_HEADS, 'air', 'aerial', 'missile', 'rocket', 'drone', 'bomb', 'bomber', 'bombers', 'cyber', 'cyberattack', 'cyberattacks'])

/** Capitalised words that open no place name: belligerents, blocs and demonyms ("took out a Russian launcher"). */
const NOT_PLACE_NAMES = /^(?:russian|ukrainian|russians|ukrainians|russia['’]s|ukraine['’]s|soviet|nato|western|european|american|chechen|belarusian|north|korean)$/

/**
 * A place from token `from` for the class frames: as placeAt reads it, but never a clause ("conceded
 * that the Russians …") nor a belligerent's adjective taken for a name ("a Russian Buk launcher").
 */
function groundAt(w: Words, from: number, heads: ReadonlySet<string> = PLACE_HEADS): Place | null {
  if (/^(?:that|what|how|whether|if|it|them|this|these|those)$/.test(lower(w, from))) return null
  const place = placeAt(w, from, heads)
  if (!place) return null
  if (isCapitalised(w, place.end) && (NOT_PLACE_NAMES.test(lower(w, place.end)) || sideEndingAt(w, place.end))) return null
  return place
}

const REPELLED_ACTIVE = trigger('repelled', '', { defaultSide: 'own' }).data
/** Repelling verbs whose force object is pushed off its ground (gold convention 5: the pusher's advance). */
const PUSHING_BACK = new Set(['push', 'drive', 'throw', 'knock', 'hurl', 'roll', 'bounce', 'turn'])
const REPELLED_BY_CLASS = trigger('repelled', '', { voice: 'passive', defaultSide: 'own' }).data
const REPEL_OVER = { weak: true, kinds: ['assault', 'advance', 'repelled'] } as const

/**
 * Whether the noun phrase from token `from` names an attack: its end, or -1. An attack head, or an
 * attempt head with a side or arm before it, a goal after it ("a push toward X", "attempts to cross
 * the river") or attackers after "of" ("wave after wave of Russian infantry"). Air and drone attacks
 * are left to the strike rules.
 */
function attackAt(w: Words, from: number, to: number, needArm: boolean): number {
  let armed = false
  for (let i = from; i < w.tokens.length && i <= to; i++) {
    if (i > from && !joined(w, i - 1)) return -1
    const o = lower(w, i)
    if (AERIAL_WORDS.has(o)) return -1
    if (ARM_MODIFIERS.has(o) || sideEndingAt(w, i)) armed = true
    const strong = ATTACK_HEADS.has(o)
    if (strong || ATTEMPT_HEADS.has(o)) {
      // "wave after wave of", "a column of": the heads after "of" decide.
      if (lower(w, i + 1) === 'after' && lower(w, i + 2) === o) i += 2
      const next = joined(w, i) ? lower(w, i + 1) : ''
      if (next === 'of' && joined(w, i + 1)) {
        for (let k = i + 2; k <= i + 5 && k < w.tokens.length; k++) {
          const h = lower(w, k)
          if (AERIAL_WORDS.has(h)) return -1
          if (isForce(w, k, false) || EQUIPMENT_HEADS.has(h) || h === 'armour' || h === 'armor') return k
          if (!joined(w, k)) break
        }
      }
      if (strong && (armed || !needArm)) return i
      if (armed) return i
      if (AIMED.has(next) && joined(w, i)) {
        // "an attempt to cross the river", "a push toward Druzhkivka", "an attempt on Kupiansk"
        if (next === 'to' && GET_TO.has(lower(w, i + 2))) return i + 2
        if (next !== 'to' && groundAt(w, i + 2, GROUND_HEADS)) return i + 1
      }
      if (strong && next === 'on' && groundAt(w, i + 2, GROUND_HEADS)) return i + 1
      return -1
    }
    if (!NP_FILLERS.has(o) && !/^\d/.test(o) && !ARM_MODIFIERS.has(o) && !/(?:ed|ian|ern|al|ive|y|ing)$/.test(o) && !sideEndingAt(w, i)) return -1
  }
  return -1
}

/** The particle a class verb at v needs, right after it or after a short object: its token, v when none is needed, -1 when missing. */
function particleOf(cls: VerbClass, lemma: string, w: Words, v: number): { at: number; after: boolean } | null {
  const particles = cls.particles.get(lemma)
  if (!particles) return { at: v, after: false }
  if (joined(w, v) && particles.includes(lower(w, v + 1))) return { at: v + 1, after: false }
  // "threw the attackers back", "held them off": the object between.
  for (let i = v + 1; i < w.tokens.length && i <= v + 5; i++) {
    if (!joined(w, i - 1)) return null
    if (particles.includes(lower(w, i)) && i > v + 1) return { at: i, after: true }
  }
  return null
}

/**
 * "fended off four Ukrainian counter-thrusts", "parried two attacks", "beat off a push toward X",
 * "threw the attackers back", "Both Russian attempts were foiled": a verb of repelling whose object
 * (or passive subject) is an attack or its attackers is the repulse, by the subject's side. The
 * object vouches for the war ("rebuffed a takeover bid", "parried two shots" name no attack).
 */
function repelFrame(w: Words, v: number): FrameMatch | null {
  const word = lower(w, v)
  const lemma = REPEL.forms.get(word)!
  const particle = particleOf(REPEL, lemma, w, v)
  if (!particle) return null
  const passive = v > 0 && joined(w, v - 1) && /^(?:was|were|been|being|is|are|got|get)$/.test(lower(w, v - 1)) && /(?:ed|en|wn|ught|eld|ood|ung|ke|ck|ot|oken|eaten|tten|ut)$/.test(word)
  if (passive) {
    if (particle.after) return null
    // The attack before the auxiliary: "Both Russian attempts were foiled", "the counter-thrusts had been parried".
    let h = v - 2
    while (h >= 0 && joined(w, h) && AUXILIARIES.has(lower(w, h))) h--
    // Its head within six words ("The enemy onslaught on Novopavlivka was checked"), with a side or
    // arm before an attempt noun.
    for (let k = h; k >= 0 && k >= h - 6; k--) {
      if (!joined(w, k)) break
      const o = lower(w, k)
      if (ATTACK_HEADS.has(o) || (ATTEMPT_HEADS.has(o) && k > 0 && joined(w, k - 1) && (ARM_MODIFIERS.has(lower(w, k - 1)) || sideEndingAt(w, k - 1) !== null))) {
        // "The air attack was repelled": an aerial attack is a strike intercepted, the strike rules' to read.
        if ((k > 0 && AERIAL_WORDS.has(lower(w, k - 1))) || (k > 1 && AERIAL_WORDS.has(lower(w, k - 2)))) return null
        return { ...match(w, v - 1, particle.at, REPELLED_BY_CLASS), replaces: REPEL_OVER }
      }
      if (AERIAL_WORDS.has(o)) return null
    }
    return null
  }
  if (v > 0 && lower(w, v - 1) === 'to' && !/^(?:managed|able|sought|failed|tried)$/.test(lower(w, v - 2))) {
    // "to stop the advance": a purpose or duty, not a repulse told (the lexicon reads the attempt)
    return null
  }
  const objectFrom = particle.after ? v + 1 : particle.at + 1
  const objectTo = particle.after ? particle.at - 1 : objectFrom + 7
  const acting = actingSubject(w, v) || militaryAfterAside(w, v)
  let end = attackAt(w, objectFrom, objectTo, !acting)
  // With a particle, attackers are the object: "beat the Russians back", "fought off enemy infantry"
  // (a force pushed, driven or thrown back is ground the pusher gained: the back frame reads it).
  if (end < 0 && particle.at !== v && !PUSHING_BACK.has(lemma)) {
    for (let i = objectFrom; i <= objectTo && i < w.tokens.length; i++) {
      if (i > objectFrom && !joined(w, i - 1)) break
      if (isForce(w, i, acting)) {
        end = i
        break
      }
      if (!NP_FILLERS.has(lower(w, i)) && !ARM_MODIFIERS.has(lower(w, i)) && !sideEndingAt(w, i)) break
    }
  }
  if (end < 0) return null
  return { ...match(w, v, Math.max(end, particle.at), REPELLED_ACTIVE), replaces: REPEL_OVER }
}

/** Words that break an object noun phrase before its place head: prepositions, particles, postures. */
const NOT_IN_OBJECT = /^(?:from|in|on|at|near|by|with|for|to|into|off|out|over|under|behind|up|down|back|away|part|place|defensive|firing|starting|jumping-off|blocking)$/

/** Whether tokens from..end-1 are one object noun phrase before its place head at `end`. */
function objectPhrase(w: Words, from: number, end: number): boolean {
  for (let i = from; i < end; i++) if (NOT_IN_OBJECT.test(lower(w, i))) return false
  return true
}

const CAPTURE_BY_CLASS = trigger('capture', '').data
const SEIZE_OVER = { weak: true, kinds: ['control', 'advance'] } as const

/**
 * "grabbed the village of Novoselivka", "snatched Yampil", "won control of X", "secured Torske": a
 * verb of taking, a force or side as its subject, a whole settlement as its object is the capture;
 * part of one ("secured the station in Kupiansk") is ground gained. An attempt ("tried to grab") is
 * left to the attempt rules.
 */
function seizeFrame(w: Words, v: number): FrameMatch | null {
  if (!joined(w, v)) return null
  const word = lower(w, v)
  // The base form is a habit or a plan ("they take a tree line, lose it"), or a verb after "to".
  if (SEIZE.forms.get(word) === word) return null
  let h = v - 1
  while (h >= 0 && joined(w, h) && AUXILIARIES.has(lower(w, h)) && lower(w, h) !== 'to') h--
  if (h >= 0 && lower(w, h) === 'to') return null
  if (!actingSubject(w, v) && !militaryAfterAside(w, v)) return null
  // "won back two villages", "took back the hamlet": the particle of a retaking.
  let from = joined(w, v) && lower(w, v + 1) === 'back' ? v + 2 : v + 1
  // "won control of X", "secured full control over X"
  let control = false
  for (let i = v + 1; i <= v + 3 && i < w.tokens.length; i++) {
    const o = lower(w, i)
    if (o === 'control' && joined(w, i) && /^(?:of|over)$/.test(lower(w, i + 1))) {
      control = true
      from = i + 2
      break
    }
    if (!/^(?:full|complete|total|effective|the|a)$/.test(o) || !joined(w, i)) break
  }
  const place = groundAt(w, from)
  if (!place) return null
  // The object is one noun phrase up to its place ("a cluster of houses", not "mines from the road"),
  // with no particle ("took up positions") nor a posture ("occupied defensive positions").
  if (!objectPhrase(w, from, place.end)) return null
  if (place.settlement) return { ...match(w, v, place.end, CAPTURE_BY_CLASS), replaces: SEIZE_OVER }
  if (control) return null
  const part = partTakenFrame(w, v)
  if (part) return part
  const head = lower(w, place.end)
  if (!isCapitalised(w, place.end) && PLACE_HEADS.has(head) && !SETTLEMENT_HEADS.has(head)) return { ...match(w, v, place.end, ADVANCE), replaces: CAPTURE_TO_ADVANCE }
  return null
}

const WITHDRAWAL_BY_CLASS = trigger('withdrawal', '').data
const WITHDRAW_OVER = { weak: true, kinds: ['evacuation'] } as const
/** Withdrawing verbs that say it alone, with no place ("the brigade fell back", "they pulled out overnight"). */
const WITHDRAW_ALONE = new Set(['withdraw', 'retreat', 'pull', 'fall', 'flee', 'disengage', 'melt', 'bug', 'scramble', 'decamp', 'slip', 'back'])
/** What follows a place left that makes it a strike's result or a trip, not a withdrawal ("left the village in ruins"). */
const LEFT_RESULT = new Set(['in', 'ablaze', 'burning', 'without', 'behind', 'for', 'on', 'with', 'to'])
/** Prepositions before the place withdrawn from or to. */
const WITHDRAW_PREPOSITIONS = new Set(['from', 'out', 'to', 'toward', 'towards', 'behind', 'across', 'beyond', 'westward', 'eastward', 'into'])
/** Surrendered soldiers are losses (gold convention 57). */
const SURRENDERED = trigger('casualties', '', { subject: 'victim' }).data

/**
 * "Ukrainian troops vacated their positions near X", "the garrison quit the town", "the brigade
 * decamped from X", "we pulled away from the river": a verb of giving up ground with a force as its
 * subject and a place as its object (or after "from", "out of") is the withdrawal. Soldiers who
 * surrendered, with no place given up, are losses of their side.
 */
function withdrawFrame(w: Words, v: number): FrameMatch | null {
  const word = lower(w, v)
  const lemma = WITHDRAW.forms.get(word)!
  const particle = particleOf(WITHDRAW, lemma, w, v)
  if (!particle || particle.after) return null
  if (!militarySubject(w, v) && !militaryAfterAside(w, v)) return null
  const at = particle.at
  const next = joined(w, at) ? lower(w, at + 1) : ''
  if (lemma === 'surrender' && (next === '' || /^(?:to|near|in|at|on|during|after|overnight|yesterday)$/.test(next))) {
    return lower(w, at + 1) === 'to' && isCapitalised(w, at + 2) ? null : match(w, v, at, SURRENDERED)
  }
  let from = at + 1
  if (next === 'out' && joined(w, at + 1) && lower(w, at + 2) === 'of') from = at + 3
  else if (WITHDRAW_PREPOSITIONS.has(next)) from = at + 2
  const place = next === '' ? null : groundAt(w, from, GROUND_HEADS)
  if (place) {
    const after = joined(w, place.end) ? lower(w, place.end + 1) : ''
    if (LEFT_RESULT.has(after) && from === at + 1 && (lemma === 'leave' || lemma === 'quit')) return null
    // Troops that "fled the village" withdrew; the lexicon reads fleeing as civilians' flight.
    return { ...match(w, v, place.end, WITHDRAWAL_BY_CLASS), replaces: WITHDRAW_OVER }
  }
  if (WITHDRAW_ALONE.has(lemma) && (next === '' || /^(?:overnight|under|after|amid|again|too|further|quickly|immediately)$/.test(next))) return match(w, v, at, WITHDRAWAL_BY_CLASS)
  return null
}

const HARMED = trigger('casualties', '').data
const HARMED_PASSIVE = trigger('casualties', '', { voice: 'passive' }).data
/** Heads of a weapon, an attack or a side that can hurt people as a subject. */
const HARMING_HEADS = new Set([...MUNITION_HEADS, 'attack', 'attacks', 'strike', 'strikes', 'shelling', 'bombardment', 'blast', 'blasts', 'explosion', 'explosions', 'shrapnel', 'debris', 'fire', 'raid', 'raids', 'airstrike', 'airstrikes', 'artillery'])

/**
 * "a glide bomb maimed two teenagers", "Russian shelling cut down three men", "two rescuers were
 * hurt", "four civilians were mown down": a verb of hurting whose object (or passive subject) is
 * people, its subject a weapon, an attack or a force, is a toll.
 */
function harmFrame(w: Words, v: number): FrameMatch | null {
  const word = lower(w, v)
  const lemma = HARM.forms.get(word)!
  const particle = particleOf(HARM, lemma, w, v)
  if (!particle || particle.after) return null
  if (v > 0 && joined(w, v - 1) && /^(?:was|were|been|being|got|get)$/.test(lower(w, v - 1))) {
    let h = v - 2
    while (h >= 0 && joined(w, h) && AUXILIARIES.has(lower(w, h))) h--
    if (h >= 0 && joined(w, h) && (PEOPLE_HEADS.has(lower(w, h)) || FORCE_PLURALS.has(lower(w, h)))) return match(w, v - 1, particle.at, HARMED_PASSIVE)
    return null
  }
  let s = v - 1
  while (s >= 0 && joined(w, s) && AUXILIARIES.has(lower(w, s))) s--
  const harming = s >= 0 && joined(w, s) && (HARMING_HEADS.has(lower(w, s)) || isForce(w, s, false))
  if (!harming && !actingSubject(w, v)) return null
  for (let i = particle.at + 1; i < w.tokens.length && i <= particle.at + 5; i++) {
    if (!joined(w, i - 1)) return null
    const o = lower(w, i)
    // "cut down three men": the toll, also where the lexicon reads the verb alone as a strike ("cut").
    if (PEOPLE_HEADS.has(o) || FORCE_PLURALS.has(o)) return { ...match(w, v, i, HARMED), replaces: { weak: true, kinds: ['strike'] } }
    if (!NP_FILLERS.has(o) && !isAmount(o) && !/(?:ed|ian|ern|al|ive|y|ing)$/.test(o)) return null
  }
  return null
}

/** Each verb class with the frame that reads its arguments, in the order they are tried. */
const VERB_CLASS_FRAMES: readonly (readonly [VerbClass, (w: Words, p: number) => FrameMatch | null])[] = [
  [REPEL, repelFrame],
  [SEIZE, seizeFrame],
  [WITHDRAW, withdrawFrame],
  [HARM, harmFrame],
  [ARRIVE, arriveFrame],
]

/** The class frames, tried at a token no frame above has read. */
function classFrame(w: Words, p: number): FrameMatch | null {
  const word = w.tokens[p]!.lower
  for (const [verbs, frame] of VERB_CLASS_FRAMES) {
    if (!verbs.forms.has(word)) continue
    const f = frame(w, p)
    if (f) return f
  }
  if (word === 'theirs' || word === 'ours') return possessedFrame(w, p)
  if (word === 'back' || RETURN.has(word)) return notBackFrame(w, p)
  if (LEAVE_WORDS.has(word) && p > 0 && lower(w, p - 1) === 'to') return urgedToLeaveFrame(w, p)
  if (RUIN_NOUNS.has(word)) return turnedIntoRuinFrame(w, p)
  return null
}

const EDGE_HEADS = new Set(['outskirts', 'fringes', 'fringe', 'edge', 'edges', 'approaches', 'limits', 'perimeter', 'gates', 'suburbs', 'suburb', 'centre', 'center', 'districts', 'district', 'quarter', 'quarters', 'blocks', 'streets', 'station', 'houses', 'buildings', 'positions', 'lines', 'line', 'trenches', 'bank', 'treeline', 'heights', 'outpost'])
const ADVANCE_ARRIVED = trigger('advance', '').data

/**
 * "Its troops touched the fringes of Kupiansk-Vuzlovyi", "Russian infantry neared the outskirts",
 * "crested the heights above X", "breached the town's eastern perimeter": a force arriving at the edge
 * or a part of a place is its advance (the lexicon reads "reached", "entered" with their own rules).
 */
function arriveFrame(w: Words, v: number): FrameMatch | null {
  if (!joined(w, v)) return null
  const word = lower(w, v)
  // The base form is a habit, a plan or an attempt ("to reach the outskirts"), read by other rules.
  if (ARRIVE.forms.get(word) === word) return null
  if (!militarySubject(w, v) && !militaryAfterAside(w, v)) return null
  const place = groundAt(w, v + 1)
  if (!place || isCapitalised(w, place.end)) return null
  if (!objectPhrase(w, v + 1, place.end) || !EDGE_HEADS.has(lower(w, place.end))) return null
  return { ...match(w, v, place.end, ADVANCE_ARRIVED), replaces: { weak: true, kinds: ['assault', 'strike'] } }
}

// ---- A place told as a side's own by a possessive pronoun: "Kupiansk is theirs" (a taking announced),
// "the village is still ours" (a holding). The pronoun's side is the speaker's (en.ts's side list).

const POSSESSED_ADVERBS = new Set(['now', 'already', 'completely', 'entirely', 'wholly', 'fully', 'all', 'finally', 'still', 'firmly', 'very', 'much', 'securely'])
const CAPTURE_POSSESSED = trigger('capture', '', { voice: 'noun', needsActor: true }).data
const CONTROL_POSSESSED = trigger('control', '', { voice: 'noun', needsActor: true }).data

function possessedFrame(w: Words, p: number): FrameMatch | null {
  let b = p - 1
  let held = false
  while (b >= 0 && joined(w, b) && POSSESSED_ADVERBS.has(lower(w, b))) {
    if (/^(?:still|firmly|much)$/.test(lower(w, b))) held = true
    b--
  }
  if (b < 1 || !joined(w, b) || !joined(w, b - 1) || !/^(?:is|was|remains|remained|stays|stayed)$/.test(lower(w, b))) return null
  if (/^(?:remains|remained|stays|stayed)$/.test(lower(w, b))) held = true
  // The subject: a place's name or a settlement noun right before the verb ("The town hall is ours" is no settlement).
  const s = b - 1
  const name = isCapitalised(w, s) && !NOT_PLACES.has(lower(w, s)) && !NOT_PLACE_NAMES.test(lower(w, s)) && !sideEndingAt(w, s) && !/^(?:the|it|this|that|he|she|they|we|i)$/.test(lower(w, s))
  if (!name && !SETTLEMENT_HEADS.has(lower(w, s))) return null
  // "Kupiansk or nobody's", "ours again": a taking told as still to come or as a boast is left alone.
  const next = joined(w, p) ? lower(w, p + 1) : ''
  if (next === 'or') return null
  return match(w, b, p, held ? CONTROL_POSSESSED : CAPTURE_POSSESSED)
}

// ---- Troops that did not come back (gold convention 57): "nine of them never made it back to their
// lines", "nobody from that group walked back", "half the assault group did not return". The group
// lost is the subject; the side that lost it is the victim.

const RETURN = new Set(['returned', 'return', 'returns', 'returning'])
/** Verbs that come back ("walked back", "made it back", "crawled back"). */
const COME_BACK = new Set(['came', 'come', 'walked', 'walk', 'crawled', 'crawl', 'got', 'get', 'limped', 'limp', 'made', 'make', 'returned', 'return', 'went', 'go', 'ran', 'run', 'staggered', 'stagger', 'drove', 'drive', 'rode', 'ride'])
const NEGATORS = new Set(['never', 'not', 'didn’t', "didn't", 'did', 'nobody', 'none', 'no', 'failed'])
const LOSSES_NOT_BACK = trigger('casualties', '', { subject: 'victim' }).data

function notBackFrame(w: Words, p: number): FrameMatch | null {
  const word = lower(w, p)
  let v = p
  if (word === 'back') {
    if (p < 1 || !joined(w, p - 1)) return null
    v = p - 1
    if (lower(w, v) === 'it' && v > 0 && MAKE.has(lower(w, v - 1)) && joined(w, v - 1)) v--
    if (!COME_BACK.has(lower(w, v))) return null
  } else if (p + 1 < w.tokens.length && joined(w, p) && /^(?:home|fire|to)$/.test(lower(w, p + 1)) && lower(w, p + 2) !== 'their') return null
  // The negation: "never", "did not", "didn't", "failed to", or a subject of nobody.
  let k = v - 1
  let negated = false
  let nobody = false
  for (; k >= 0 && k >= v - 3; k--) {
    if (!joined(w, k)) break
    const o = lower(w, k)
    if (o === 'never' || o === 'not' || o === 'didn’t' || o === "didn't") negated = true
    else if (!(o === 'did' || o === 'to' || o === 'failed' || o === 'ever' || AUXILIARIES.has(o))) break
    if (o === 'failed') negated = true
  }
  // The subject: a force or group, "N of them" said of a force or sent "back to their lines", or
  // nobody of a group ("Nobody from that group walked back").
  const toLines = /^\s+to\s+(?:their|our|its|the)\s+(?:own\s+)?(?:lines|positions|trenches|unit|base|side)(?![\p{L}])/u.test(w.text.slice(w.tokens[p]!.end, w.tokens[p]!.end + 40))
  const at = w.tokens[v]!.start
  const sideBefore = someNear(w.sides, at - 400, at, (m) => m.data.strong && m.span[1] <= at && m.span[1] > at - 400)
  let forceAt = -1
  let nobodyAt = -1
  for (let s = k; s >= 0 && s >= k - 6; s--) {
    if (s < k && !joined(w, s)) break
    const o = lower(w, s)
    if (o === 'nobody' || o === 'none' || (o === 'one' && lower(w, s - 1) === 'no')) nobodyAt = o === 'one' ? s - 1 : s
    if (forceAt < 0 && (isForce(w, s, false) || (OWNED_HEADS.has(o) && sideBefore) || (o === 'them' && (toLines || antecedentOf(w, v) === 'force')))) forceAt = s
  }
  if (forceAt < 0 || !(negated || nobodyAt >= 0)) return null
  return match(w, nobodyAt >= 0 ? Math.min(nobodyAt, forceAt) : forceAt, p, LOSSES_NOT_BACK)
}

// ---- An evacuation ordered (gold convention 45): "told the people of 11 border villages to leave",
// "urged residents of Druzhkivka to leave", "advised families with children to evacuate".

const LEAVE_WORDS = new Set(['leave', 'evacuate', 'relocate', 'flee', 'go'])
const DIRECTIVES = new Set(['told', 'tell', 'tells', 'telling', 'urged', 'urge', 'urges', 'urging', 'ordered', 'order', 'orders', 'ordering', 'asked', 'ask', 'asks', 'advised', 'advise', 'advises', 'instructed', 'instruct', 'instructs', 'warned', 'warn', 'warns', 'encouraged', 'encourage', 'pressed', 'press', 'called', 'calling', 'calls', 'implored', 'begged', 'appealed', 'required', 'require', 'requires', 'directed'])
const EVACUATION_ORDERED = trigger('evacuation', '').data

function urgedToLeaveFrame(w: Words, p: number): FrameMatch | null {
  // "to go" only with somewhere safe after it ("to go while trains still run" is left alone).
  if (lower(w, p) === 'go') return null
  let people = false
  for (let k = p - 2; k >= 0 && k >= p - 12; k--) {
    if (!joined(w, k)) return null
    const o = lower(w, k)
    if (PEOPLE_HEADS.has(o) && !/^(?:soldiers|servicemen|others|workers|students|men)$/.test(o)) people = true
    if (DIRECTIVES.has(o) && people) return match(w, k, p, EVACUATION_ORDERED)
    // "called on residents to leave": the directive's particle
    if ((o === 'on' || o === 'upon') && k > 0 && /^(?:called|calling|calls|call)$/.test(lower(w, k - 1)) && people) return match(w, k - 1, p, EVACUATION_ORDERED)
  }
  return null
}

// ---- A target turned into ruins by a weapon or a side: "turned a Luhansk oil depot into a bonfire",
// "reduced the school to rubble", "left the market a smoking ruin" is read by the result frames.

const RUIN_NOUNS = new Set(['bonfire', 'inferno', 'fireball', 'ruins', 'rubble', 'ashes', 'ash', 'cinders', 'wreckage', 'crater', 'craters', 'wasteland', 'torch', 'husk', 'shell', 'moonscape', 'debris', 'pyre', 'blaze'])
const TURNING = new Set(['turned', 'turn', 'turns', 'turning', 'reduced', 'reduce', 'reduces', 'reducing', 'transformed', 'transform', 'transforms', 'converted', 'made', 'left', 'rendered', 'rendering'])
const STRIKE_RUIN = trigger('strike', '').data

function turnedIntoRuinFrame(w: Words, p: number): FrameMatch | null {
  // Back over "a", "smoking", "pile of", to "into" or "to".
  let k = p - 1
  while (k >= 0 && k >= p - 4 && joined(w, k) && !/^(?:into|to)$/.test(lower(w, k))) k--
  if (k < 0 || !joined(w, k) || !/^(?:into|to)$/.test(lower(w, k))) return null
  // The verb before its object: "turned a Luhansk oil depot into".
  for (let v = k - 1; v >= 0 && v >= k - 8; v--) {
    if (!joined(w, v)) return null
    if (!TURNING.has(lower(w, v))) continue
    if (!actingSubject(w, v)) return null
    const target = placeAt(w, v + 1, TARGET_HEADS)
    if (!target || target.end >= k) return null
    return match(w, v, p, STRIKE_RUIN)
  }
  return null
}
