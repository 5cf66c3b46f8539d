import type { ClaimKind, Span } from '../../domain/index.js'
import { OFFENSIVE_NOUN, V, W, slavicWordClasses, slavicWordClassesB } from './slavic-word-classes.js'
import { trigger, type FrameInput, type FrameMatch, type TriggerData } from './types.js'
import { WordMemo } from '../../text/index.js'

// The frame stage for Ukrainian and Russian: event words the phrase lexicon does not list, found
// from a head word's class (its prefix and stem, slavic-word-classes.ts) and the words around it
// (preposition and case, object, instrument). Each frame asks for the argument that makes the
// sense military (an enemy or a place as object, a munition as instrument, a building after a word
// of war), so the everyday senses ("вийшли з дому", "накрили стіл", "обрушились цены", "зайшли в
// магазин", "бої" in a ring) stay out.

type Options = Partial<Omit<TriggerData, 'kind'>>
const data = (kind: ClaimKind, options: Options = {}): TriggerData => trigger(kind, '', options).data

const CAPTURE = data('capture')
const ADVANCE = data('advance')
const ADVANCE_NEEDS_ACTOR = data('advance', { needsActor: true })
const CAPTURE_NEEDS_ACTOR = data('capture', { needsActor: true })
const STRIKE = data('strike')
// The weapon opens the words, so a side named before it is its owner ("беспилотник ВСУ атаковал").
const STRIKE_BY_WEAPON = data('strike', { defaultSide: 'enemy' })
// Damage reported on its own (like the lexicon's "пошкоджено", "повреждены"): the speaker's enemy's
// strike, a claim only where its sentence tells no other event.
const DAMAGE = data('strike', { defaultSide: 'enemy', incidental: true })
// Equipment burnt out is a loss (gold conventions: equipment destroyed is casualties); the side
// named with the vehicles is the victim.
const BURNT_OUT = data('casualties', { voice: 'noun', subject: 'victim' })
// Fighting going on with no side as the subject: the place is contested (gold call 9); a count of
// fights is a tally of engagements, an actorless assault.
const CONTESTED = data('control', { voice: 'noun', neutral: true })
const TALLY = data('assault', { voice: 'noun', neutral: true })

// A settlement whose clearing is told as completed ("в Каменском завершена зачистка") is taken; it
// is said of one's own troops, like "освобождён".
const CAPTURE_CLEARED = data('capture', { defaultSide: 'own' })
// An imperfective verb of driving out (infinitive, present, gerund): Russian вы- + -ивать/-ывать/-вать/
// -ять and their -ют/-ет/-ем/-я/-л forms ("выдавливать", "вытесняют", "выбивая", "вытесняли"), Ukrainian
// ви- + -вати/-яти/-ювати and -ють/-є/-ємо/-ючи/-в/-ли ("витісняти", "вибивають", "видавлюючи",
// "вибивали"). The perfective ("выбили", "выгнали",
// "витіснять", "выбьют", "вигнати") takes the place.
const EXPELLING = /^(?:вы\p{L}*(?:ва|я)(?:ть|ют|ет|ем|я|л|ла|ли|ло)|ви\p{L}*(?:ва|я|ю)(?:ти|ють|є|ємо|ючи|в|ла|ли|ло))$/u
const ASSAULT = data('assault')
// Equipment or men destroyed (gold conventions: casualties), and drones brought down (a strike of the
// drones' side, as the lexicon's "збили", "сбили").
const KILLED = data('casualties')
const DOWNED = data('strike', { subject: 'victim', object: 'agent', defaultSide: 'enemy' })
// An area figure told without a verb (a part of the total just told, or the figure of a period).
const AREA_TOLD = data('area-change', { voice: 'noun' })
// An area figure carried by a verb no lexicon lists ("ВСУ вернули себе около 300 гектаров", "відгриз ще
// 48 км²", "прирост составлял около 540 кв. км"): an area change only with a side in its clause or an
// area change just told that it continues (needsActor drops it otherwise: a park of 40 hectares).
const AREA_CARRIED = data('area-change', { voice: 'noun', needsActor: true, continues: true })
/** A measure of something's size, not ground changing hands: "площадью 40 гектаров", "площею", "займає". */
const MEASURE_WORD = /^(?:площ\p{L}*|размер\p{L}*|розмір\p{L}*|займа\p{L}*|занима\p{L}*|охоплю\p{L}*|охватыва\p{L}*|составляющ\p{L}*|завбільшки|величин\p{L}*)$/u

const GOVERNS_WEAK: Partial<FrameMatch> = { replaces: { weak: true } }
// A facility destroyed is a strike where the lexicon reads "уничтожены" as a loss (gold conventions:
// strikes on places are strike, equipment and people destroyed are casualties); a completed clearing of a
// settlement is its capture where the lexicon reads "зачистка" as ground gained.
const OVER_LOSS: Partial<FrameMatch> = { replaces: { weak: true, kinds: ['casualties'] } }
const OVER_ADVANCE: Partial<FrameMatch> = { replaces: { weak: true, kinds: ['advance'] } }
// Lines or positions seized are ground gained (gold call 10) where the lexicon reads the verb as a capture.
const OVER_CAPTURE: Partial<FrameMatch> = { replaces: { weak: true, kinds: ['capture'] } }
// What was just named, destroyed, is a loss where the lexicon reads a strike ("знищили наші дронарі").
const OVER_STRIKE: Partial<FrameMatch> = { replaces: { weak: true, kinds: ['strike'] } }
// Vehicles left behind are a loss where the lexicon reads the leaving as a withdrawal.
const OVER_WITHDRAWAL: Partial<FrameMatch> = { replaces: { weak: true, kinds: ['withdrawal'] } }
const WEAPON_SUBJECT: Partial<FrameMatch> = { replaces: { weak: true, kinds: ['assault'] } }
const VETO: Partial<FrameMatch> = { veto: true }

