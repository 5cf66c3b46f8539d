import type { Span } from '../../domain/index.js'
import type { PhraseMatch, Token } from './phrase-matcher.js'
import { filterNear, someNear } from './near-matches.js'
import { trigger, type FrameInput, type FrameMatch, type TriggerData } from './types.js'

// Round 20: captions of geolocated footage, as the war monitors write them (CIR/Bellingcat, GeoConfirmed,
// Liveuamap): short noun phrases with no finite verb, the event told by its result. "Damage to a
// school in X", "Destruction of the museum", "Destroyed residential buildings", "Burnt-out Russian
// BMP", "Bridge destroyed near X", "Crater at the hospital", "Explosions at the airfield", "Fire at the
// power plant". The lexicon's verbs find none of them, or read them as the wrong event (a building
// "destroyed" is no loss of equipment). Each frame opens on a closed set of words (a noun of damage,
// a participle of damage, a noun of an impact or an explosion), so the walk costs one set lookup per
// token, and looks at most eight tokens either side.
//
// What was hit decides the kind: military equipment put out of action is `casualties` (conventions 75
// and 101), anything else named as damaged or destroyed (a building, a bridge, a street, a ship: 55)
// is a `strike` (72). A side named on what was hit owns it; the other side did it (the frames' data
// make the side a victim's, and their span covers the object, so resolve-actor-side reads the side
// inside it). A caption whose clause already names a strike or a toll ("Damage after a missile
// strike", "Destruction after shelling") is told by that word; the frames add nothing there.

const STRIKE_ON = trigger('strike', '', { voice: 'noun', subject: 'victim' }).data
const LOSS_OF = trigger('casualties', '', { voice: 'noun', subject: 'victim' }).data
/** An impact, an explosion or a fire at a site: a strike whose side the clause, else the held ground (72), gives. */
const STRIKE_NOUN = trigger('strike', '', { voice: 'noun' }).data
/** Ground left, the owner named inside the phrase ("Abandoned Russian positions"). */
const WITHDRAWN = trigger('withdrawal', '', { voice: 'noun' }).data
/** Firing at a target: the strike of the force or gun before the verb. */
const FIRING = trigger('strike', '').data
/** The data of a veto frame (read by no one: a veto adds no event). */
const VETOED = trigger('other', '').data
const STRIKE_PASSIVE = trigger('strike', '', { voice: 'passive' }).data
const LOSS_PASSIVE = trigger('casualties', '', { voice: 'passive' }).data
/** The frame's reading wins over the lexicon's word under it ("Destroyed" read as a loss, "Captured" as a capture). */
const OVER_LEXICON = { weak: true, kinds: ['strike', 'casualties', 'capture', 'withdrawal'] } as const
/** A reduced passive with its agent ("infantry attacked by a drone") replaces the lexicon's active attack verb too. */
const OVER_ACTIVE = { weak: true, kinds: ['strike', 'casualties', 'capture', 'withdrawal', 'assault'] } as const

/** Nouns of damage that open a caption ("Damage to", "Destruction of", and the feeds' misspellings). */
const DAMAGE_NOUNS = new Set(['damage', 'damages', 'destruction', 'destructions', 'devastation', 'destraction', 'damadge', 'damadged', 'wreckage', 'wreck', 'wrecks'])
/** What follows a noun of damage before its object or its place. */
const DAMAGE_LINKS = new Set(['to', 'of', 'on', 'at', 'in', 'inside', 'around', 'near', 'across', 'throughout', 'along', 'outside'])
/** Participles of damage, before or after what they tell of. */
const DAMAGED = new Set([
  'damaged', 'destroyed', 'destoryed', 'desrtroyed', 'deatroyed', 'damged', 'damadged', 'shelled', 'bombed', 'gutted', 'ruined', 'wrecked', 'demolished',
  'burned', 'burnt', 'collapsed', 'flattened', 'razed', 'devastated', 'obliterated', 'disabled', 'captured', 'burning', 'smouldering', 'smoldering',
  'abandoned', 'hit', 'struck', 'targeted', 'attacked', 'ambushed', 'shot', 'blown', 'crashed', 'downed',
])
/** Participles of striking read as a caption's passive only with their agent after "by" ("hit by", "targeted by"). */
const HIT_WORDS = new Set(['hit', 'struck', 'targeted', 'attacked', 'ambushed', 'shot'])
/** Heads of armed people: struck by the other side ("Russian forces hit by artillery"). */
const FORCE_HEADS = new Set(['infantry', 'infantrymen', 'positions', 'position', 'convoy', 'column', 'troops', 'forces', 'soldiers', 'servicemen'])
/** Verbs of driving: equipment seen moving is no claim ("Russian tank driving through X"). */
const DRIVING = new Set(['driving', 'drives', 'drive', 'moving', 'moves', 'move', 'rolling', 'rolls', 'heading', 'heads', 'passing', 'passes', 'travelling', 'traveling', 'parked', 'spotted', 'seen', 'going', 'leaving', 'arriving'])
/** What fires at a target in a caption's present tense ("Russian tanks fire at a village", "fighters firing into buildings"). */
const SHOOTERS = new Set(['tank', 'tanks', 'artillery', 'mortar', 'mortars', 'howitzer', 'howitzers', 'gunners', 'soldiers', 'troops', 'forces', 'fighters', 'infantry', 'helicopter', 'helicopters', 'jet', 'jets', 'bmp', 'btr', 'apc', 'apcs', 'ifv', 'ifvs', 'vehicles', 'vehicle', 'units', 'unit', 'crew', 'crews', 'snipers', 'sniper', 'mlrs', 'grad', 'grads', 'launcher', 'launchers', 'military', 'army', 'marines', 'paratroopers', 'servicemen'])
/** Adjectives of a side that may stand before a caption's participle of damage ("Russian destroyed tanks"). */
const SIDE_ADJECTIVES = new Set(['russian', 'ukrainian', 'ukranian', 'enemy', 'separatist'])
/** Participles that tell of equipment only ("Captured Russian tanks"; a captured school is no caption's). */
const EQUIPMENT_ONLY = new Set(['captured', 'disabled', 'abandoned', 'crashed', 'downed'])
/** Participles that tell a fire, which is a strike at a home only when the caption names its cause (convention 73). */
const FIRE_WORDS = new Set(['burned', 'burnt', 'burning', 'smouldering', 'smoldering'])
/** Nouns of an impact: a crater, a hit, "arrivals" (incoming shells in the monitors' English). */
const IMPACT_NOUNS = new Set(['crater', 'craters', 'impact', 'impacts', 'arrivals', 'arrival'])
/** Nouns of an explosion (72: an explosion in a place is a strike). */
const EXPLOSION_NOUNS = new Set(['explosion', 'explosions', 'explotion', 'explotions', 'blast', 'blasts', 'detonation', 'detonations'])
/** Nouns of a fire, a strike only at a military, fuel or energy site (73). */
const FIRE_NOUNS = new Set(['fire', 'fires', 'blaze', 'blazes', 'smoke', 'burning'])
/** Where a fire is a strike with no cause named (convention 73). */
const FIRE_SITES = new Set([
  'depot', 'depots', 'refinery', 'refineries', 'substation', 'substations', 'airfield', 'airfields', 'airbase', 'airbases', 'airport', 'base', 'bases', 'terminal',
  'plant', 'plants', 'factory', 'factories', 'storage', 'warehouse', 'warehouses', 'barracks', 'station', 'tanks', 'tank', 'pipeline', 'arsenal', 'ammunition',
])
/** Prepositions of a route or a cover, which end a noun phrase as a place's do ("tanks along the road"). */
const ROUTE_LINKS = new Set(['along', 'across', 'through', 'under', 'past', 'beneath', 'towards', 'toward', 'amid', 'among', 'alongside'])
/** Prepositions a caption's place or target follows. */
const PLACE_LINKS = new Set(['at', 'in', 'on', 'near', 'inside', 'outside', 'around', 'over', 'by', 'next', 'behind', 'beside', 'close', 'of', 'from', 'into', 'to'])

/** Military equipment: put out of action, it is a loss (75, 101). */
const EQUIPMENT = new Set([
  'tank', 'tanks', 'apc', 'apcs', 'ifv', 'ifvs', 'afv', 'afvs', 'bmp', 'bmps', 'btr', 'btrs', 'bmd', 'bmds', 'mt-lb', 'howitzer', 'howitzers', 'launcher', 'launchers',
  'mlrs', 'grad', 'grads', 'uragan', 'smerch', 'buk', 'pantsir', 'humvee', 'humvees', 'hmmwv', 'hmmwvs', 'mrap', 'mraps', 'spaag', 'bmpt', 'radar', 'radars', 'helicopter', 'helicopters', 'jet', 'jets', 'aircraft', 'plane', 'planes',
  'warplane', 'warplanes', 'fighter', 'bomber', 'convoy', 'convoys', 'column', 'columns', 'armour', 'armor', 'artillery', 'gun', 'guns',
  'vehicle', 'vehicles', 'truck', 'trucks', 'lorry', 'lorries', 'equipment', 'hardware', 'mortar', 'mortars', 'tigr', 'tigr-m', 'msta', 'gvozdika', 'akatsiya', 'pion', 'tos-1a', 'tos', 'kamaz', 'ural',
])
/** Equipment words that name civilian things unless a side or a military word stands with them ("damaged cars", "a burned truck"). */
const GENERIC_EQUIPMENT = new Set(['vehicle', 'vehicles', 'truck', 'trucks', 'lorry', 'lorries', 'equipment', 'hardware', 'column', 'columns', 'plane', 'planes', 'kamaz', 'ural', 'gun', 'guns'])
/** Words that make generic equipment military. */
const MILITARY_WORDS = new Set(['russian', 'ukrainian', 'ukranian', 'military', 'armoured', 'armored', 'combat', 'enemy', 'army', 'infantry', 'fighting', 'self-propelled', 'heavy', 'artillery', 'air', 'defence', 'defense', 'anti-aircraft', 'russia', 'chechen', 'separatist', 'dpr', 'lpr', 'occupiers', 'invaders'])
/** Model names of armour and aircraft, read with the figure after them ("T-72B3", "BMP-2", "Su-25", "Mi-8", "2S1"). */
const MODEL = /^(?:t|bmp|btr|bmd|su|mi|ka|mig|tu|il|an|bm|tos|mt|zsu|2s\d+|s)$/u
/** Ships: a strike on a vessel is a `strike` (convention 55). */
const VESSELS = new Set(['ship', 'ships', 'boat', 'boats', 'vessel', 'vessels', 'warship', 'warships', 'frigate', 'corvette', 'submarine', 'cruiser', 'tugboat', 'tug', 'barge', 'ferry', 'tanker'])
/** Heads of what a strike hits: buildings, infrastructure and what stands in them. */
const TARGETS = new Set([
  'building', 'buildings', 'buidling', 'buidlings', 'buildign', 'house', 'houses', 'home', 'homes', 'block', 'blocks', 'apartment', 'apartments', 'appartment', 'appartments',
  'high-rise', 'high-rises', 'school', 'schools', 'kindergarten', 'kindergartens', 'hospital', 'hospitals', 'clinic', 'clinics', 'ward', 'church', 'churches', 'cathedral',
  'mosque', 'synagogue', 'monastery', 'museum', 'museums', 'theatre', 'theater', 'library', 'university', 'faculty', 'gymnasium', 'college', 'lyceum', 'shop', 'shops',
  'store', 'stores', 'market', 'markets', 'mall', 'malls', 'supermarket', 'center', 'centre', 'hotel', 'office', 'offices', 'stadium', 'bridge', 'bridges', 'dam', 'road',
  'roads', 'railway', 'railroad', 'rail', 'station', 'stations', 'substation', 'plant', 'factory', 'factories', 'depot', 'warehouse', 'warehouses', 'facility', 'facilities',
  'infrastructure', 'tower', 'port', 'dock', 'pier', 'airport', 'airfield', 'airbase', 'base', 'barracks', 'administration', 'council', 'hall', 'headquarters', 'garage',
  'garages', 'car', 'cars', 'bus', 'buses', 'tram', 'trolleybus', 'train', 'trains', 'roof', 'street', 'streets', 'district', 'neighbourhood', 'neighborhood', 'culture',
  'park', 'playground', 'cemetery', 'elevator', 'terminal', 'refinery', 'pipeline', 'dormitory', 'bakery', 'pharmacy', 'shelter', 'yard', 'enterprise', 'complex', 'mine',
  'storage', 'area', 'areas', 'village', 'town', 'city', 'positions', 'position', 'post', 'checkpoint', 'trench', 'trenches', 'dugout', 'headquarter', 'residence',
  'cinema', 'circus', 'zoo', 'church', 'temple', 'gas', 'kiosk', 'bank', 'court', 'police', 'prison', 'dwelling', 'dwellings', 'cottage', 'cottages', 'flat', 'flats',
  'windows', 'houses', 'structure', 'structures', 'property', 'properties', 'premises', 'quarter', 'suburb', 'outskirts', 'square', 'embankment', 'hangar', 'hangars',
  'arcade', 'gallery', 'pavilion', 'shed', 'sheds', 'barn', 'barns', 'greenhouse', 'greenhouses', 'silo', 'silos', 'hostel', 'sanatorium', 'institute', 'academy', 'laboratory',
  'boarding', 'orphanage', 'nursery', 'polyclinic', 'cafe', 'restaurant', 'petrol', 'filling', 'workshop', 'workshops', 'farm', 'farms', 'granary', 'dacha', 'dachas', 'villa',
])
/** Words a prenominal participle follows at the head of a caption's noun phrase. */
const NP_OPENERS = new Set(['a', 'an', 'the', 'two', 'three', 'four', 'five', 'several', 'multiple', 'many', 'numerous', 'more', 'other', 'another', 'of', 'shows', 'showing', 'show', 'with', 'including', 'completely', 'partially', 'partly', 'heavily', 'badly', 'severely', 'totally', 'recently', 'newly', 'reportedly', 'allegedly', 'possibly', 'likely', 'probably', 'almost', 'fully', 'largely', 'previously'])
/** Adverbs between a head and its participle ("school completely destroyed"). */
const DEGREE = new Set(['completely', 'partially', 'partly', 'heavily', 'badly', 'severely', 'totally', 'fully', 'largely', 'almost', 'reportedly', 'allegedly', 'possibly', 'likely', 'probably', 'also', 'entirely', 'seriously', 'significantly', 'extensively'])
/** Words after a postnominal participle that leave it a passive (no object follows). */
const AFTER_PASSIVE = new Set(['by', 'using', 'via', 'in', 'near', 'at', 'on', 'after', 'during', 'as', 'following', 'outside', 'inside', 'around', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'from', 'along', 'between', 'and', 'with', 'due', 'overnight', 'today', 'yesterday', 'earlier', 'close', 'beside', 'next', 'behind', 'over', 'amid', 'while', 'when', 'during', 'reportedly', 'completely', 'partially'])
/** Words that never stand inside a caption's noun phrase: verbs and auxiliaries end it. */
const NP_BREAKS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'be', 'been', 'being', 'will', 'would', 'can', 'could', 'that', 'which', 'who', 'where', 'when', 'after', 'before', 'as', 'while', 'by', 'and', 'or', 'but', 'with', 'from'])
/** Words before a noun of damage that deny it ("no damage", "without destruction"). */
const NONE_BEFORE = new Set(['no', 'without', 'little', 'nor', 'avoid', 'avoided', 'prevent', 'prevented', 'minimal', 'any'])
/** Forces: a participle after one is its verb ("Russian forces destroyed a bridge"), not a passive. */
const FORCES = new Set(['forces', 'troops', 'army', 'military', 'soldiers', 'units', 'unit', 'servicemen', 'artillery', 'aviation', 'russians', 'ukrainians', 'occupiers', 'invaders', 'they', 'fighters', 'brigade', 'battalion', 'regiment', 'marines', 'paratroopers', 'drone', 'drones', 'missile', 'missiles', 'strike', 'strikes', 'shelling', 'rocket', 'rockets', 'mortar', 'mortars', 'bomb', 'bombs', 'shell', 'shells'])

/** A side's vehicles on the road: armed people to FORCE_HEADS, a side's equipment when a participle with no object follows (a civilian convoy hit is a strike). */
const CONVOYS = new Set(['convoy', 'convoys', 'column', 'columns'])

/** A plain lower-case word that may head a noun phrase (no figure, no function word). */
const PLAIN_NOUN = /^\p{Ll}{4,}$/u
/** Participles the lexicon reads as equipment destroyed, when they stand before a thing hit whose strike the caption tells. */
const DESTROYED_WORDS = new Set(['destroyed', 'destoryed', 'desrtroyed', 'deatroyed', 'damaged', 'damged', 'damadged'])

/** A count before listed equipment ("two BMPs", "2x BMP", "several trucks"). */
const COUNT_WORDS = /^(?:\d+x?|two|three|four|five|six|seven|eight|nine|ten|several|multiple|a|an|another)$/u

/** Words a veto frame opens on. */
const VETO_WORDS = new Set([...DRIVING, 'trapped', 'stuck', 'stopped', 'blocked', 'halted', 'blockade', 'blockades'])

interface Words {
  readonly text: string
  readonly tokens: readonly Token[]
}

function lower(w: Words, i: number): string {
  return w.tokens[i]?.lower ?? ''
}

/** Whether tokens i and i+1 are joined by white space or a hyphen only (one stretch of a phrase). */
function joined(w: Words, i: number): boolean {
  const a = w.tokens[i]
  const b = w.tokens[i + 1]
  if (!a || !b) return false
  for (let k = a.end; k < b.start; k++) {
    const c = w.text.charCodeAt(k)
    if (c !== 0x20 && c !== 0x2d && c !== 0xa0 && c !== 0x09 && c !== 0x27 && c !== 0x2019 && c !== 0x23 && c !== 0x2e) return false
    // (a full stop joins only inside an abbreviation: "no. 4", "Nr.114"; a stop before a space ends the sentence)
    if (c === 0x2e && (k + 1 >= b.start || w.text.charCodeAt(k + 1) === 0x20) && !/^(?:no|nr|st|str)$/u.test(a.lower)) return false
  }
  return true
}