/** Words between a verb of seizing and what it seized: "под контроль", "під свій контроль", "ещё". */
const SEIZE_GAP = /^(?:под|під|пiд|контроль|контролем|свой|свій|свою|полный|повний|ещё|еще|ще|уже|вже|также|також|ряд|несколько|кілька|два|две|дві|три|нов\p{L}*|выгодн\p{L}*|вигідн\p{L}*|важн\p{L}*|ключев\p{L}*|ключов\p{L}*|господствующ\p{L}*|панівн\p{L}*|украинск\p{L}*|українськ\p{L}*|российск\p{L}*|російськ\p{L}*|ворож\p{L}*|вражеск\p{L}*|\p{N}+)$/u
/** A settlement named as such ("населённый пункт", "населений пункт"), not a strongpoint. */
const INHABITED = /^(?:населён|населен)\p{L}*$/u

/** A hedge or aside set off by commas: "ймовірно", "попередньо", "вероятно", "предварительно". */
const PARENTHETICAL = /^(?:ймовірно|імовірно|попередньо|можливо|вірогідно|вероятно|предположительно|предварительно|возможно|очевидно|мабуть|видимо|ймовірніше)$/u

/** A radar station ("радіолокаційну станцію"): equipment lost, not a facility struck. */
const RADAR = /^(?:радіолокац|радиолокац)\p{L}*$/u

/** A weapon in the instrumental ("дронами", "ракетою", "беспилотниками", "артиллерией"): what struck, not what was destroyed. */
const WEAPON_INSTRUMENTAL = /^(?:дрон|безпілотник|беспилотник|ракет|шахед|снаряд|авіабомб|авиабомб|бомб|артилері|артиллери|авіаці|авиаци)\p{L}*(?:ами|ями|ою|ею|єю|ой|ей|ом)$/u
/** Personnel ("особового складу", "личного состава"), not a depot. */
const PERSONNEL = /^(?:особов|личн)\p{L}*$/u

/** A date after a name ("Нового года", "Різдва року"), and the prepositions of a deadline ("до", "к", "після"). */
const DATE_WORD = /^(?:года|году|год|року|рік|роком|дня|свят\p{L}*)$/u
const DATE_PREP = /^(?:до|к|ко|після|после|с|з|із|от|від)$/u

/** A word before an area figure: "близько 130 км²", "ще 87 км²", "около 420 кв. км". */
const FIGURE_QUALIFIER = /^(?:приблизно|близько|майже|понад|ще|лише|усього|всього|около|примерно|почти|более|свыше|ещё|еще|лишь|всего)$/u
/** Abbreviations whose point ends no sentence: "кв. км", "тыс. кв. км", "н. п.", "обл.". */
const ABBREVIATION = /^(?:кв|тыс|тис|млн|н|п|обл|р|г|гг|рр|с|ст|им|ім)$/u
const THOUSANDS = /^(?:тис|тыс|тисяч\p{L}*|тысяч\p{L}*|млн)$/u

/** Words a frame looks across at most, either side of its head. */
const REACH = 5

const memo = new WordMemo<number>(slavicWordClasses, 4096)
const memoB = new WordMemo<number>(slavicWordClassesB, 4096)
/**
 * 1 for a word that may open a figure told without a verb (a number, or a qualifier before one:
 * "понад", "около"), else 0: asked of every word of a text that names an area unit, so worked out
 * once per distinct word.
 */
const figureMemo = new WordMemo<number>((lower) => (FIGURE_QUALIFIER.test(lower) || /^\p{N}/u.test(lower) ? 1 : 0), 4096)

/**
 * Frame matches in a Ukrainian or Russian text (tokens from `tokenize(text)`), in order, not
 * overlapping one another; `withFrames` (lexicon/index.ts) merges them with the lexicon's. Linear: each word's classes are worked out once per distinct word, and
 * only a head word's few neighbours are read.
 */