/** Whether a caption's noun phrase may open at token i: the text's or a clause's start, a label, a timestamp or a determiner before it. */
function opensPhrase(w: Words, i: number): boolean {
  if (i === 0) return true
  const gap = w.text.slice(w.tokens[i - 1]!.end, w.tokens[i]!.start)
  if (/[.:;!?(\[\n,]/u.test(gap)) return true
  const before = lower(w, i - 1)
  // "0:16-0:39 Multiple …", "Image 2 Destroyed …": a timestamp's or a label's figure.
  if (/^\d/u.test(before)) return true
  return NP_OPENERS.has(before) && joined(w, i - 1)
}

/** What a noun phrase from token `from` names, read up to eight tokens: its head's class and last token. */
interface Head {
  readonly kind: 'equipment' | 'vessel' | 'target' | 'other'
  readonly end: number
  /** Whether a fuel, military or energy site is named (a fire there is a strike: 73). */
  readonly site: boolean
}

function headAt(w: Words, from: number): Head | null {
  let kind: Head['kind'] | null = null
  let end = -1
  let military = false
  let site = false
  for (let i = from; i < from + 8 && i < w.tokens.length; i++) {
    if (i > from && !joined(w, i - 1)) break
    const word = lower(w, i)
    if (i > from && (NP_BREAKS.has(word) || (PLACE_LINKS.has(word) && word !== 'of') || ROUTE_LINKS.has(word))) break
    // "the village of X", "part of the university": an of-phrase continues the phrase only after a head
    // that names a part or a kind ("part of", "remains of"), else it ends it.
    if (word === 'of') {
      if (kind === null || /^(?:part|parts|remains|rest|building|buildings|complex|territory|area|roof|house|center|centre|palace)$/u.test(lower(w, i - 1))) continue
      break
    }
    if (MILITARY_WORDS.has(word)) military = true
    if (FIRE_SITES.has(word) || /^(?:oil|fuel|ammunition|ammo|military|power|energy|gas)$/u.test(word)) site = site || FIRE_SITES.has(word) || (word !== 'power' && word !== 'gas')
    if (MODEL.test(word) && joined(w, i) && /^\d/u.test(lower(w, i + 1))) {
      kind = 'equipment'
      end = i + 1
      i++
      continue
    }
    if (VESSELS.has(word)) {
      kind = 'vessel'
      end = i
    } else if (kind === 'vessel' && end === i - 1 && /^\p{Lu}/u.test(w.text[w.tokens[i]!.start]!)) {
      // "the command ship Donbas", "the cruiser Moskva": a ship's name after its class.
      end = i
    } else if (EQUIPMENT.has(word)) {
      // "heavy equipment storage", "tank farm": a store of equipment is a site struck.
      kind = GENERIC_EQUIPMENT.has(word) && !military ? (kind ?? 'target') : 'equipment'
      end = i
    } else if (TARGETS.has(word)) {
      kind = 'target'
      end = i
    } else if (kind === null && /^\p{Lu}/u.test(w.text[w.tokens[i]!.start]!) && i > from) {
      // A name ("Kharkiv National University", "Galaktika Shopping Mall") runs on to its head.
      end = i
    }
  }
  if (kind === null) return end >= 0 ? { kind: 'other', end, site } : null
  return { kind, end, site }
}

function span(w: Words, a: number, b: number): Span {
  return [w.tokens[a]!.start, w.tokens[b]!.end]
}

function match(w: Words, a: number, b: number, data: TriggerData, over: false | 'lexicon' | 'active' | true = false): FrameMatch {
  const s = span(w, a, b)
  if (over === false) return { span: s, text: w.text.slice(s[0], s[1]), data }
  return { span: s, text: w.text.slice(s[0], s[1]), data, replaces: over === 'active' ? OVER_ACTIVE : OVER_LEXICON }
}

/** Labels and openers a caption's phrase may follow ("Image 2:", "0:16-0:39", "Drone footage of", "Satellite imagery shows"). */
const LABELS = new Set(['image', 'images', 'video', 'videos', 'picture', 'pictures', 'photo', 'photos', 'footage', 'part', 'clip', 'drone', 'satellite', 'imagery', 'min', 'minute', 'overview', 'view', 'aerial', 'close-up', 'closeup', 'ground', 'still', 'screenshot', 'initial', 'new', 'further', 'more', 'first', 'second', 'later', 'graphic'])

/**
 * Whether the phrase at token p opens its caption or clause: only labels, timestamps, determiners and
 * openers stand between it and the start of the text, a sentence, or a stretch after a colon, comma or
 * bracket. "Rescuers pulled debris off a burned-out trolleybus" tells a detail of another event (46).
 */
function opensCaption(w: Words, p: number): boolean {
  for (let i = p; i > 0; i--) {
    if (p - i > 12) return false
    if (/[.:;!?(\[\n,]/u.test(w.text.slice(w.tokens[i - 1]!.end, w.tokens[i]!.start))) return true
    const before = lower(w, i - 1)
    // "Multiple images taken yesterday showing …", "A correspondent showed …": what footage shows opens anew.
    if (SHOWING.has(before)) return true
    if (!(LABELS.has(before) || NP_OPENERS.has(before) || /^\d/u.test(before))) return false
  }
  return true
}

/** Verbs of showing: the phrase after one is what the footage shows ("… showing widespread destruction"). */
const SHOWING = new Set(['shows', 'showing', 'showed', 'shown', 'depicting', 'depicts', 'reveals', 'revealing', 'revealed', 'documents', 'documenting', 'captures', 'capturing', 'filming', 'films', 'confirms', 'confirming'])

/** A lexicon strike under the frame's words ("set the refinery on fire"): the lexicon's reading stands. */
function lexiconStrikeUnder(triggers: readonly PhraseMatch<TriggerData>[], own: Span): boolean {
  return someNear(triggers, own[0], own[1], (t) => t.span[0] < own[1] && own[0] < t.span[1] && t.data.kind === 'strike' && !t.data.incidental)
}

/** The stretch of the caption's clause around token i: up to the sentence's or clause's stops either side. */
function clauseOf(w: Words, i: number): Span {
  const text = w.text
  // (At most CLAUSE_REACH characters either side: a text with no stops costs no more per frame word.)
  let a = w.tokens[i]!.start
  const lo = Math.max(0, a - CLAUSE_REACH)
  while (a > lo && !(/[.;!?\n]/u.test(text[a - 1]!) && !isAbbreviationStop(text, a - 1))) a--
  let b = w.tokens[i]!.end
  const hi = Math.min(text.length, b + CLAUSE_REACH)
  while (b < hi && !(/[.;!?\n]/u.test(text[b]!) && !isAbbreviationStop(text, b))) b++
  return [a, b]
}

const CLAUSE_REACH = 400

/** "School No. 4", "Nr. 114", "St. Nicholas": a full stop after an abbreviation ends no clause. */
function isAbbreviationStop(text: string, at: number): boolean {
  return text[at] === '.' && /(?:^|[^\p{L}])(?:no|nr|st|str|vul|ul)$/iu.test(text.slice(Math.max(0, at - 4), at))
}

/**
 * Whether the clause already tells a strike or an attack in the lexicon's words ("Damage after a
 * missile strike", "Destroyed buildings after shelling"): that word carries the caption's event.
 */
function toldByLexicon(triggers: readonly PhraseMatch<TriggerData>[], w: Words, i: number, own: Span): boolean {
  const [a, b] = clauseOf(w, i)
  // (A toll beside the damage is an event of its own: "Damaged clinic in X, two nurses killed" is the
  // strike on the clinic and its toll, as "a glide bomb gutted a clinic, killing a nurse" is: 47.)
  return someNear(triggers, a, b, (t) => t.span[0] >= a && t.span[1] <= b && (t.span[1] <= own[0] || t.span[0] >= own[1]) && !t.data.incidental && (t.data.kind === 'strike' || t.data.kind === 'assault'))
}

/** "Damage to a school", "Destruction of the Russian tank", "heavy damage in Kharkiv", "Widespread destruction". */
function damageNounFrame(w: Words, p: number, triggers: readonly PhraseMatch<TriggerData>[], found: readonly FrameMatch[] = []): FrameMatch | null {
  if (p > 0 && joined(w, p - 1) && NONE_BEFORE.has(lower(w, p - 1))) return null
  // "Heavy damage to", "Widespread destruction of": adjectives of degree before the noun.
  let q = p
  while (q > 0 && q > p - 3 && joined(w, q - 1) && /^(?:heavy|extensive|widespread|wedespread|wide-spread|wide-scale|widescale|severe|significant|major|serious|massive|large-scale|considerable|visible|total|complete|partial|further|new|more|some|great|vast|enormous|minor|residential|infrastructure|civilian|structural|apparent|possible|alleged)$/u.test(lower(w, q - 1))) q--
  // "Satellite image of dam destruction", "Hostomel airfield destruction": what was hit before the noun.
  const before = q > 0 && joined(w, q - 1) ? lower(w, q - 1) : ''
  if (q === p && before !== '' && (TARGETS.has(before) || EQUIPMENT.has(before) || VESSELS.has(before))) {
    let k = q - 1
    while (k > 0 && k > q - 4 && joined(w, k - 1) && !SHOWING.has(lower(w, k - 1)) && !LABELS.has(lower(w, k - 1)) && !NP_OPENERS.has(lower(w, k - 1))) k--
    if (!opensCaption(w, k) || toldByLexicon(triggers, w, p, span(w, k, p))) return null
    return match(w, k, p, EQUIPMENT.has(before) && !GENERIC_EQUIPMENT.has(before) ? LOSS_OF : STRIKE_ON)
  }
  if (!opensCaption(w, q) && !conjoinedAfterToll(w, q, triggers, found)) return null
  // "Damage sustained to a church", "destruction caused to the bridge": the verb before the link.
  const told = joined(w, p) && /^(?:sustained|suffered|caused|done|inflicted|dealt)$/u.test(lower(w, p + 1)) && joined(w, p + 1) && DAMAGE_LINKS.has(lower(w, p + 2)) ? 1 : 0
  const link = joined(w, p) ? lower(w, p + 1 + told) : ''
  const head = link !== '' && DAMAGE_LINKS.has(link) ? headAt(w, p + 2 + told) : null
  // "damage assessment", "damage control": a noun after it that is no link is no damage told.
  if (link !== '' && !DAMAGE_LINKS.has(link) && !/^(?:after|from|caused|as|following|and|visible|seen|done|was|were|is)$/u.test(link)) return null
  const own = head ? span(w, p, head.end) : span(w, p, p)
  if (toldByLexicon(triggers, w, p, own)) return null
  if (head && head.kind === 'equipment' && (link === 'of' || link === 'to')) return match(w, p, head.end, LOSS_OF)
  return match(w, p, head && (link === 'of' || link === 'to' || link === 'on') ? head.end : p, STRIKE_ON)
}

/**
 * "Civilian casualty and damage to the substation", "Two wounded and damage to houses": damage joined by "and"
 * to a toll the caption opened with is a second thing hit, a strike of its own (convention 128).
 */
function conjoinedAfterToll(w: Words, q: number, triggers: readonly PhraseMatch<TriggerData>[], found: readonly FrameMatch[]): boolean {
  if (q < 1 || !joined(w, q - 1) || lower(w, q - 1) !== 'and') return false
  const and = w.tokens[q - 1]!.start
  const toll = (t: PhraseMatch<TriggerData>): boolean => t.data.kind === 'casualties' && t.span[1] <= and && !/[.;!?\n]/u.test(w.text.slice(t.span[1], and))
  return found.some((f) => !f.veto && toll(f)) || triggers.some(toll)
}

/** "Destroyed residential buildings", "Burnt-out Russian BMP-2", "Captured Russian tanks", "Shelled school in X". */
function participleBeforeFrame(w: Words, p: number, triggers: readonly PhraseMatch<TriggerData>[]): FrameMatch | null {
  const word = lower(w, p)
  if (HIT_WORDS.has(word)) return null
  // "Abandoned Ukrainian positions west of X": ground its owner left (a withdrawal, the side named on it).
  if (word === 'abandoned' && opensCaption(w, p) && opensPhrase(w, p) && joined(w, p)) {
    const held = abandonedGround(w, p + 1)
    if (held >= 0) return match(w, p, held, WITHDRAWN, true)
    // "Abandoned house", "Abandoned school": a building its people left tells no side's move.
    const head = headAt(w, p + 1)
    if (head && head.kind === 'target') return veto(w, p, p)
  }
  // "Russian destroyed tanks", "Ukrainian abandoned BMP": the owner's adjective before the participle, the
  // equipment after it (the lexicon would read the side as the participle's subject).
  const owner = p > 0 && joined(w, p - 1) && SIDE_ADJECTIVES.has(lower(w, p - 1)) && opensPhrase(w, p - 1) && opensCaption(w, p - 1)
  if (!owner && (!opensPhrase(w, p) || !opensCaption(w, p))) return null
  // "burnt-out", "burned-out": the particle joined by a hyphen.
  let first = p + 1
  if ((word === 'burnt' || word === 'burned') && lower(w, p + 1) === 'out' && joined(w, p)) first = p + 2
  if (first >= w.tokens.length || !joined(w, first - 1)) return null
  // "Destroyed footbridge", "Destroyed residences in X": a plain noun no list names is a thing hit (109), not
  // equipment lost, which the lists and the model names tell.
  const head = headAt(w, first) ?? (!owner && PLAIN_NOUN.test(lower(w, first)) && !SIDE_ADJECTIVES.has(lower(w, first)) && !NP_BREAKS.has(lower(w, first)) && !PLACE_LINKS.has(lower(w, first)) && !ROUTE_LINKS.has(lower(w, first)) && !/^\p{Lu}/u.test(w.text[w.tokens[first]!.start]!) ? { kind: 'target' as const, end: first, site: false } : null)
  if (!head || head.kind === 'other') return null
  if (EQUIPMENT_ONLY.has(word) && head.kind !== 'equipment') return null
  if (owner) return head.kind === 'equipment' ? match(w, p - 1, head.end, LOSS_OF, true) : null
  // A fire at a home is no claim without its cause (73): "burning house" is left to the words of war beside it.
  if (FIRE_WORDS.has(word) && first === p + 1 && head.kind === 'target' && !head.site) return null
  const own = span(w, p, head.end)
  // ("Burning Russian BMP after being struck by the 53rd Brigade": equipment put out of action by the
  // strike told is the loss, that strike its cause, 112.)
  // ("Destroyed supermarket as a result of shelling": the strike word tells the event, and the participle
  // is no loss of equipment besides.)
  if (head.kind !== 'equipment' && (toldByLexicon(triggers, w, p, own) || lexiconStrikeUnder(triggers, own))) return head.kind === 'target' && DESTROYED_WORDS.has(word) ? veto(w, p, p) : null
  // "Two destroyed T-80BV tanks and a truck, belonging to the marines, were destroyed in X": the phrase is the
  // subject of the sentence's own passive of the same event, which tells it once (one claim, not two).
  if (passiveLaterInSentence(w, head.end, head.kind === 'equipment' ? 'casualties' : 'strike', triggers)) return veto(w, p, head.end)
  return match(w, p, head.end, head.kind === 'equipment' ? LOSS_OF : STRIKE_ON, true)
}

/** Whether the sentence goes on, after token `end`, to a lexicon passive of the same kind of event ("… were destroyed"; "… and four civilians were wounded" is a toll of its own). */
function passiveLaterInSentence(w: Words, end: number, kind: 'casualties' | 'strike', triggers: readonly PhraseMatch<TriggerData>[]): boolean {
  const from = w.tokens[end]!.end
  let to = from
  while (to < w.text.length && to - from < 200 && !(/[.;!?\n]/u.test(w.text[to]!) && !isAbbreviationStop(w.text, to))) to++
  // (the trigger right after an auxiliary: "were destroyed", "have been damaged")
  return someNear(triggers, from, to, (t) => t.span[0] >= from && t.span[1] <= to && t.data.kind === kind && /(?:^|\s)(?:were|was|been|are|is)\s+(?:\p{L}+ly\s+)?$/u.test(w.text.slice(Math.max(from, t.span[0] - 24), t.span[0])))
}

/** "School #12 in X destroyed", "Russian tank destroyed near X", "Russian BTR-82 captured by Ukrainian troops". */
function participleAfterFrame(w: Words, p: number, triggers: readonly PhraseMatch<TriggerData>[]): FrameMatch | null {
  const word = lower(w, p)
  // "Bridge blown up near X", "the railway bridge was blown up": the particle is part of the participle.
  if (word === 'blown') return blownUpFrame(w, p, triggers)
  if (FIRE_WORDS.has(word) && word !== 'burned' && word !== 'burnt') return null
  // "Russian troops hit by artillery fire", "Ukrainian positions targeted by mortars": an agent after
  // "by" makes any participle of striking a passive, also after a force.
  const byAgent = joined(w, p) && lower(w, p + 1) === 'by'
  // "Ukrainian vehicles targeted", "Russian tank hit near X": a participle of striking with no agent is a
  // passive only after equipment and with no object after it (checked below); "Russian tank hit a house" is active.
  const bareHit = HIT_WORDS.has(word) && !byAgent
  if (bareHit && !(p > 0 && joined(w, p - 1) && isEquipmentWord(w, p - 1))) return null
  // Back over degree words to the phrase before: its head must be a target or equipment, and no verb
  // may stand between the caption's start and the participle.
  let v = p - 1
  while (v >= 0 && joined(w, v) && DEGREE.has(lower(w, v))) v--
  // "Russian armour being shelled", "Ukrainian tanks being hit": equipment under fire as the footage runs is its loss (112).
  if (v > 0 && /^(?:being|getting)$/u.test(lower(w, v)) && joined(w, v - 1) && isEquipmentWord(w, v - 1)) v--
  // "A Russian BMP was struck by an ATGM", "Ukrainian tanks were hit by drones": equipment struck, told in a
  // full passive with its agent, is its loss as the verbless caption's is (112, 75); the lexicon reads a strike.
  else if (v > 0 && byAgent && HIT_WORDS.has(word) && /^(?:was|were|is|are)$/u.test(lower(w, v)) && joined(w, v - 1) && isEquipmentWord(w, v - 1)) v--
  if (v < 0) return null
  // (A convoy or a column of a side is equipment, lost when a participle with no object follows it: "Russian convoy destroyed near X".)
  const forceHead = (FORCES.has(lower(w, v)) || FORCE_HEADS.has(lower(w, v))) && !(CONVOYS.has(lower(w, v)) && sideWithin(w, v, 3))
  if (forceHead && !byAgent) return null
  // "was destroyed", "have been damaged": the lexicon's passive.
  if (NP_BREAKS.has(lower(w, v))) return null
  // No object after: the clause ends or a place, an agent or a time follows.
  const next = p + 1 < w.tokens.length && joined(w, p) ? lower(w, p + 1) : ''
  if (next !== '' && !AFTER_PASSIVE.has(next) && !/^\d/u.test(next)) return null
  // The caption's phrase: from the clause start to the participle.
  const [a] = clauseOf(w, p)
  let start = v
  while (start > 0 && w.tokens[start - 1]!.end > a && p - start < 10) {
    // ("The aftermath of shelling in X: hotel destroyed": a colon, comma or bracket opens the phrase, and
    // the shelling before it is no subject of the participle.)
    if (/[:,(\[]/u.test(w.text.slice(w.tokens[start - 1]!.end, w.tokens[start]!.start))) break
    const before = lower(w, start - 1)
    // ("School and shop destroyed by shelling", "Kindergarten and residential buildings damaged": a list of
    // things hit joined by "and" is one phrase, as a list of equipment is.)
    if (before === 'and' && start > 1 && TARGETS.has(lower(w, start - 2)) && joined(w, start - 2) && joined(w, start - 1)) {
      start--
      continue
    }
    // ("Russian military vehicles destroyed": a force word that modifies equipment is no subject.)
    // ("Russian BMP-2 and Tiger IMV destroyed by …": a list of equipment joined by "and".)
    // ("Russian tank and two BMPs destroyed", "Russian tank and truck destroyed": a count, or a vehicle the list makes military.)
    if (before === 'and' && (isEquipmentWord(w, start) || EQUIPMENT.has(lower(w, start)) || COUNT_WORDS.test(lower(w, start)) || /^\p{Lu}/u.test(w.text[w.tokens[start]!.start]!)) && start > 1 && isEquipmentWord(w, start - 2)) {
      start--
      continue
    }
    if (NP_BREAKS.has(before) || (FORCES.has(before) && !byAgent && !isEquipmentWord(w, start))) return null
    start--
  }
  // A label or a timestamp before the phrase ("Image 1:", "0:25") is not its head.
  let kind: Head['kind'] | null = null
  for (let i = start; i <= v; i++) {
    const h = lower(w, i)
    if (MODEL.test(h) && joined(w, i) && /^\d/u.test(lower(w, i + 1))) kind = 'equipment'
    else if (VESSELS.has(h)) kind = kind === 'equipment' ? kind : 'vessel'
    else if (EQUIPMENT.has(h) && (!GENERIC_EQUIPMENT.has(h) || (i > start && MILITARY_WORDS.has(lower(w, i - 1))) || (i > start + 1 && MILITARY_WORDS.has(lower(w, i - 2))))) kind = 'equipment'
    else if (TARGETS.has(h) && kind === null) kind = 'target'
    // "the town of X" as the head names a place, not a target hit
  }
  // ("Ukrainian forces in X targeted by Russian artillery": a force with its place before the participle.)
  // (Only a participle of striking: forces "destroyed by" someone are a loss, the lexicon's.)
  if (kind === null && (forceHead || (byAgent && HIT_WORDS.has(word) && phraseHasForce(w, start, v)))) kind = 'target'
  if (kind === null) return null
  if (EQUIPMENT_ONLY.has(word) && kind !== 'equipment') return null
  // (The lexicon reads "hit", "targeted" before "by" as active verbs, the side before them as their subject: the passive replaces them.)
  // "Building of the regional administration destroyed in a strike": the strike word carries the event,
  // and the participle is no loss of equipment besides.
  // Equipment put out of action by the strike told is still its owner's loss (112): "Russian BMP destroyed
  // by an artillery strike" is no strike by the side named on the vehicle.
  // ("House destroyed by shelling": the shelling is the strike, the participle no loss besides; but
  // "forces hit by artillery fire" keeps the passive's agent, read below.)
  if (toldByLexicon(triggers, w, p, [w.tokens[start]!.start, w.tokens[p]!.end]) && kind !== 'equipment') return kind === 'target' && (!byAgent || !HIT_WORDS.has(word)) ? veto(w, p, p) : null
  if (bareHit && kind !== 'equipment') return null
  if (!byAgent && kind !== 'equipment' && lexiconStrikeUnder(triggers, span(w, p, p))) return null
  // "Russian BMP-1 wrecked by a mortar strike": the loss takes in the strike its agent names, one event.
  let last = kind === 'equipment' && byAgent ? strikeInAgent(w, p + 2, triggers) : p
  // "Apartment blocks damaged and destroyed", "tanks damaged or destroyed": two participles of one thing are one event.
  if (last === p && joined(w, p) && /^(?:and|or)$/u.test(lower(w, p + 1)) && joined(w, p + 1) && DAMAGED.has(lower(w, p + 2))) last = p + 2
  return match(w, p, last, kind === 'equipment' ? LOSS_PASSIVE : STRIKE_PASSIVE, byAgent || kind === 'equipment' ? 'active' : true)
}

/** The last token of a lexicon strike within the four tokens of an agent from token `from` ("by a mortar strike"), else from - 2 (the participle). */
function strikeInAgent(w: Words, from: number, triggers: readonly PhraseMatch<TriggerData>[]): number {
  const to = Math.min(w.tokens.length - 1, from + 3)
  if (from > to) return from - 2
  const strike = filterNear(triggers, w.tokens[from]!.start, w.tokens[to]!.end, (t) => t.span[0] >= w.tokens[from]!.start && t.span[1] <= w.tokens[to]!.end && t.data.kind === 'strike')[0]
  if (!strike) return from - 2
  let last = from
  while (last < to && w.tokens[last]!.end < strike.span[1]) last++
  return last
}

/**
 * "Russian strike on a Ukrainian tank", "M777 fire on Russian towed guns", "UAVs dropping grenades on a
 * Russian BMP-3": a strike told on equipment a side owns is that side's loss (112), not a strike. The
 * frame covers the preposition and the equipment, so the side named on it is the victim's; only where
 * a side is named on the equipment (a strike on unowned "tanks" leaves the lexicon's strike).
 */
function strikeOnEquipmentFrame(w: Words, p: number, triggers: readonly PhraseMatch<TriggerData>[]): FrameMatch | null {
  if (p === 0 || !joined(w, p)) return null
  const at = w.tokens[p]!.start
  // The strike word ends right before the preposition, or a munition dropped does ("dropping munitions on").
  let k = p - 1
  // "Artillery strikes by Ukraine's 30th Brigade on …": the strike word before its agent, who is the
  // noun's first side (the frame reads it as a noun's agent).
  let byAgent = false
  for (let b = p - 2; b > 0 && b >= p - 7; b--) {
    if (!joined(w, b)) break
    if (lower(w, b) === 'by') {
      k = b - 1
      byAgent = true
      break
    }
  }
  if (/^(?:munitions?|grenades?|bombs?|explosives|shells?)$/u.test(lower(w, k)) && k > 0 && joined(w, k - 1) && /^(?:dropping|drops|dropped|drop|drop(?:s)?)$/u.test(lower(w, k - 1))) k--
  const strikeEnd = w.tokens[k]!.end
  // (the lexicon's strike may run on over the preposition: "strike on")
  const first = filterNear(triggers, w.tokens[k]!.start, at, (t) => t.span[0] <= w.tokens[k]!.start && t.span[1] >= strikeEnd && t.data.kind === 'strike' && !t.data.incidental)[0]
  if (!first && k === p - 1) return null
  const from = first ? Math.min(first.span[0], w.tokens[k]!.start) : w.tokens[k]!.start
  let q = p + 1
  if (/^(?:a|an|the|two|three|four|several|multiple)$/u.test(lower(w, q)) && joined(w, q - 1)) q++
  if (!joined(w, q - 1) || !SIDE_ADJECTIVES.has(lower(w, q))) return null
  // ("on Russian troops": armed people struck are a loss as their vehicles are; positions are a strike.)
  // (Not the Russian MoD's formula "inflicted fire damage on Ukrainian troops": a strike on their positions.)
  const troops = joined(w, q) && TROOPS.has(lower(w, q + 1)) && !/^(?:damage|defeat)$/u.test(lower(w, k))
  const head = troops ? { kind: 'equipment', end: q + 1 } : headAt(w, q)
  if (!head || head.kind !== 'equipment') return null
  const s: Span = [from, w.tokens[head.end]!.end]
  return { span: s, text: w.text.slice(s[0], s[1]), data: byAgent ? LOSS_BY : LOSS_ON, replaces: OVER_LEXICON }
}

/** Armed people a strike falls on (112). */
const TROOPS = new Set(['troops', 'soldiers', 'infantry', 'infantrymen', 'servicemen', 'personnel', 'crew', 'crews'])

/** Equipment struck, told from the striker's side: the side before the strike word did it; the owner named on the equipment, else, lost it. */
const LOSS_ON = trigger('casualties', '').data
const LOSS_BY = trigger('casualties', '', { voice: 'noun' }).data

/**
 * "Russian troops in Berezivka", "0:42 Russian forces in X", "Chechen fighters patrolling near
 * the market in X", "Russian military presence in Y": a caption that shows a side's force at a named place
 * tells that the side holds it (`control`, convention 110); a force "entering" or "arriving in" it, or a
 * side's flag on its buildings ("Russian flag on the city council of Z"), an `advance` there. Movement
 * ("moving around", "heading to") is no claim, nor a force named with no place after it or in a country
 * ("Russian troops in Belarus"). The span starts at the force, so the side before it is the actor.
 */
function presenceFrame(w: Words, p: number, input: FrameInput): FrameMatch | null {
  const flag = FLAG_HEADS.has(lower(w, p))
  // The side right before the force or the flag ("Russian", "Russian military", "Chechen Kadyrovtsy").
  const a = forcePhraseStart(w, p)
  // "Flag of Ukraine raised at X", "the flag of the DPR hoisted over Y": the flag's side after it.
  const ofSide = flag ? flagOwnerAfter(w, p) : p
  // (A force whose own name is a side's, "Kadyrovites", "Rosgvardia", needs no side word before it.)
  if ((a === p && ofSide === p && !SIDED_FORCES.has(lower(w, p))) || !(opensCaption(w, a) || facedBy(w, a))) return null
  // (The span starts after a force that names its side, or after the side named after a flag, so that
  // the name reads as the subject.)
  const own = a === p ? ofSide + 1 : p
  const from = w.tokens[a]!.start
  const to = w.tokens[ofSide]!.end
  if (!someNear(input.sides, from, to, (m) => m.span[0] >= from && m.span[1] <= to && (m.data.side === 'RU' || m.data.side === 'UA'))) return null
  // (the force's own word ends the phrase: "Russian military vehicles" is equipment, not the force)
  if (joined(w, p) && (PRESENCE_HEADS.has(lower(w, p + 1)) || EQUIPMENT.has(lower(w, p + 1)))) return null
  let q = ofSide + 1
  let data = flag ? ADVANCE_SEEN : CONTROL_SEEN
  // "Russian flag being raised on the council", "a Ukrainian flag is hoisted over the school": the auxiliary of the flag's passive.
  if (flag && q + 1 < w.tokens.length && joined(w, q - 1) && joined(w, q) && /^(?:being|is|was|been|now)$/u.test(lower(w, q)) && FLAG_DOING.has(lower(w, q + 1))) q++
  // "Russian soldiers patrolling the streets of X", "guarding northern Y": a verb of standing duty whose object is the place.
  let onDuty = false
  if (q < w.tokens.length && joined(w, q - 1)) {
    const doing = lower(w, q)
    if (!flag && DUTY_DOING.has(doing) && joined(w, q) && !PRESENCE_AT.has(lower(w, q + 1))) onDuty = true
    else if (flag ? FLAG_DOING.has(doing) : PRESENT_DOING.has(doing)) q++
    else if (!flag && ENTERING.has(doing)) {
      data = ADVANCE_SEEN
      q++
    }
  }
  // ("Flag of Ukraine on display at a rally": a flag named by its side shows where it was raised, or nothing.)
  if (ofSide !== p && !FLAG_DOING.has(lower(w, q - 1))) return null
  if (onDuty) {
    // (q stands on the verb: the place follows it as its object)
  } else if (q < w.tokens.length && joined(w, q - 1) && (lower(w, q) === 'from' || lower(w, q) === 'over') && flag) {
    // "hung from", "flying over"
  } else if (!(q < w.tokens.length && linked(w, q - 1) && (flag ? FLAG_AT : PRESENCE_AT).has(lower(w, q)))) return null
  // "Russian troops in northwest Lyman", "in the eastern part of X", "patrolling northern X": a part of a town is ground entered (120).
  if (!flag && data === CONTROL_SEEN && (lower(w, q) === 'in' || onDuty) && (TOWN_PARTS.has(lower(w, q + 1)) || (lower(w, q + 1) === 'the' && TOWN_PARTS.has(lower(w, q + 2))))) data = ADVANCE_SEEN
  // A caption that tells an event of the force ("Ukrainian troops in X hit by shelling") is that event.
  const [ca, cb] = clauseOf(w, p)
  if (someNear(input.triggers, ca, cb, (t) => t.span[0] >= ca && t.span[1] <= cb && !t.data.incidental)) return null
  // A name within the next eight words (a settlement, or a building of one), in no country named as such.
  for (let k = q + 1; k < w.tokens.length && k <= q + 8; k++) {
    if (!linked(w, k - 1)) return null
    const t = w.tokens[k]!
    if (COUNTRY_WORDS.has(t.lower)) return null
    if (/^\p{Lu}/u.test(w.text[t.start]!) && !/^(?:the|a|an)$/u.test(t.lower)) return match(w, own, q, data)
  }
  // "Russian flag on the administration building": a building of the caption's town, named or not.
  if (flag) return match(w, own, q, data)
  return null
}

/** The last token of a side named after a flag ("flag of Ukraine", "flag of the DPR"), else p itself. */
function flagOwnerAfter(w: Words, p: number): number {
  if (!joined(w, p) || lower(w, p + 1) !== 'of') return p
  const k = lower(w, p + 2) === 'the' && joined(w, p + 2) ? p + 3 : p + 2
  return joined(w, k - 1) && FLAG_OWNERS.has(lower(w, k)) ? k : p
}

/** Sides a flag is "of". */
const FLAG_OWNERS = new Set(['ukraine', 'russia', 'dpr', 'lpr', 'dnr', 'lnr', 'russian', 'ukrainian'])

/** "Civilians facing Russians behind roadblocks in X", "Residents confronting Russian soldiers in Y": the force is what the footage shows. */
function facedBy(w: Words, a: number): boolean {
  return a > 0 && joined(w, a - 1) && /^(?:facing|confronting|confront|confronts|faces|face|approaching|arguing|talking|greeting|protesting)$/u.test(lower(w, a - 1)) || (a > 1 && joined(w, a - 2) && /^(?:with|against|to)$/u.test(lower(w, a - 1)) && /^(?:arguing|talking|protesting|speaking)$/u.test(lower(w, a - 2)))
}

/**
 * A side's armour in or entering a named settlement right after its head: "in X", "inside X", "in northern X",
 * "entering (western) X" (the token before the name ends the match), with `entering` when the caption tells
 * it going in or standing in part of the town. Null for a country or region ("in Belarus", "in Crimea") and
 * anything else after the head (moving, parked, a preposition of route).
 */
function vehiclePresence(w: Words, p: number): { last: number; entering: boolean } | null {
  let k = p + 1
  if (k >= w.tokens.length || !joined(w, p)) return null
  const verb = lower(w, k)
  const entering = ENTERING.has(verb)
  if (!entering && verb !== 'in' && verb !== 'inside') return null
  const last = k
  k++
  if (lower(w, k) === 'the' && joined(w, k - 1)) k++
  const part = TOWN_PARTS.has(lower(w, k)) && joined(w, k - 1)
  if (part) k++
  if (k >= w.tokens.length || !joined(w, k - 1)) return null
  const name = w.tokens[k]!
  if (!/^\p{Lu}/u.test(w.text[name.start]!) || COUNTRY_WORDS.has(name.lower) || /^(?:the|a|an)$/u.test(name.lower)) return null
  return { last, entering: entering || part }
}

/**
 * Tokens i and i+1 joined, or split by a comma before a preposition of place ("DNR troop presence, at
 * sniper positions, in Mariupol"): an inserted phrase of where the force stands keeps the caption one phrase.
 */
function linked(w: Words, i: number): boolean {
  if (joined(w, i)) return true
  const a = w.tokens[i]
  const b = w.tokens[i + 1]
  return a !== undefined && b !== undefined && /^\s*,\s+$/u.test(w.text.slice(a.end, b.start)) && PRESENCE_AT.has(b.lower)
}

/**
 * "Russian IFV flying Soviet flags on the streets of Kreminna", "Ukrainian tanks in the centre of X": a
 * side's armoured vehicle standing in a town's streets or square is that side's `control` there (120).
 * Seen driving, or struck, it is movement or a loss (110, 112), never presence.
 */
function vehicleInStreetsFrame(w: Words, p: number, input: FrameInput): FrameMatch | null {
  if (!isEquipmentWord(w, p) || GENERIC_EQUIPMENT.has(lower(w, p)) && lower(w, p) !== 'vehicle' && lower(w, p) !== 'vehicles') return null
  // The side right before the vehicle ("Russian IFV", "Russian armoured vehicles", "Ukrainian T-64").
  let a = p
  if (MODEL.test(lower(w, p - 1)) && joined(w, p - 1)) a--
  let sided = false
  while (a > 0 && a > p - 4 && joined(w, a - 1) && (SIDE_WORDS.has(lower(w, a - 1)) || MILITARY_WORDS.has(lower(w, a - 1)))) {
    if (SIDE_WORDS.has(lower(w, a - 1))) sided = true
    a--
  }
  // ("A column of Russian tanks entering X": the column is how the vehicles go, not the phrase's head.)
  const opener = a > 1 && joined(w, a - 2) && joined(w, a - 1) && lower(w, a - 1) === 'of' && CONVOYS.has(lower(w, a - 2)) ? a - 2 : a
  if (!sided || !(opensCaption(w, opener) || (opener > 0 && /^(?:a|an|the)$/u.test(lower(w, opener - 1)) && opensCaption(w, opener - 1)))) return null
  // "Russian tanks in Bucha", "Russian IFVs in X, Y Oblast", "Russian armour entering western X": a side's
  // armour in a named settlement holds it (120, 127), entering it or standing in part of it is an advance there
  // (110, 120); what it is doing there, when the caption says more, is the event (a strike, a loss).
  // (Armour only: "Russian military vehicles in X" may be trucks parked there, no ground held; "armoured vehicles" are armour.)
  const presence = GENERIC_EQUIPMENT.has(lower(w, p)) && !/^(?:armou?red|combat)$/u.test(lower(w, p - 1)) ? null : vehiclePresence(w, p)
  if (presence) {
    const [ca, cb] = clauseOf(w, p)
    if (someNear(input.triggers, ca, cb, (t) => t.span[0] >= ca && t.span[1] <= cb && !t.data.incidental)) return null
    return match(w, p, presence.last, presence.entering ? ADVANCE_SEEN : CONTROL_SEEN)
  }
  for (let k = p + 1; k < w.tokens.length && k <= p + 9; k++) {
    if (!joined(w, k - 1)) return null
    const word = lower(w, k)
    if (DRIVING.has(word) && word !== 'seen' && word !== 'spotted' && word !== 'parked' || NP_BREAKS.has(word) && word !== 'being') return null
    if (/^(?:streets?|centre|center|square)$/u.test(word) && lower(w, k - 1) === 'the' && /^(?:on|in)$/u.test(lower(w, k - 2)) && lower(w, k + 1) === 'of' && joined(w, k) && joined(w, k + 1) && /^\p{Lu}/u.test(w.text[w.tokens[k + 2]?.start ?? 0] ?? '')) {
      const [ca, cb] = clauseOf(w, p)
      if (someNear(input.triggers, ca, cb, (t) => t.span[0] >= ca && t.span[1] <= cb && !t.data.incidental)) return null
      return match(w, p, k + 1, CONTROL_SEEN)
    }
  }
  return null
}

/** Munitions and launchers whose firing a caption shows ("missiles being fired", "TOS-1 launch", "MLRS launch clouds"). */
const LAUNCHED = new Set(['rocket', 'rockets', 'missile', 'missiles', 'shell', 'shells', 'grad', 'grads', 'smerch', 'uragan', 'tochka', 'tochka-u', 'iskander', 'kalibr', 'projectile', 'projectiles', 'mlrs', 'tos-1', 'tos-1a', 'tos', 'buratino', 'solntsepyok', 'himars', 'm142', 'launcher', 'launchers', 'missilles', 'missles', 'missels', 'misiles', 'bm-21', 'bm-27', 'bm-30', 'iskanders', 'kalibrs', 's-300', 'tornado', 'howitzer', 'howitzers'])

/**
 * "Russian missiles being fired", "MLRS launch clouds", "TOS-1 launch and impact in X", "Grad rockets
 * launched from a field": an attack seen from the launching end is a `strike` (121), its side the one
 * named, no place unless the target is named. A launch "of a campaign" or "of a website" has no munition.
 */
function launchFrame(w: Words, p: number, triggers: readonly PhraseMatch<TriggerData>[]): FrameMatch | null {
  const word = lower(w, p)
  // The munition or the launcher within the three words before ("Russian missiles being fired", "TOS-1 launch").
  let m = -1
  for (let k = p - 1; k >= 0 && k >= p - 3; k--) {
    if (!joined(w, k)) break
    const before = lower(w, k)
    if (LAUNCHED.has(before) || (MODEL.test(before) && /^\d/u.test(lower(w, k + 1)))) {
      m = k
      break
    }
    if (!/^(?:being|been|were|was|are|is)$/u.test(before) && !/^\d/u.test(before)) break
  }
  const noun = word === 'launch' || word === 'launches'
  // "launch clouds", "launch site": a launch with no munition named is one still, as a noun before a noun of its trace.
  const trace = noun && joined(w, p) && /^(?:clouds?|trails?|smoke|flashes?|signatures?)$/u.test(lower(w, p + 1))
  if (m < 0 && !trace) return null
  if (m >= 0 && noun && !(lower(w, p + 1) === 'and' || trace || !joined(w, p) || /^(?:from|in|near|at|of|towards?|on)$/u.test(lower(w, p + 1)))) return null
  let a = m >= 0 ? m : p
  while (a > 0 && a > p - 6 && joined(w, a - 1) && (SIDE_WORDS.has(lower(w, a - 1)) || MILITARY_WORDS.has(lower(w, a - 1)) || /^(?:multiple|several|two|three|many|ballistic|cruise|grad|mlrs|guided)$/u.test(lower(w, a - 1)))) a--
  if (!opensCaption(w, a)) return null
  const last = trace ? p + 1 : p
  if (toldByLexicon(triggers, w, p, span(w, a, last))) return null
  return match(w, a, last, STRIKE_NOUN, 'lexicon')
}

/** The first token of a force's phrase ending at token p: the side and the modifiers before its head. */
function forcePhraseStart(w: Words, p: number): number {
  let a = p
  while (a > 0 && a > p - 3 && joined(w, a - 1) && (PRESENCE_HEADS.has(lower(w, a - 1)) || PRESENCE_MODIFIERS.has(lower(w, a - 1)) || SIDE_WORDS.has(lower(w, a - 1)))) a--
  return a
}

/** Words for a side's armed people a caption shows at a place. */
const PRESENCE_HEADS = new Set(['troops', 'forces', 'soldiers', 'soldier', 'servicemen', 'serviceman', 'military', 'presence', 'paratroopers', 'marines', 'fighters', 'personnel', 'units', 'infantry', 'kadyrovites', 'kadyrovtsy', 'rosgvardia', 'guardsmen', 'miltiary', 'russians', 'ukrainians', 'positions', 'checkpoint', 'checkpoints', 'roadblock', 'roadblocks', 'patrol', 'patrols'])
/** Forces whose name says their side. */
const SIDED_FORCES = new Set(['kadyrovites', 'kadyrovtsy', 'rosgvardia', 'russians', 'ukrainians'])
/** Words between the side and the force ("Russian allied forces", "Russian military presence"). */
const PRESENCE_MODIFIERS = new Set(['allied', 'military', 'miltiary', 'armed', 'special', 'airborne', 'national', 'guard', 'chechen', 'troop', 'force'])
/** Side words a force's phrase may open with (the side markers decide which side). */
const SIDE_WORDS = new Set(['russian', 'ukrainian', 'ukranian', 'chechen', 'dpr', 'lpr', 'dnr', 'lnr', 'separatist', 'belarusian'])
/** What a force present somewhere is doing in the caption, which leaves it present (not moving). */
const PRESENT_DOING = new Set(['patrolling', 'stationed', 'standing', 'posing', 'seen', 'present', 'deployed', 'positioned', 'gathered', 'gathering', 'living', 'guarding', 'located', 'based', 'walking', 'filmed', 'pictured', 'visible', 'spotted'])
/** Verbs of a force's standing duty that take the place as their object ("patrolling the streets of X"). */
const DUTY_DOING = new Set(['patrolling', 'patroling', 'guarding', 'occupying', 'manning', 'holding', 'controlling'])
/** A force going in: an advance there. */
const ENTERING = new Set(['entering', 'enter', 'enters', 'entered', 'arriving', 'arrive', 'arrives', 'arrived', 'storming'])
/** Where a force present stands. */
const PRESENCE_AT = new Set(['in', 'at', 'inside', 'near', 'on', 'outside', 'around', 'into', 'behind', 'manning'])
/** Parts of a town by the compass: a force in one has gone in, not taken it (120: "troops in northwest X" is an advance). */
const TOWN_PARTS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west', 'northern', 'southern', 'eastern', 'western', 'north-eastern', 'north-western', 'south-eastern', 'south-western', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'ne', 'nw', 'se', 'sw'])
/** Flags a side raised. */
const FLAG_HEADS = new Set(['flag', 'flags', 'tricolour', 'tricolor', 'banner'])
const FLAG_DOING = new Set(['raised', 'hoisted', 'hung', 'hanging', 'flying', 'planted', 'placed', 'installed', 'put', 'seen', 'waving'])
const FLAG_AT = new Set(['on', 'over', 'above', 'atop', 'at', 'in', 'from'])
/** Countries and regions where a force seen is no ground taken (the build-up before the invasion). */
const COUNTRY_WORDS = new Set(['belarus', 'russia', 'crimea', 'transnistria', 'georgia', 'ukraine'])
const CONTROL_SEEN = trigger('control', '', { needsActor: true }).data
const ADVANCE_SEEN = trigger('advance', '', { needsActor: true }).data

/**
 * "Dispersal of a protest in Kherson", "A rally was dispersed by Russian forces", "Russian soldiers
 * detaining protesters", "Russian forces firing in the air": a crackdown on civilians is `other` by the
 * side that did it, null when the caption does not say (convention 114). The noun takes no side; the
 * participle its agent after "by"; the verb its subject before.
 */
function crackdownFrame(w: Words, p: number): FrameMatch | null {
  const word = lower(w, p)
  if (word === 'firing' || word === 'fired' || word === 'fire' || word === 'fires' || word === 'shooting' || word === 'shots') {
    // "firing in the air", "shooting into the air", "warning shots"
    let k = p + 1
    if (!joined(w, p) || !/^(?:in|into)$/u.test(lower(w, k))) return word === 'shots' && p > 0 && joined(w, p - 1) && lower(w, p - 1) === 'warning' ? match(w, p - 1, p, CRACKDOWN) : null
    k++
    if (lower(w, k) === 'the') k++
    return lower(w, k) === 'air' ? match(w, p, k, CRACKDOWN) : null
  }
  // What was dispersed or who detained: a gathering of civilians, within eight words before or five after.
  let object = false
  for (let k = Math.max(0, p - 8); k <= p + 5 && k < w.tokens.length; k++) if (k !== p && GATHERINGS.has(lower(w, k))) object = true
  if (!object) return null
  if (word === 'dispersal' || word === 'dispearsal' || word === 'crackdown' || word === 'detention' || word === 'detentions' || word === 'arrest' || word === 'arrests') return match(w, p, p, CRACKDOWN_NOUN)
  const passive = (joined(w, p) && lower(w, p + 1) === 'by') || (p > 0 && /^(?:was|were|being|been|is|are)$/u.test(lower(w, p - 1)))
  return match(w, p, p, passive ? CRACKDOWN_PASSIVE : CRACKDOWN)
}

/**
 * "Russians allegedly looting the Kherson Art Museum", "Shops looted by Russian soldiers", "Russian military
 * throwing smoke bombs at a rally", "Tear gas used on protesters": a crime against civilians by one side is
 * `other` by that side (114), the verb's subject or the passive's agent; a looting told with no side is
 * no claim (private thieves).
 */
function crimeFrame(w: Words, p: number): FrameMatch | null {
  const word = lower(w, p)
  if (LOOTING.has(word)) {
    const passive = (joined(w, p) && lower(w, p + 1) === 'by') || (p > 0 && /^(?:was|were|being|been|is|are)$/u.test(lower(w, p - 1)))
    if (passive) {
      const k = /^(?:the|a)$/u.test(lower(w, p + 2)) ? p + 3 : p + 2
      return joined(w, p) && lower(w, p + 1) === 'by' && (SIDE_WORDS.has(lower(w, k)) || SIDED_FORCES.has(lower(w, k))) ? match(w, p, p, CRACKDOWN_PASSIVE) : null
    }
    // The subject before, past degree words: a side's force ("Russian soldiers", "Russians", "DNR fighters").
    let v = p - 1
    while (v >= 0 && joined(w, v) && (DEGREE.has(lower(w, v)) || /^(?:openly|reportedly|allegedly|seen|filmed|caught)$/u.test(lower(w, v)))) v--
    if (v < 0 || !joined(w, v)) return null
    const a = forcePhraseStart(w, v)
    if (!(SIDED_FORCES.has(lower(w, v)) || (PRESENCE_HEADS.has(lower(w, v)) && a < v && SIDE_WORDS.has(lower(w, a)))) || !opensCaption(w, a)) return null
    return match(w, p, p, CRACKDOWN)
  }
  // "smoke bombs", "tear gas", "stun grenades" thrown or used: at a gathering, or as crowd weapons by name.
  const next = joined(w, p) ? lower(w, p + 1) : ''
  const weapon = (word === 'smoke' && /^(?:bombs?|grenades?)$/u.test(next)) || (word === 'tear' && next === 'gas') || (word === 'stun' && /^grenades?$/u.test(next))
  if (!weapon) return null
  let gathering = word !== 'smoke' || next !== 'grenades'
  for (let k = Math.max(0, p - 8); k <= p + 8 && k < w.tokens.length; k++) if (GATHERINGS.has(lower(w, k))) gathering = true
  if (!gathering || p === 0 || !joined(w, p - 1) || !/^(?:throwing|threw|throw|throws|thrown|using|used|uses|use|firing|fired|deploying|deployed|launching|launched|hurling|hurled)$/u.test(lower(w, p - 1))) return null
  return match(w, p - 1, p + 1, /^(?:thrown|used|fired|deployed|launched|hurled)$/u.test(lower(w, p - 1)) ? CRACKDOWN_PASSIVE : CRACKDOWN)
}

/** Words of taking civilians' goods by force. */
const LOOTING = new Set(['looting', 'looted', 'loot', 'loots', 'pillaging', 'pillaged', 'plundering', 'plundered', 'ransacking', 'ransacked'])

/** Words of a crackdown (the dispersal, detention or arrest of civilians). */
const CRACKDOWN_WORDS = new Set(['dispersal', 'dispearsal', 'dispersed', 'dispersing', 'disperse', 'disperses', 'crackdown', 'detained', 'detaining', 'detain', 'detains', 'detention', 'detentions', 'arrested', 'arresting', 'arrest', 'arrests', 'firing', 'fired', 'shooting', 'shots'])
/** Gatherings and people a crackdown falls on. */
const GATHERINGS = new Set(['protest', 'protests', 'protesters', 'protestors', 'rally', 'rallies', 'demonstration', 'demonstrations', 'demonstrators', 'crowd', 'crowds', 'activists', 'residents', 'civilians', 'journalists', 'journalist', 'volunteers', 'march', 'gathering', 'picket'])
const CRACKDOWN = trigger('other', '').data
const CRACKDOWN_NOUN = trigger('other', '', { voice: 'noun' }).data
const CRACKDOWN_PASSIVE = trigger('other', '', { voice: 'passive' }).data

/** Whether one of the `n` words before token i, in its phrase, makes it military ("Russian fuel tanker convoy"). */
function sideWithin(w: Words, i: number, n: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - n && joined(w, k); k--) if (MILITARY_WORDS.has(lower(w, k))) return true
  return false
}

/** Whether token i names military equipment: a model ("BMP-2", "T-72": the figure after a model name) or a word of the equipment list. */
function isEquipmentWord(w: Words, i: number): boolean {
  const word = lower(w, i)
  if (EQUIPMENT.has(word)) return !GENERIC_EQUIPMENT.has(word) || (i > 0 && joined(w, i - 1) && MILITARY_WORDS.has(lower(w, i - 1)))
  return /^\d/u.test(word) && i > 0 && joined(w, i - 1) && MODEL.test(lower(w, i - 1))
}

/** Whether tokens a..b hold a force's head ("Ukrainian forces in X"). */
function phraseHasForce(w: Words, a: number, b: number): boolean {
  for (let i = a; i <= b; i++) if (FORCE_HEADS.has(lower(w, i))) return true
  return false
}

/** "Railway bridge blown up", "Bridge over the river was blown up": what was blown up was struck (109), equipment lost. */
function blownUpFrame(w: Words, p: number, triggers: readonly PhraseMatch<TriggerData>[]): FrameMatch | null {
  if (!joined(w, p) || lower(w, p + 1) !== 'up') return null
  let v = p - 1
  while (v >= 0 && joined(w, v) && (DEGREE.has(lower(w, v)) || /^(?:was|were|is|are|been|being|has|have|had)$/u.test(lower(w, v)))) v--
  if (v < 0) return null
  const [a] = clauseOf(w, p)
  let kind: Head['kind'] | null = null
  for (let i = v; i >= 0 && w.tokens[i]!.start >= a && v - i < 12; i--) {
    const h = lower(w, i)
    if (FORCES.has(h) || FORCE_HEADS.has(h)) return null
    if (kind === null && EQUIPMENT.has(h) && (!GENERIC_EQUIPMENT.has(h) || (i > 0 && (MILITARY_WORDS.has(lower(w, i - 1)) || MILITARY_WORDS.has(lower(w, i - 2)) || lower(w, i - 1) === 'ammunition')))) kind = 'equipment'
    else if (kind === null && (TARGETS.has(h) || VESSELS.has(h))) kind = 'target'
  }
  if (kind === null) return null
  if (toldByLexicon(triggers, w, p, span(w, p, p + 1))) return null
  return match(w, p, p + 1, kind === 'equipment' ? LOSS_PASSIVE : STRIKE_PASSIVE, true)
}

/** "Crater at the school", "Impact of a missile on X", "Arrivals at the House of Culture", "Explosions at the airfield". */
function impactFrame(w: Words, p: number, triggers: readonly PhraseMatch<TriggerData>[]): FrameMatch | null {
  const word = lower(w, p)
  if (p > 0 && joined(w, p - 1) && NONE_BEFORE.has(lower(w, p - 1))) return null
  // "impact on the economy": an impact is a hit only with a place or a munition after it, or alone.
  const link = joined(w, p) ? lower(w, p + 1) : ''
  if (link !== '' && !PLACE_LINKS.has(link) && !/^(?:after|visible|seen|site|sites|marks?|left|caused|and|from)$/u.test(link)) {
    // "artillery craters in fields": a modifier before is fine; a noun after that is no link ends it.
    if (!(IMPACT_NOUNS.has(word) || EXPLOSION_NOUNS.has(word))) return null
    if (!/^(?:rock|rocked|shook|heard|reported|hit|hits|in|near)$/u.test(link)) return null
  }
  if (word === 'impact' || word === 'impacts') {
    // "the impact of sanctions": only a munition or a place follows.
    if (link === 'of' && !/^(?:missile|missiles|rocket|rockets|shell|shells|bomb|bombs|strike|strikes|shelling|drone|drones|a|the|artillery|munition|munitions)$/u.test(lower(w, p + 2))) return null
  }
  // "Overview of artillery craters", "Heavy explosions": a modifier or two before the noun.
  let q = p
  while (q > 0 && q > p - 3 && joined(w, q - 1) && (/^(?:artillery|missile|missiles|rocket|rockets|shell|bomb|heavy|large|loud|big|multiple|several|numerous|massive|powerful|huge|secondary|new|more|further|fresh|small|two|three|many|ballistic|cruise|cluster|munition|direct|impact|shell-impact|blast)$/u.test(lower(w, q - 1)) || /^\p{Lu}/u.test(w.text[w.tokens[q - 1]!.start]!))) q--
  // "Church on fire due to an explosion", "Smoke from an explosion": the explosion named as a cause.
  const cause = q > 0 && /^(?:to|from|after|following|by|of)$/u.test(lower(w, q - (/^(?:a|an|the)$/u.test(lower(w, q - 1)) ? 2 : 1)))
  if (!cause && !opensCaption(w, q)) return null
  const own = span(w, p, p)
  if (toldByLexicon(triggers, w, p, own)) return null
  return match(w, p, p, STRIKE_NOUN)
}

/** "Fire at the Ladyzhyn power plant", "Smoke rising from the oil depot", "Burning of the military storage unit" (73). */
function fireFrame(w: Words, p: number, triggers: readonly PhraseMatch<TriggerData>[]): FrameMatch | null {
  // "opened fire", "under fire", "artillery fire" are the lexicon's (fire as shooting).
  if (p > 0 && joined(w, p - 1) && /^(?:open|opens|opened|opening|under|artillery|mortar|return|returned|cease|ceasefire|heavy|small|gun|machine-gun|sniper|tank|rocket|counter-battery|no|without)$/u.test(lower(w, p - 1))) return null
  let i = p + 1
  if (/^(?:plumes?|clouds?|columns?)$/u.test(lower(w, i))) i++
  if (/^(?:rising|billowing|visible|seen|coming|pouring)$/u.test(lower(w, i))) i++
  const link = lower(w, i)
  if (!joined(w, i - 1) || !/^(?:at|in|on|of|from|over|near|inside)$/u.test(link)) return null
  const head = headAt(w, i + 1)
  if (!head || !head.site) return null
  let q = p
  while (q > 0 && q > p - 2 && joined(w, q - 1) && /^(?:large|big|huge|massive|heavy|small|major|fierce|thick|black|secondary)$/u.test(lower(w, q - 1))) q--
  if (!opensCaption(w, q)) return null
  if (toldByLexicon(triggers, w, p, span(w, p, head.end)) || lexiconStrikeUnder(triggers, span(w, p, head.end))) return null
  return match(w, p, head.end, STRIKE_ON)
}

/** "Multiple Russian vehicles on fire", "Russian landing ship burning", "oil depot ablaze": what burns after it is named. */
function onFireFrame(w: Words, p: number, triggers: readonly PhraseMatch<TriggerData>[]): FrameMatch | null {
  // p is "burning" or "on" (of "on fire"); the phrase before it from the clause start.
  const [a] = clauseOf(w, p)
  let start = p
  // ("Russian column on the move and truck on fire": "and" opens a caption's second phrase.)
  let afterAnd = false
  while (start > 0 && w.tokens[start - 1]!.end > a && p - start < 8 && joined(w, start - 1)) {
    const before = lower(w, start - 1)
    if (before === 'and' && start < p) {
      afterAnd = true
      break
    }
    if (NP_BREAKS.has(before)) return null
    start--
  }
  if (start === p) return null
  const head = headAt(w, start)
  if (!head || head.end !== p - 1) return null
  // ("Vehicle on fire", "Burning vehicles": in a war monitor's caption a vehicle on fire is equipment lost, 122.)
  const vehicle = /^(?:vehicle|vehicles)$/u.test(lower(w, head.end))
  if (head.kind !== 'equipment' && head.kind !== 'vessel' && !head.site && !vehicle) return null
  const last = lower(w, p) === 'on' ? p + 1 : p
  if (!afterAnd && !opensCaption(w, start)) return null
  if (toldByLexicon(triggers, w, p, span(w, start, last)) || lexiconStrikeUnder(triggers, span(w, start, last))) return null
  // (After "and", a side named in the phrase before is that phrase's: the vehicle's is said only in its own words, 122.)
  let ownSide = false
  for (let i = start; i < p; i++) if (SIDE_WORDS.has(lower(w, i)) || SIDE_ADJECTIVES.has(lower(w, i))) ownSide = true
  if (afterAnd && !ownSide) return match(w, start, last, head.kind === 'equipment' || vehicle ? LOSS_UNOWNED : STRIKE_ON)
  return match(w, start, last, head.kind === 'equipment' || vehicle ? LOSS_OF : STRIKE_ON)
}
const LOSS_UNOWNED = trigger('casualties', '', { voice: 'noun', subject: 'victim', neutral: true }).data

/** The last token of positions or a base a side left, named from token `from` ("Ukrainian positions", "the Russian checkpoint"); -1 when none. */
function abandonedGround(w: Words, from: number): number {
  for (let i = from; i < from + 5 && i < w.tokens.length; i++) {
    if (i > from && !joined(w, i - 1)) return -1
    const word = lower(w, i)
    if (/^(?:positions?|trenches|trench|base|bases|checkpoint|checkpoints|post|posts|dugouts?|stronghold|strongholds|outpost|outposts|headquarters|camp)$/u.test(word)) return i
    if (EQUIPMENT.has(word) || TARGETS.has(word) && word !== 'base') return -1
  }
  return -1
}

/** "Russian tanks fire at a village", "Chechen fighters firing into buildings": a force or a gun firing at a target is a strike. */
function fireAtFrame(w: Words, p: number): FrameMatch | null {
  if (!joined(w, p) || !/^(?:at|on|upon|into|towards|toward)$/u.test(lower(w, p + 1))) return null
  let v = p - 1
  while (v >= 0 && joined(w, v) && (DEGREE.has(lower(w, v)) || /^(?:also|again|reportedly|allegedly|repeatedly|openly)$/u.test(lower(w, v)))) v--
  if (v < 0 || !joined(w, v) || !SHOOTERS.has(lower(w, v))) return null
  return match(w, p, p + 1, FIRING)
}

/**
 * "Rocket embedded in the sidewalk", "Cargo warheads impacted in the zoo", "Cluster munition carrier
 * impacting": a munition that came down where the caption shows it is that strike.
 */
function landedFrame(w: Words, p: number): FrameMatch | null {
  let h = p - 1
  if (h < 0 || !joined(w, h)) return null
  // "rocket cargo section embedded in", "bomb remnant landing in": a part of a munition named before it.
  if (!LANDED_MUNITIONS.has(lower(w, h)) && !(MUNITION_PARTS.has(lower(w, h)) && munitionBefore(w, h) >= 0)) return null
  let q = h
  while (q > 0 && q > h - 5 && joined(w, q - 1) && !NP_BREAKS.has(lower(w, q - 1)) && !SHOWING.has(lower(w, q - 1)) && !LABELS.has(lower(w, q - 1))) q--
  if (!opensCaption(w, q)) return null
  return match(w, q, p, STRIKE_NOUN)
}

/**
 * "Bomb remnant in the pavement", "Rocket motor for munitions in a park", "Missile debris near the
 * school", "Unexploded shell in a yard": a part of a munition, or an unexploded one, shown where it lies
 * is the strike that put it there (109), with no verb.
 */
function remnantFrame(w: Words, p: number): FrameMatch | null {
  const word = lower(w, p)
  const unexploded = LANDED_MUNITIONS.has(word) && p > 0 && joined(w, p - 1) && /^(?:unexploded|undetonated|unexploded-)$/u.test(lower(w, p - 1))
  if (!unexploded && !(MUNITION_PARTS.has(word) && munitionBefore(w, p) >= 0 && !MUNITION_PARTS.has(lower(w, p + 1)))) return null
  // The place after it, within four words ("for munitions in a park path", "from the munition in").
  let link = -1
  for (let k = p + 1; k <= p + 4 && k < w.tokens.length; k++) {
    if (!joined(w, k - 1)) return null
    if (/^(?:in|on|at|near|inside|beside|next|outside|into)$/u.test(lower(w, k))) {
      link = k
      break
    }
    if (!/^(?:for|of|from|the|a|an|munitions?|rockets?|missiles?|shells?|bombs?)$/u.test(lower(w, k))) return null
  }
  if (link < 0) return null
  // ("Missile parts on a truck", "on a train": carried, not come down.)
  let o = link + 1
  if (/^(?:a|an|the|two|several)$/u.test(lower(w, o))) o++
  if (EQUIPMENT.has(lower(w, o)) || VESSELS.has(lower(w, o)) || /^(?:train|trains|trailer|trailers|wagon|wagons|platform|platforms|railcar|railcars)$/u.test(lower(w, o))) return null
  let q = unexploded ? p - 1 : munitionBefore(w, p)
  while (q > 0 && q > p - 6 && joined(w, q - 1) && !NP_BREAKS.has(lower(w, q - 1)) && !SHOWING.has(lower(w, q - 1)) && !LABELS.has(lower(w, q - 1)) && !/^\d/u.test(lower(w, q - 1))) q--
  if (!opensCaption(w, q)) return null
  return match(w, q, link, STRIKE_NOUN)
}

/** The munition word within the three tokens before a part's noun ("Smerch rocket tail", "cluster munition cargo section"), or -1. */
function munitionBefore(w: Words, p: number): number {
  for (let k = p - 1; k >= 0 && k >= p - 3; k--) {
    if (!joined(w, k)) return -1
    if (LANDED_MUNITIONS.has(lower(w, k))) return k
  }
  return -1
}

/** Parts and remains of a munition after it comes down. */
const MUNITION_PARTS = new Set(['remnant', 'remnants', 'remains', 'fragment', 'fragments', 'debris', 'tail', 'tails', 'tailfin', 'tailfins', 'fin', 'fins', 'casing', 'casings', 'section', 'sections', 'part', 'parts', 'motor', 'motors', 'engine', 'wreckage', 'shrapnel'])

/** Munitions and their parts that come down on a place. */
const LANDED_MUNITIONS = new Set(['rocket', 'rockets', 'missile', 'missiles', 'shell', 'shells', 'bomb', 'bombs', 'warhead', 'warheads', 'submunition', 'submunitions', 'munition', 'munitions', 'carrier', 'motor', 'motors', 'projectile', 'projectiles', 'mine', 'mines', 'grad', 'smerch', 'uragan', 'tochka', 'tochka-u', 'iskander', 'kalibr'])
/** Verbs of a munition come down ("embedded in", "impacted at", "landed on"). */
const LANDED = new Set(['embedded', 'impacted', 'impacting', 'landed', 'landing', 'lodged', 'stuck', 'lying'])

/** "Deceased Russian soldiers", "Three deceased civilians by the road", "Dead bodies of civilians": the dead shown are a toll. */
function deceasedFrame(w: Words, p: number): FrameMatch | null {
  if (!opensCaption(w, p)) return null
  for (let i = p + 1; i < p + 5 && i < w.tokens.length; i++) {
    if (!joined(w, i - 1)) return null
    const word = lower(w, i)
    if (PEOPLE.has(word) || CHILDREN.has(word)) return match(w, p, i, LOSS_OF)
    if (!MILITARY_WORDS.has(word) && !/^(?:civilian|local|young|elderly|russian|ukrainian|two|three|several|many|more)$/u.test(word)) return null
  }
  return null
}

/** The dead a caption shows by age ("Deceased child", "Two deceased boys"): people, for deceasedFrame alone ("children taken" is no loss). */
const CHILDREN = new Set(['child', 'children', 'boy', 'boys', 'girl', 'girls', 'kid', 'kids', 'baby', 'babies', 'infant', 'infants', 'teenager', 'teenagers', 'toddler'])

/** Who the dead are in a caption. */
const PEOPLE = new Set(['soldiers', 'soldier', 'civilians', 'civilian', 'people', 'persons', 'person', 'bodies', 'body', 'servicemen', 'serviceman', 'troops', 'men', 'man', 'women', 'woman', 'residents', 'fighters', 'combatants', 'paratroopers', 'marines', 'crew', 'crewmen'])

/**
 * Words the lexicon or the clause frames read as an event that a caption uses otherwise: equipment
 * seen moving ("Russian tank driving through X", "a convoy moving north": no claim), a vehicle
 * "trapped" in wreckage (no encirclement), a convoy "stopped by the population" (civilians are no
 * side repelling it), the "blockade" of ports and grain exports (no encirclement).
 */
function vetoAt(w: Words, p: number): FrameMatch | null {
  const word = lower(w, p)
  if (DRIVING.has(word) || word === 'trapped' || word === 'stuck') {
    if (p === 0 || !joined(w, p - 1)) return null
    const subject = lower(w, p - 1)
    const equipment = EQUIPMENT.has(subject) || VESSELS.has(subject) || (p > 1 && MODEL.test(lower(w, p - 2)) && /^\d/u.test(subject))
    // "Russian troops moving around X", "Chechen fighters heading to Y": a force seen moving is no claim either (110).
    const force = !equipment && PRESENCE_HEADS.has(subject) && DRIVING.has(word) && !/^(?:seen|spotted|parked)$/u.test(word) && opensCaption(w, forcePhraseStart(w, p - 1))
    if (!equipment && !force) return null
    const last = joined(w, p) && /^(?:through|into|in|towards|toward|to|along|past|across|down|up|on|near|north|south|east|west)$/u.test(lower(w, p + 1)) ? p + 1 : p
    return veto(w, p, last)
  }
  if (word === 'stopped' || word === 'blocked' || word === 'halted') {
    if (joined(w, p) && lower(w, p + 1) === 'by') {
      const k = /^(?:the|local|unarmed)$/u.test(lower(w, p + 2)) ? p + 3 : p + 2
      if (/^(?:population|civilians|residents|locals|protesters|protestors|villagers|people|crowd|crowds|farmers|inhabitants)$/u.test(lower(w, k))) return veto(w, p, k)
    }
    return null
  }
  if (word === 'blockade' || word === 'blockades') {
    const before = p > 0 ? lower(w, p - 1) : ''
    const next = joined(w, p) ? lower(w, p + 1) : ''
    const object = /^(?:the|ukrainian|ukraine['’]s|black)$/u.test(lower(w, p + 2)) ? lower(w, p + 3) : lower(w, p + 2)
    if ((next === 'on' || next === 'of') && /^(?:grain|exports?|ports?|shipping|sea|food|trade|ukrainian|black|maritime|navigation)$/u.test(object)) return veto(w, p, p)
    if (p > 1 && /^(?:the|a)$/u.test(before) && /^(?:lift|lifts|lifted|lifting|end|ended|ending|break|broke|breaking|ease|eased|easing)$/u.test(lower(w, p - 2))) return veto(w, p, p)
  }
  return null
}

function veto(w: Words, a: number, b: number): FrameMatch {
  return { ...match(w, a, b, VETOED), veto: true }
}

/** Whether an earlier sentence told a strike and the sentence of `at` names no place of its own (a capitalised word after its first). */
function isDetailOfEarlierStrike(w: Words, at: Span, triggers: readonly PhraseMatch<TriggerData>[], found: readonly FrameMatch[]): boolean {
  const text = w.text
  let a = at[0]
  const lo = Math.max(0, a - CLAUSE_REACH)
  while (a > lo && !(/[.;!?\n]/u.test(text[a - 1]!) && !isAbbreviationStop(text, a - 1))) a--
  if (a === lo) return false
  const earlier = (t: PhraseMatch<TriggerData>): boolean => t.span[1] <= a && (t.data.kind === 'strike' || t.data.kind === 'casualties') && !(t as FrameMatch).veto
  if (!someNear(triggers, 0, a, earlier) && !found.some(earlier)) return false
  let b = at[1]
  const hi = Math.min(text.length, b + CLAUSE_REACH)
  while (b < hi && !(/[.;!?\n]/u.test(text[b]!) && !isAbbreviationStop(text, b))) b++
  return !/\s\p{Lu}/u.test(text.slice(a, b).trimStart().replace(/^\S+/u, ''))
}

// (Asked of every word of a caption: a set and a character test, where a regex per word cost more.)
const LAUNCH_WORDS: ReadonlySet<string> = new Set(['fired', 'firing', 'launched', 'launching', 'launch', 'launches'])

/** `/^\d/u` of a word's first character: an ASCII digit (`\d` is ASCII-only, also with the u flag). */
function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

/**
 * Event words of the monitors' captions found by their frames, for the spans the lexicon reads as no
 * event or as another. Sorted by start.
 */
export function findCaptionFrames(input: FrameInput): FrameMatch[] {
  const w: Words = { text: input.text, tokens: input.tokens }
  const out: FrameMatch[] = []
  const n = w.tokens.length
  let covered = -1
  for (let p = 0; p < n; p++) {
    if (w.tokens[p]!.start < covered) continue
    const word = w.tokens[p]!.lower
    let found: FrameMatch | null = null
    if (DAMAGE_NOUNS.has(word)) found = damageNounFrame(w, p, input.triggers, out)
    else if (DAMAGED.has(word)) found = participleBeforeFrame(w, p, input.triggers) ?? participleAfterFrame(w, p, input.triggers)
    else if (IMPACT_NOUNS.has(word) || EXPLOSION_NOUNS.has(word)) found = impactFrame(w, p, input.triggers)
    if (!found && FIRE_NOUNS.has(word)) found = fireFrame(w, p, input.triggers)
    if (!found && (word === 'burning' || (word === 'on' && lower(w, p + 1) === 'fire' && joined(w, p)))) found = onFireFrame(w, p, input.triggers)
    if (!found && (word === 'fire' || word === 'fires' || word === 'firing' || word === 'shooting' || word === 'shoot' || word === 'shoots')) found = fireAtFrame(w, p)
    if (!found && VETO_WORDS.has(word)) found = vetoAt(w, p)
    if (!found && LANDED.has(word)) found = landedFrame(w, p)
    if (!found && (MUNITION_PARTS.has(word) || LANDED_MUNITIONS.has(word))) found = remnantFrame(w, p)
    if (!found && word === 'deceased') found = deceasedFrame(w, p)
    // "Russian soldiers taken prisoner", "Ukrainian marines captured near X": people taken are the captor's
    // gain of the other side's loss; the caption's reduced passive, its victim before it.
    if (!found && (word === 'taken' || word === 'captured') && p > 0 && joined(w, p - 1) && PEOPLE.has(lower(w, p - 1))) {
      // ("its troops captured Yampil" is active: "captured" takes people taken only with no object after it.)
      const next = p + 1 < w.tokens.length && joined(w, p) ? lower(w, p + 1) : ''
      const last = word === 'taken' ? (joined(w, p) && /^(?:prisoner|prisoners|captive|captives)$/u.test(lower(w, p + 1)) ? p + 1 : -1) : next === '' || (AFTER_PASSIVE.has(next) && next !== 'and') ? p : -1
      if (last >= 0 && !NP_BREAKS.has(lower(w, p - 2))) found = match(w, p, last, LOSS_PASSIVE, 'active')
    }
    // "Casualty of shelling", "Civilian casualty after the strike": one victim shown is a toll (59).
    // ("of shelling" is its cause, one event: the toll takes the strike in.)
    if (!found && word === 'casualty' && opensCaption(w, p > 0 && joined(w, p - 1) && /^(?:civilian|military|russian|ukrainian)$/u.test(lower(w, p - 1)) ? p - 1 : p)) {
      const cause = joined(w, p) && lower(w, p + 1) === 'of' ? strikeInAgent(w, p + 2, input.triggers) : p
      found = cause > p ? match(w, p, cause, LOSS_OF, 'lexicon') : match(w, p, p, LOSS_OF)
    }
    if (!found && (word === 'on' || word === 'at' || word === 'against' || word === 'upon')) found = strikeOnEquipmentFrame(w, p, input.triggers)
    if (!found && (PRESENCE_HEADS.has(word) || FLAG_HEADS.has(word))) found = presenceFrame(w, p, input)
    if (!found && CRACKDOWN_WORDS.has(word)) found = crackdownFrame(w, p)
    if (!found && (LOOTING.has(word) || word === 'smoke' || word === 'tear' || word === 'stun')) found = crimeFrame(w, p)
    if (!found && (EQUIPMENT.has(word) || isAsciiDigit(word.charCodeAt(0)))) found = vehicleInStreetsFrame(w, p, input)
    if (!found && LAUNCH_WORDS.has(word)) found = launchFrame(w, p, input.triggers)
    // "Strike hit a residential area. Large crater.", "Damage to homes. Crater visible.": a later
    // sentence that only adds the crater, the damage or the impact of the strike just told, naming no
    // place of its own, is a detail of that strike, no new claim (46).
    if (found && !found.veto && found.data.kind === 'strike' && isDetailOfEarlierStrike(w, found.span, input.triggers, out)) found = null
    if (found) {
      out.push(found)
      covered = found.span[1]
    }
  }
  return out.sort((a, b) => a.span[0] - b.span[0])
}