export function findSlavicFrames(input: FrameInput): FrameMatch[] {
  const { text, tokens } = input
  const n = tokens.length
  if (n === 0) return []
  const bits = new Int32Array(n)
  const bitsB = new Int32Array(n)
  let any = 0
  let anyB = 0
  for (let i = 0; i < n; i++) {
    const b = memo.get(tokens[i]!)
    bits[i] = b
    any |= b
    const c = memoB.get(tokens[i]!)
    bitsB[i] = c
    anyB |= c
  }
  // No head class anywhere: nothing to frame (most texts of other subjects end here).
  const HEADS = W.EXPEL | W.PUSH_AWAY | W.TAKE | W.ENTER | W.MUNITION | W.DAMAGE | W.BURN | W.FIGHT | W.DEVELOP | W.CLEAR
  const HEADS_B = V.DESTROY | V.MOVE_OUT | V.SWEEP | V.RUSH | V.SEIZE | V.SEND | V.PRESS | V.SUFFER | V.ABANDON | V.SLANG_KILL | V.GROUNDED | V.REMAIN
  // An area unit anywhere: a figure told without a verb may be an area change (below).
  const areaUnits = (anyB & V.AREA_UNIT) !== 0
  if ((any & HEADS) === 0 && (anyB & HEADS_B) === 0 && !areaUnits) return []
  // Where a clause ends between token i and i + 1 (sentence punctuation, a semicolon, a line break,
  // a dash between spaces), and where only a comma does.
  const hard = new Uint8Array(n)
  const comma = new Uint8Array(n)
  for (let i = 0; i + 1 < n; i++) {
    const from = tokens[i]!.end
    const to = tokens[i + 1]!.start
    // Most words are one space apart: no string to cut.
    if (to === from || (to === from + 1 && text.charCodeAt(from) === 0x20)) continue
    const gap = text.slice(from, to)
    if (/[.!?;:\n…]|\s[—–-]\s/u.test(gap)) hard[i] = 1
    else if (gap.includes(',')) comma[i] = 1
  }
  // The window of a head: words of its clause, up to REACH either side, not across a comma.
  const left = (i: number, reach = REACH, crossCommas = false): number => {
    let k = i
    while (k > 0 && i - k < reach && !hard[k - 1] && (crossCommas || !comma[k - 1])) k--
    return k
  }
  const right = (i: number, reach = REACH, crossCommas = false): number => {
    let k = i
    while (k + 1 < n && k - i < reach && !hard[k] && (crossCommas || !comma[k])) k++
    return k
  }
  const has = (from: number, to: number, mask: number, except = -1): number => {
    for (let k = from; k <= to; k++) if (k !== except && (bits[k]! & mask) !== 0) return k
    return -1
  }
  // A capitalised word inside a clause: a name (a settlement, most often).
  const isName = (k: number): boolean => {
    return k > 0 && !hard[k - 1] && text.charCodeAt(tokens[k]!.start) !== tokens[k]!.lower.charCodeAt(0)
  }
  // A name in words from..to ("в Каменском завершена зачистка": the settlement before the words).
  const nameBefore = (from: number, to: number): boolean => {
    for (let k = from; k <= to; k++) if (isName(k)) return true
    return false
  }
  let lastAreaUnit = -1
  // A word of war in reach: this sentence or the one before (a damage report follows its strike).
  let lastCue = -1000
  const cueNear = (i: number): boolean => {
    if (i - lastCue <= 40) return true
    for (let k = i + 1; k < n && k <= i + 12; k++) {
      if ((bits[k]! & W.WAR_CUE) !== 0) return true
      if (hard[k] && /[.!?\n]/u.test(text.slice(tokens[k]!.end, tokens[k + 1]?.start ?? tokens[k]!.end))) break
    }
    return false
  }

  // Where a sentence, or a part after a colon, opens: no word before, or sentence punctuation or a colon.
  const opensSentence = (k: number): boolean => k === 0 || /[.!?:\n]/u.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))
  // A dash between spaces right before word k.
  const dashBefore = (k: number): boolean => k > 0 && /\s[—–-]\s/u.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))
  // The last word of an area figure starting at word k ("2980 км²", "1,9 тыс. кв. км", "3,5 тис. км²",
  // one qualifier before it: "близько 130 км²", "около 420 кв. км"), or -1.
  const areaFigureEnd = (k: number): number => {
    if (k < n && FIGURE_QUALIFIER.test(tokens[k]!.lower) && k + 1 < n && !hard[k] && !comma[k]) k++
    if (k >= n || !/^\p{N}/u.test(tokens[k]!.lower)) return -1
    let j = k
    while (j + 1 < n && /^\p{N}/u.test(tokens[j + 1]!.lower) && /^[,.  ]$/u.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start))) j++
    if (j + 1 < n && THOUSANDS.test(tokens[j + 1]!.lower)) j++
    if (j + 1 >= n || (bitsB[j + 1]! & V.AREA_UNIT) === 0) return -1
    j++
    // "кв. км", "квадратних кілометрів"
    if (j + 1 < n && /^(?:кв|квадратн\p{L}*)$/u.test(tokens[j]!.lower) && /^(?:км|кілометр\p{L}*|километр\p{L}*)$/u.test(tokens[j + 1]!.lower)) j++
    return j
  }
  // An area change told without a verb, as a part of the area just told or a figure for a period:
  // "Торік за ті самі десять місяців — 2980 км²", "Для сравнения: за тот же период прошлого года — 1,9
  // тыс. кв. км", "За січень–жовтень — 3,5 тис. км²" (a period, a dash, an area figure); "Ще 87 км² — на
  // Покровському напрямку", "Найбільше — на Покровському та Костянтинівському напрямках", "Больше всего —
  // на Покровском направлении" (a figure or the largest share, a dash, where), the latter only after an
  // area figure. No event word may stand in it (then the word tells the claim). The words from..to.
  // Which words the lexicon's event words cover, worked out once (and only for texts with an area unit).
  let listedCache: Uint8Array | null = null
  const listedWords = (): Uint8Array => {
    if (listedCache) return listedCache
    const marks = new Uint8Array(n)
    for (const t of input.triggers) {
      let lo = 0
      let hi = n
      while (lo < hi) {
        const mid = (lo + hi) >> 1
        if (tokens[mid]!.end <= t.span[0]) lo = mid + 1
        else hi = mid
      }
      for (let j = lo; j < n && tokens[j]!.start < t.span[1]; j++) marks[j] = 1
    }
    listedCache = marks
    return marks
  }
  const verblessArea = (k: number): [number, number] | null => {
    const until = Math.min(n - 1, k + 12)
    let dash = -1
    for (let j = k + 1; j <= until; j++) {
      if (dashBefore(j)) {
        dash = j
        break
      }
      if (/[.!?;:\n,]/u.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) return null
    }
    if (dash < 0) return null
    const listed = listedWords()
    for (let j = k; j < dash; j++) if (listed[j]) return null
    // A period, a dash, a figure: "Торік за ті самі місяці — 2980 км²".
    const figureEnd = areaFigureEnd(dash)
    if (figureEnd >= 0) {
      for (let j = k; j < dash; j++) if ((bitsB[j]! & V.PERIOD) !== 0) return [dash, figureEnd]
      return null
    }
    // A figure or the largest share, a dash, a named place: "Ще 87 км² — на Покровському напрямку".
    const named = dash + 1 < n && (bits[dash]! & W.INTO) !== 0 && (isName(dash + 1) || (dash + 2 < n && isName(dash + 2)))
    if (!named) return null
    if (areaFigureEnd(k) === dash - 1) return [k, dash - 1]
    if ((bitsB[k]! & V.SHARE) !== 0 && dash - k <= 3 && lastAreaUnit >= 0 && k - lastAreaUnit <= 60) return [k, k]
    return null
  }
  // An area figure at k that no listed word in its sentence tells (the lexicon's word then carries the
  // claim: "Найбільше — 188 км² — ворог захопив …"), not a measure of size: its last word, or -1.
  const carriedArea = (k: number): number => {
    if (!/^\p{N}/u.test(tokens[k]!.lower) && !FIGURE_QUALIFIER.test(tokens[k]!.lower)) return -1
    const end = areaFigureEnd(k)
    if (end < 0) return -1
    if (k > 0 && MEASURE_WORD.test(tokens[k - 1]!.lower)) return -1
    const listed = listedWords()
    let from = k
    for (let j = k - 1; j >= Math.max(0, k - 30); j--) {
      if (listed[j] || MEASURE_WORD.test(tokens[j]!.lower)) return -1
      from = j
      // the point of an abbreviation ("кв. км", "тыс. кв. км", "н. п.") ends no sentence
      if (opensSentence(j) && !(j > 0 && ABBREVIATION.test(tokens[j - 1]!.lower))) break
    }
    // a frame of this file already told the sentence's claim ("армия заняла 80 кв. км, а неделей ранее — 65 кв. км")
    const last = found.at(-1)
    if (last && last.span[1] > tokens[from]!.start) return -1
    for (let j = k; j <= Math.min(n - 1, end + 30); j++) {
      if (j > end && opensSentence(j) && !ABBREVIATION.test(tokens[j - 1]!.lower)) break
      if (listed[j]) return -1
    }
    return end
  }
  const found: FrameMatch[] = []
  // A frame reads the lexicon's weak nouns under it better ("бої" in "два бої ще не вщухли"); a
  // weapon as the subject makes a strike of an attack verb ("беспилотник атаковал грузовик").
  const add = (from: number, to: number, d: TriggerData, extra: Partial<FrameMatch> = GOVERNS_WEAK): void => {
    const span: Span = [tokens[from]!.start, tokens[to]!.end]
    const last = found.at(-1)
    if (last && last.span[1] > span[0]) return
    found.push({ span, text: text.slice(span[0], span[1]), data: d, ...extra })
  }
  // The object or place after a preposition at k: a name, a settlement word or ground short of one
  // (allowing one adjective or figure between: "з крайніх хат", "из двух посадок").
  const placeAfter = (k: number, to: number): 'settlement' | 'terrain' | null => {
    for (let j = k + 1; j <= Math.min(to, k + 2); j++) {
      if ((bits[j]! & W.SETTLEMENT) !== 0 || isName(j)) return 'settlement'
      if ((bits[j]! & W.TERRAIN) !== 0) return 'terrain'
    }
    return null
  }

  // What a preposition at k reaches: a building, a vehicle, ground, a settlement or a name.
  const targetAfter = (k: number, to: number): boolean => {
    for (let j = k + 1; j <= Math.min(to, k + 2); j++) if ((bits[j]! & (W.BUILDING | W.CAR | W.VEHICLE | W.TERRAIN | W.SETTLEMENT)) !== 0 || isName(j)) return true
    return false
  }

  // Positions, a line, a settlement or a name: where an attack goes ("наші позиції", "окопы", "село", "X").
  const militaryTarget = (k: number): boolean => k < n && ((bitsB[k]! & V.OURS) !== 0 || (bits[k]! & (W.TERRAIN | W.SETTLEMENT)) !== 0 || isName(k))

  // Whether a listed event word starts at word i (and none covering it starts before).
  const listedFrom = (i: number): boolean => {
    const at = tokens[i]!.start
    let starts = false
    for (const t of input.triggers) {
      if (t.span[0] < at && t.span[1] > at) return false
      if (t.span[0] === at) starts = true
    }
    return starts
  }
  // Where a force goes or comes from, in the words after a preposition at k: a name, a settlement, ground
  // short of one, the enemy, or ground of war ("в район вокзала", "на підступи", "в тыл", "из окружения");
  // a figure ("вышли на 2 км").
  const warGroundAfter = (k: number, to: number): boolean => {
    for (let j = k + 1; j <= Math.min(to, k + 3); j++) {
      if ((bits[j]! & (W.SETTLEMENT | W.TERRAIN | W.ENEMY | W.NUMBER)) !== 0 || (bitsB[j]! & V.WAR_GROUND) !== 0 || isName(j)) return true
      if ((bitsB[j]! & V.EVERYDAY) !== 0) return false
    }
    return false
  }

  for (let i = 0; i < n; i++) {
    const b = bits[i]!
    const bB = bitsB[i]!
    if ((b & W.WAR_CUE) !== 0) lastCue = i
    if ((bB & V.AREA_UNIT) !== 0) lastAreaUnit = i
    if (areaUnits && ((bB & (V.SHARE | V.PERIOD)) !== 0 || figureMemo.get(tokens[i]!) === 1) && opensSentence(i)) {
      const told = verblessArea(i)
      if (told) {
        add(told[0], told[1], AREA_TOLD)
        continue
      }
    }
    if (areaUnits && (bB & V.AREA_UNIT) === 0 && figureMemo.get(tokens[i]!) === 1) {
      const carried = carriedArea(i)
      if (carried >= 0) {
        add(i, carried, AREA_CARRIED)
        lastAreaUnit = carried
        i = carried
        continue
      }
    }
    if ((b & HEADS) === 0 && (bB & HEADS_B) === 0) continue
    const l = left(i)
    const r = right(i)

    // Going in, out or up to somewhere that is no ground of war: "Люди вышли из дома", "зашёл в
    // магазин", "вийшли на новий рівень продажів", "вошли в историю". The lexicon's phrase that opens
    // on the verb ("вышли из", "зашли в", "вийшли на") tells no event there.
    if ((b & W.ENTER) !== 0 || (bB & V.MOVE_OUT) !== 0) {
      const prep = has(i + 1, Math.min(r, i + 2), W.INTO | W.FROM)
      // Trying to get somewhere is an attack, not ground gained (gold conventions: attempts are
      // `assault`): "ворог спробує вийти до околиць X", "намагаються зайти в село", "пытаются выйти к
      // окраинам", "попытались зайти в посёлок" (the future's modality is the cue's).
      const attempt = i - 1 >= l && (bitsB[i - 1]! & V.ATTEMPT) !== 0 ? i - 1 : i - 2 >= l && (bitsB[i - 2]! & V.ATTEMPT) !== 0 ? i - 2 : -1
      if (attempt >= 0 && prep >= 0 && (bits[prep]! & W.INTO) !== 0 && warGroundAfter(prep, r)) {
        add(attempt, i, ASSAULT, OVER_ADVANCE)
        continue
      }
      if (prep >= 0 && prep < r && !warGroundAfter(prep, r) && listedFrom(i)) {
        add(i, i, ADVANCE, VETO)
        continue
      }
      // Moved out onto a line or up to a place: "выдвинулись на новые рубежи у Константиновки", "до
      // конца месяца выйдут к окраинам Орехова", "вийдуть до Оріхова". A force must be named for it.
      if ((bB & V.MOVE_OUT) !== 0 && prep >= 0 && (bits[prep]! & W.INTO) !== 0 && warGroundAfter(prep, r)) {
        add(i, i, ADVANCE_NEEDS_ACTOR)
        continue
      }
    }
    // A facility destroyed: "огнём артиллерии уничтожены опорные пункты", "уничтожили склад
    // боеприпасов и огневые позиции", "знищено пункт управління" (a strike on a place; the first thing
    // named decides: tanks, crews and soldiers destroyed stay losses).
    if ((bB & V.DESTROY) !== 0) {
      let first = -1
      // "знищили, ймовірно, російський склад": a hedge between commas right after the verb does not end its clause.
      const to = comma[i] && i + 2 < n && comma[i + 1] && PARENTHETICAL.test(tokens[i + 1]!.lower) ? Math.min(right(i + 2), i + 5) : Math.min(r, i + 4)
      for (let k = i + 1; k <= to; k++) {
        // "особового складу", "личного состава": the staff, people (a loss).
        if (PERSONNEL.test(tokens[k]!.lower)) break
        // "радіолокаційну станцію", "радиолокационную станцию": a radar is equipment (convention 75).
        if (RADAR.test(tokens[k]!.lower)) break
        // "знищила дронами два склади", "уничтожили ракетами склад": the weapon in the instrumental struck; the object follows.
        if (WEAPON_INSTRUMENTAL.test(tokens[k]!.lower)) continue
        if ((bitsB[k]! & V.FACILITY) !== 0 || (bits[k]! & (W.VEHICLE | W.CAR | W.ENEMY | W.MUNITION)) !== 0) {
          first = k
          break
        }
      }
      if (first >= 0 && (bitsB[first]! & V.FACILITY) !== 0 && (bits[first]! & (W.VEHICLE | W.CAR | W.ENEMY | W.MUNITION)) === 0) {
        add(i, i, STRIKE, OVER_LOSS)
        continue
      }
    }
    // Cleared of anything but a force ("зачистка території від сміття", "зачистили берег от мусора",
    // "зачистка от мин"): no ground taken; the lexicon's "зачист-" says nothing there ("от остатков
    // украинских формирований", "від диверсійних груп противника" name one).
    if (((bB & V.SWEEP) !== 0 || (b & W.CLEAR) !== 0) && /^зачи/u.test(tokens[i]!.lower)) {
      const away = has(i + 1, Math.min(r, i + 3), W.AWAY)
      let ofForce = false
      for (let k = away + 1; away >= 0 && k <= Math.min(r, away + 3) && !ofForce; k++) ofForce = (bits[k]! & (W.ENEMY | W.MILITARY)) !== 0 || isName(k)
      if (away >= 0 && away < r && !ofForce && listedFrom(i)) {
        add(i, i, ADVANCE, VETO)
        continue
      }
    }
    // Clearing told as completed in a settlement: "в Каменском завершена зачистка", "завершили
    // зачистку Вовчанська" (taken); clearing still going on ("завершают зачистку"), or of a tree line
    // or an industrial zone ("завершена зачистка промзоны"), stays ground gained.
    if ((bB & V.SWEEP) !== 0) {
      const done = i > l && (bitsB[i - 1]! & V.COMPLETE) !== 0 ? i - 1 : i < r && (bitsB[i + 1]! & V.COMPLETE) !== 0 ? i + 1 : -1
      if (done >= 0) {
        const next = Math.max(i, done) + 1
        const object = next <= r && !hard[next - 1] && !comma[next - 1] ? next : -1
        const settlement = object >= 0 ? (bits[object]! & W.SETTLEMENT) !== 0 || isName(object) : nameBefore(l, Math.min(i, done) - 1)
        if (settlement) {
          add(Math.min(i, done), Math.max(i, done), CAPTURE_CLEARED, OVER_ADVANCE)
          continue
        }
      }
    }
    // Lines, positions or a tree line seized: "овладели выгодными рубежами на западной окраине X",
    // "повернули під контроль ділянку лісу", "захватили опорный пункт" (ground gained, gold call 10); a
    // settlement, a name or people after the verb stay what the lexicon reads.
    if ((bB & V.SEIZE) !== 0) {
      let k = i + 1
      while (k <= Math.min(r, i + 4) && SEIZE_GAP.test(tokens[k]!.lower)) k++
      if (k <= r && k <= i + 5 && (bits[k]! & W.TERRAIN) !== 0 && !/^(?:хут|пункт)/u.test(tokens[k]!.lower) && !(k + 1 <= r && INHABITED.test(tokens[k]!.lower))) {
        add(i, k, ADVANCE, OVER_CAPTURE)
        continue
      }
    }
    // Throwing itself at positions: "ворог 15 разів кидався на наші позиції", "бросались на наши
    // окопы" (an attack; "кинулися на допомогу", "бросилась на шею" are none).
    // Also the slang of pushing or climbing at a line, one adjective allowed before it: "тричі пхалися на
    // українські позиції", "лезли на наши окопы" ("кіт ліз на дерево" names no line).
    if ((bB & V.RUSH) !== 0) {
      const onto = i + 1 <= r && (bits[i + 1]! & W.ONTO) !== 0 ? i + 1 : -1
      if (onto >= 0 && onto < r && (militaryTarget(onto + 1) || (onto + 2 <= r && (bitsB[onto + 2]! & V.OURS) !== 0))) {
        add(i, i, ASSAULT)
        continue
      }
    }
    // A force sent at a line or a place: "ворог пустив на наші позиції дві БМП з десантом", "кинув на X до
    // роти піхоти", "бросили на наши окопы взвод" (an attack). Keys thrown on a table or friends let into
    // a flat name no line and no force.
    if ((bB & V.SEND) !== 0) {
      const onto = i + 1 <= r && (bits[i + 1]! & W.INTO) !== 0 ? i + 1 : -1
      if (onto >= 0 && onto < r && militaryTarget(onto + 1)) {
        const fr = right(i, 9)
        let force = -1
        for (let k = onto + 2; k <= fr && force < 0; k++) if ((bitsB[k]! & V.FORCE) !== 0) force = k
        if (force >= 0) {
          add(i, i, ASSAULT)
          continue
        }
      }
    }
    // A place pressed to the end: "до зими Кіндратівку дотиснемо", "Кондратовку всё-таки дожмём" (a
    // capture the speaker's side expects; "дожмём этот проект" names no place). A date's name ("до Нового
    // года") is no place.
    if ((bB & V.PRESS) !== 0) {
      let place = -1
      for (let k = left(i, 4); k <= right(i, 4) && place < 0; k++) {
        if (k === i) continue
        const prev = k > 0 ? tokens[k - 1]!.lower : ''
        const next = k + 1 < n ? tokens[k + 1]!.lower : ''
        if (DATE_WORD.test(next) || DATE_PREP.test(prev)) continue
        if ((bits[k]! & W.SETTLEMENT) !== 0 || isName(k)) place = k
      }
      if (place >= 0) {
        add(i, i, CAPTURE_CLEARED)
        continue
      }
    }
    // Some of them destroyed: "ворог ішов трьома БМП, дві з них знищили дронарі", "две из них сожгли",
    // "одну з них обнулили" (the things just named, lost; not a strike on a place).
    if ((bB & (V.DESTROY | V.SLANG_KILL)) !== 0 || (b & W.BURN) !== 0) {
      const them = i - 1 >= 0 && tokens[i - 1]!.lower === 'них' && !hard[i - 1] ? i - 1 : -1
      if (them >= 2 && (bits[them - 1]! & W.FROM) !== 0 && ((bits[them - 2]! & W.NUMBER) !== 0 || /^(?:одн|дв|обидв|обе|обоих)\p{L}*$/u.test(tokens[them - 2]!.lower))) {
        add(i, i, BURNT_OUT, OVER_STRIKE)
        continue
      }
    }
    // Soldiers' slang for destroying: "минусанули два танка", "заминусили пехоту противника", "мінуснули
    // три БМП", "обнулили ворожий танк" (a loss of what is named); "приземлили 12 беспилотников" (drones
    // shot down). What follows must be equipment, a force or drones ("обнулили рахунок" is none).
    if ((bB & (V.SLANG_KILL | V.GROUNDED)) !== 0) {
      let object = -1
      for (let k = i + 1; k <= Math.min(r, i + 4) && object < 0; k++) if ((bits[k]! & (W.VEHICLE | W.ENEMY | W.MUNITION)) !== 0 || (bitsB[k]! & V.FORCE) !== 0) object = k
      if (object >= 0 && (bits[object]! & W.MUNITION) !== 0) {
        add(i, i, DOWNED)
        continue
      }
      if (object >= 0 && (bB & V.SLANG_KILL) !== 0) {
        add(i, i, KILLED)
        continue
      }
    }
    // A hit told by what is left: "будинок залишився без даху", "школа осталась без окон", "від мосту
    // залишилися лише опори", "от склада остались одни руины" (damage from a strike, after a word of war;
    // "залишився без світла" or "без роботи" tells no damage).
    if ((bB & V.REMAIN) !== 0) {
      const wl = left(i, 4)
      const building = (k: number): boolean => (bits[k]! & W.BUILDING) !== 0 || /^(?:міст|мост)\p{L}*$/u.test(tokens[k]!.lower)
      let told = false
      if (i + 2 <= r && tokens[i + 1]!.lower === 'без' && (bitsB[i + 2]! & V.WRECK) !== 0) for (let k = wl; k < i && !told; k++) told = building(k)
      if (!told) {
        const from = has(wl, i - 1, W.AWAY)
        let wreck = false
        for (let k = i + 1; k <= Math.min(r, i + 3) && !wreck; k++) wreck = (bitsB[k]! & V.WRECK) !== 0
        told = wreck && from >= 0 && from + 1 < i && (building(from + 1) || (from + 2 < i && building(from + 2)))
      }
      if (told && cueNear(i)) {
        add(i, i, DAMAGE)
        continue
      }
    }
    // Buildings that suffered: "пострадали крыши и окна двух домов", "постраждали приватні будинки" (damage
    // from a strike, not a toll; "пострадали двое жителей" stays a toll). A word of war must be near.
    if ((bB & V.SUFFER) !== 0) {
      const next = i + 1 <= r ? i + 1 : -1
      const thing = next < 0 || (bits[next]! & W.NUMBER) !== 0 ? -1 : (bits[next]! & W.BUILDING) !== 0 ? next : next + 1 <= r && (bits[next + 1]! & W.BUILDING) !== 0 ? next + 1 : -1
      if (thing >= 0 && cueNear(i)) {
        add(i, i, DAMAGE, OVER_LOSS)
        continue
      }
    }
    // Vehicles left behind: "откатились, оставив на поле бронемашину", "покинули два підбиті танки",
    // "залишивши БМП" (a loss of the side that left them, like a burnt vehicle); a place or positions
    // left ("оставили позиции", "залишили село") stay a withdrawal.
    if ((bB & V.ABANDON) !== 0) {
      let vehicle = -1
      for (let k = i + 1; k <= Math.min(r, i + 4) && vehicle < 0; k++) {
        if ((bits[k]! & (W.TERRAIN | W.SETTLEMENT)) !== 0 || isName(k)) break
        if ((bits[k]! & W.VEHICLE) !== 0) vehicle = k
      }
      if (vehicle >= 0) {
        add(i, vehicle, BURNT_OUT, OVER_WITHDRAWAL)
        continue
      }
    }
    if ((b & HEADS) === 0) continue

    // Driven out: "ми їх звідти викурили", "вышибли противника из Кондратовки", "вичавили ворога з
    // позицій". An enemy or a pronoun as the object, and where from: a name or a settlement is taken
    // (capture), positions or part of one are ground gained (advance; gold convention 5).
    if ((b & W.EXPEL) !== 0) {
      const object = has(l, r, W.ENEMY | W.PRONOUN, i)
      if (object >= 0) {
        if (has(l, r, W.SOURCE) >= 0) {
          add(i, i, CAPTURE)
          continue
        }
        const from = has(i + 1, r, W.FROM)
        const place = from >= 0 ? placeAfter(from, r) : null
        if (place) {
          // Still being driven out ("продолжают выдавливать противника из Степногорска", "витісняють
          // ворога з Куп'янська"): the imperfective tells a push under way, ground gained, not the place taken.
          add(i, i, place === 'settlement' && !EXPELLING.test(tokens[i]!.lower) ? CAPTURE : ADVANCE)
          continue
        }
      }
    }
    // Pushed away or taken: "відігнали ворога від Степногірська", "оттолкнули противника", "отжали две
    // посадки", "забрали ще одну лісосмугу", "прихватили Кондратовку".
    if ((b & (W.PUSH_AWAY | W.TAKE)) !== 0) {
      const object = (b & W.PUSH_AWAY) !== 0 ? has(i + 1, r, W.ENEMY) : -1
      if (object >= 0 && object <= i + 3) {
        add(i, i, ADVANCE)
        continue
      }
      // The ground itself as the object, right after the verb (a figure or an adjective between).
      let k = i + 1
      // "отжал у нас", "віджали в ворога": from whom, then what.
      if (k + 1 <= r && (bits[k]! & W.INTO) !== 0 && (bits[k + 1]! & (W.PRONOUN | W.ENEMY)) !== 0) k += 2
      while (k <= Math.min(r, i + 3) && (bits[k]! & (W.NUMBER | W.TERRAIN | W.SETTLEMENT)) === 0 && !isName(k) && (bits[k]! & (W.FROM | W.INTO | W.ONTO | W.AWAY)) === 0) k++
      if (k <= Math.min(r, i + 3) && (bits[k]! & W.NUMBER) !== 0) k++
      if (k <= r && k <= i + 4) {
        if ((bits[k]! & W.TERRAIN) !== 0) {
          add(i, i, ADVANCE)
          continue
        }
        if ((bits[k]! & W.SETTLEMENT) !== 0) {
          add(i, i, CAPTURE)
          continue
        }
        if (isName(k) && (b & W.TAKE) !== 0) {
          add(i, i, CAPTURE_NEEDS_ACTOR)
          continue
        }
      }
    }
    // Cleared of the enemy: "очистив від ворога лісосмугу", "вычистили посадку от противника" (ground
    // gained; a settlement so cleared is taken). Cleared of anything else ("від мін", "от снега") is
    // no event; without "of the enemy" a force must be named.
    if ((b & W.CLEAR) !== 0) {
      const away = has(i + 1, r, W.AWAY)
      const ofEnemy = away >= 0 && away + 1 <= r && (bits[away + 1]! & W.ENEMY) !== 0
      if (away < 0 || ofEnemy) {
        let k = i + 1
        while (k <= Math.min(r, i + 5) && (bits[k]! & (W.TERRAIN | W.SETTLEMENT)) === 0) k++
        if (k <= Math.min(r, i + 5)) {
          const settlement = (bits[k]! & W.SETTLEMENT) !== 0
          add(i, i, ofEnemy ? (settlement ? CAPTURE : ADVANCE) : settlement ? CAPTURE_NEEDS_ACTOR : ADVANCE_NEEDS_ACTOR)
          continue
        }
      }
    }
    // Into a place: "заскочили в Райське", "въехали на окраину", "пробралися до крайніх хат". A
    // force must be named for it (a person "зайшов у магазин" is no advance).
    if ((b & W.ENTER) !== 0) {
      const into = has(i + 1, Math.min(r, i + 2), W.INTO)
      if (into >= 0 && placeAfter(into, r)) {
        add(i, i, ADVANCE_NEEDS_ACTOR)
        continue
      }
    }
    // Fire delivered: a munition as the instrument of any verb ("накрыли наши опорники кассетами",
    // "гатили дронами", "засипали КАБами"), or counted after a verb with its target ("обрушила на регион
    // 97 снарядов", "вогнали по місту 5 ракет"). Not when the verb supplies, makes, counts or shoots
    // the munition down ("передали дронами", "закупили 97 снарядов", "збили 20 дронів").
    if ((b & W.MUNITION) !== 0) {
      const isInstr = (b & W.MUNITION_INSTR) !== 0
      // The verb before the munition, in its clause.
      let verb = -1
      for (let k = i - 1; k >= l; k--) {
        if ((bits[k]! & W.VERB) !== 0 && (bits[k]! & (W.MUNITION | W.BUILDING | W.TERRAIN | W.ENEMY | W.SETTLEMENT)) === 0) {
          verb = k
          break
        }
      }
      // The munition as the subject ("беспилотник-камикадзе атаковал грузовик", "ракета влетіла в
      // гараж", "КАБ прилетел по окраине"): a verb right after it with a target after that.
      // Not a munition in the genitive after the word it belongs to ("атаки дрона", "удар ракети",
      // "з дронів", "по беспилотнику").
      const before = i > l ? bits[i - 1]! : 0
      const governed = (before & (W.FROM | W.AWAY | W.ONTO | W.INTO | W.MUNITION | W.NUMBER)) !== 0 || ((before & W.WAR_CUE) !== 0 && (before & W.MILITARY) === 0)
      if (!isInstr && !governed) {
        // "беспилотник-камикадзе", "дрон-камікадзе": the second part of the name is no verb.
        let after = i + 1 < n && text.slice(tokens[i]!.end, tokens[i + 1]!.start) === '-' ? i + 2 : i + 1
        while (after <= Math.min(r, i + 2) && (bits[after]! & W.VERB) === 0) after++
        const hit = (k: number): boolean => (bits[k]! & (W.BUILDING | W.CAR | W.VEHICLE)) !== 0 || ((bits[k]! & (W.ONTO | W.INTO)) !== 0 && targetAfter(k, r))
        if (after <= Math.min(r, i + 2) && (bits[after]! & (W.SUPPLY | W.MUNITION)) === 0 && (hit(after + 1) || (after + 2 <= r && hit(after + 2)))) {
          add(i, after, STRIKE_BY_WEAPON, WEAPON_SUBJECT)
          continue
        }
      }
      if (verb >= 0 && (bits[verb]! & W.SUPPLY) === 0) {
        if (isInstr) {
          add(verb, verb, STRIKE, WEAPON_SUBJECT)
          continue
        }
        const onto = has(verb + 1, i - 1, W.ONTO)
        if (onto >= 0 && onto + 1 < i && (bits[i - 1]! & W.NUMBER) !== 0) {
          add(verb, verb, STRIKE, WEAPON_SUBJECT)
          continue
        }
      }
    }
    // Damage to a building after a word of war: "посечены крыша и окна", "вибито вікна", "зрешечено
    // паркан", "понівечено автомобілі"; a burnt vehicle or column ("колона догоріла", "сожжено четыре
    // машины подвоза") is a loss, a burnt house a strike.
    if ((b & (W.DAMAGE | W.BURN)) !== 0) {
      const wl = left(i, 4, true)
      const wr = right(i, 5, true)
      if ((b & W.BURN) !== 0) {
        // A car is military when the words around it say whose or what for ("наших машины подвоза").
        let vehicle = has(wl, wr, W.VEHICLE, i)
        if (vehicle < 0) {
          const car = has(wl, wr, W.CAR, i)
          if (car >= 0 && has(Math.max(wl, car - 2), Math.min(wr, car + 2), W.MILITARY) >= 0) vehicle = car
        }
        if (vehicle >= 0) {
          add(Math.min(i, vehicle), Math.max(i, vehicle), BURNT_OUT)
          continue
        }
      }
      const thing = has(wl, wr, W.BUILDING | W.CAR, i)
      if (thing >= 0 && cueNear(i)) {
        add(i, i, DAMAGE)
        continue
      }
    }
    // An offensive or a success developed: "развивают наступление", "розвивають успіх", "развили
    // прорыв" (the side's ground gained, not an attempt).
    if ((b & W.DEVELOP) !== 0 && i + 1 < n && !hard[i]) {
      const next = i + 2 < n && !hard[i + 1] && (bits[i + 1]! & W.VERB) === 0 && !OFFENSIVE_NOUN.test(tokens[i + 1]!.lower) ? i + 2 : i + 1
      if (OFFENSIVE_NOUN.test(tokens[next]!.lower)) {
        add(i, next, ADVANCE_NEEDS_ACTOR)
        continue
      }
    }
    // Fighting going on: "бої не вщухають", "два бої ще не вщухли", "бои не прекращаются", "точаться
    // бої за", "кипят бои". Not in a ring ("бої UFC тривають").
    if ((b & W.FIGHT) !== 0) {
      const fl = left(i, 3)
      const fr = right(i, 4)
      let going = has(fl, fr, W.CONTINUE, i)
      if (going < 0) {
        const stop = has(i + 1, fr, W.STOP)
        if (stop > 0 && (bits[stop - 1]! & W.NEGATION) !== 0) going = stop
      }
      const sport = has(left(i, 20, true), right(i, 20, true), W.SPORT) >= 0
      // "бої UFC", "боксерський бій": the lexicon's fight noun tells no war event either.
      if (sport) add(i, i, CONTESTED, VETO)
      else if (going >= 0) {
        const counted = i > 0 && !hard[i - 1] && ((bits[i - 1]! & W.NUMBER) !== 0 || (i > 1 && (bits[i - 2]! & W.NUMBER) !== 0 && !hard[i - 2]))
        add(Math.min(i, going), Math.max(i, going), counted ? TALLY : CONTESTED)
        continue
      }
    }
  }
  return found
}
