import type { Lang, Span } from '../domain/index.js'
import { firstIndex, type Token } from '../text/index.js'
import { deriveFirstWords, type FirstWord } from './lexicon/phrase-matcher.js'
import { FOLD_UNSAFE, WordMemo } from '../text/index.js'
import { TOPONYM_SHAPE } from './lexicon/toponym-shape.js'

/**
 * Words of war around an event word: forces, weapons, fighting, the front, occupation and the
 * belligerents' military institutions. Many event words of the lexicons have an everyday sense ("the
 * family drove out of the city", "captured the attention of scouts", "люди вийшли з дому", "зашёл в
 * магазин", "Вратарь отбил пенальти", "went on strike", "a heart attack"), and a rule listed for its
 * military sense fires on them as well. The round-10 frames ask each event for its military subject
 * or object; a listed phrase is vetted more cheaply, by asking whether anything of war stands in its
 * sentence or the one before. A bulletin's item names the enemy or the unit; a toll follows the
 * strike it results from; a sports report, a shopping trip and a stock market report name nothing
 * of the kind.
 *
 * Only words that name war in any sentence are listed, never an event word with an everyday sense
 * ("captured", "evacuated", "killed", "occupied", "оточення", "втрати"), which would vouch for
 * itself, nor words whose everyday senses are common ("positions", "team", "group", "удар",
 * "позиції", "корпус", "посадка", "котл-"). The belligerents' names ("Russia", "Moscow's gains",
 * "Russian forces", "ворог", "наши бойцы") are added by the caller from the side lexicon: in war
 * reporting the country is the actor ("Moscow now occupies 19% of Ukraine").
 */
const EN_SOURCE =
  String.raw`(?:` +
    [
      // forces and people under arms
      String.raw`troops?|forces|soldiers?|servicem[ae]n|army|armies|military|militar\p{L}*|brigades?|battalions?|regiments?|platoons?|detachments?|garrisons?|infantry\p{L}*|stormtroopers?|assault (?:groups?|units?|teams?|troops)|sappers|paratroopers|marines|mercenar\p{L}*|conscripts?|commanders?|occupiers|invaders|enemy|enemies|Russians|Ukrainians|milbloggers?|war correspondents?|border guards?|National Guard|Rosgvardia|Wagner|Akhmat`,
      // weapons and equipment
      String.raw`drones?|UAVs?|missiles?|rockets?|shelling|shelled|artillery|mortars?|howitzers?|glide bombs?|bombs?|bombing|bombard\p{L}*|KABs?|FABs?|Shaheds?|Gerans?|Iskanders?|HIMARS|ATACMS|tanks?|armou?red|munitions?|ammunition|ordnance|explosives?|warplanes?|warships?|air ?strikes?|airstrikes?|air[- ]raids?|air defen[cs]es?|anti-aircraft`,
      // fighting, the front, occupation and war
      String.raw`front[- ]?lines?|the front|under (?:\p{L}+ )?fire|assaults?|fight (?:for|over) (?:the |a )?(?:village|town|city|settlement)|control (?:of|over) (?:the |a )?(?:village|town|city|settlement)|offensives?|counter-?offensives?|counter-?attacks?|war|wartime|warring|invasion|occupation|occupying forces|hostilities|combat|battles?|battlefield|fighting|clashes|skirmish\p{L}*|trenches|dugouts|foxholes|ceasefire|truce|siege|besieg\p{L}*|bridgehead|grey zone|gray zone|axis|salient`,
      // the belligerents' military institutions
      String.raw`Kremlin|General Staff|Defen[cs]e Ministry|Ministry of Defen[cs]e|MoD|ISW|DeepState`,
    ].join('|') +
  String.raw`)(?![\p{L}\p{N}])`

// Ukrainian and Russian in one list: their texts quote each other, and the lexicons are shared too.
const CYRILLIC_SOURCE =
  String.raw`(?:` +
    [
      // forces and people under arms
      String.raw`військ\p{L}*|войск\p{L}*|військов\p{L}*|военн\p{L}*|армі[їяює]|армією|арми[июяей]|армией|армійськ\p{L}*|армейск\p{L}*|сил\p{L}* оборон\p{L}*|зсу|всу|вфу|ворог\p{L}*|враг\p{L}*|вражеск\p{L}*|ворож\p{L}*|противник\p{L}*|неприятел\p{L}*|окупант\p{L}*|оккупант\p{L}*|загарбник\p{L}*|рашист\p{L}*|бригад\p{L}*|батальйон\p{L}*|батальон\p{L}*|полк|полку|полки|полків|полков|полком|полкам|підрозділ\p{L}*|подразделени\p{L}*|угрупован\p{L}*|группировк\p{L}*|штурмовик\p{L}*|штурмов\p{L}*|десант\p{L}*|диверсант\p{L}*|бійц\p{L}*|бійці|бойц\p{L}*|бойовик\p{L}*|боевик\p{L}*|військовослужбов\p{L}*|военнослужащ\p{L}*|командир\p{L}*|гарнізон\p{L}*|гарнизон\p{L}*|піхот\p{L}*|пехот\p{L}*|прикордонник\p{L}*|пограничник\p{L}*|нацгвард\p{L}*|росгвард\p{L}*|росіян\p{L}*|россиян\p{L}*|русн\p{L}*|хохл\p{L}*|укронацист\p{L}*|орк(?:и|ів|ам|ами)`,
      // weapons and equipment
      String.raw`дрон\p{L}*|квадрокоптер\p{L}*|коптер(?:а|ы|и|ів|ов|ом|ами)?|безпілот\p{L}*|беспилот\p{L}*|бпла\p{L}*|бпл|ракет\p{L}*|снаряд\p{L}*|обстріл\p{L}*|обстрел\p{L}*|артобстріл\p{L}*|артобстрел\p{L}*|артилер\p{L}*|артиллер\p{L}*|міномет\p{L}*|миномет\p{L}*|каб|каби|кабів|кабами|кабов|фаб|авіабомб\p{L}*|авиабомб\p{L}*|бомб\p{L}*|бомбардув\p{L}*|бомбардир\p{L}*|шахед\p{L}*|герань\p{L}*|гераней|іскандер\p{L}*|искандер\p{L}*|танк(?:и|ів|ов|ами|ам|ах|а|у|ом)?|бронетехн\p{L}*|бронемашин\p{L}*|бмп|бтр|сау|рсзо|боєприпас\p{L}*|боеприпас\p{L}*|авіаудар\p{L}*|авиаудар\p{L}*|ракетн\p{L}*|ппо|пво|протиповітрян\p{L}*|противовоздушн\p{L}*|зенітн\p{L}*|зенитн\p{L}*|рэб|реб|fpv`,
      // fighting, the front, occupation and war
      String.raw`фронт\p{L}*|під (?:\p{L}+ )?вогн\p{L}*|под (?:\p{L}+ )?огн[её]м|атак(?:а|и|у|ою|ой|ам|ами|ах)?|контрол\p{L}* (?:над|за) (?:селом|селищем|містом|городом|посёлком|поселком|населен\p{L}* пункт\p{L}*)|наступ|наступу|наступом|наступі|наступальн\p{L}*|наступлени\p{L}*|наступательн\p{L}*|контрнаступ\p{L}*|контратак\p{L}*|штурм|штурму|штурми|штурмів|штурмом|штурмы|штурмов|війн\p{L}*|войн\p{L}*|воєнн\p{L}*|вторгн\p{L}*|вторжени\p{L}*|окупац\p{L}*|оккупац\p{L}*|окупова\p{L}*|оккупирова\p{L}*|оборон\p{L}*|бо[їйяюи]|боях|боями|боїв|боев|боёв|боєм|боем|боєзіткнен\p{L}*|боестолкновени\p{L}*|бойов\p{L}*|боев\p{L}*|зіткнен\p{L}*|столкновени\p{L}*|сутичк\p{L}*|перестрілк\p{L}*|перестрелк\p{L}*|зачистк\p{L}*|окоп\p{L}*|бліндаж\p{L}*|блиндаж\p{L}*|опорник\p{L}*|лісосмуг\p{L}*|лесополос\p{L}*|напрямк\p{L}*|напрямок|направлени\p{L}*|плацдарм\p{L}*|сір\p{L}* зон\p{L}*|сер\p{L}* зон\p{L}*|прикордонн\p{L}*|приграничн\p{L}*|прифронтов\p{L}*|сво|ато|перемир\p{L}*`,
      // the belligerents' military institutions
      String.raw`кремл\p{L}*|генштаб\p{L}*|генеральн\p{L}* штаб\p{L}*|міноборони|минобороны|міністерств\p{L}* оборони|министерств\p{L}* обороны|deepstate|isw`,
    ].join('|') +
  String.raw`)(?![\p{L}\p{N}])`

// Phrases whose words have everyday senses alone, but not together: an attack or strike on a named
// place ("Удар по Харкову", "атака на Шебекино", "strikes on Odesa"; not "удар по м'ячу"), and people
// evacuated ("эвакуировать жителей", "евакуювали 46 мешканців", "evacuate civilians"; not a museum
// evacuated in a fire drill). Case-sensitive for the name's capital, in both scripts.
const PHRASES_SOURCE =
  String.raw`(?:` +
    [
      String.raw`(?:[Уу]дар\p{L}*|[Аа]так\p{L}*|[Aa]ttacks?|[Ss]trikes?|[Aa]ssaults?) (?:по|на|on|against) \p{Lu}`,
      // blasts counted in a Telegram item line ("Білопільська громада: 21 вибух", "Глушковский район: 5
      // взрывов"), and arrivals counted after an area's name and a colon or dash ("Шебекинский округ — 12
      // прилётов"): a gas blast is not counted so, and an airport's arrivals follow no district's name.
      String.raw`(?<=\p{N} )(?:вибух(?:и|ів)?|взрыв(?:а|ов)?|разрыв(?:а|ов)?)(?![\p{L}])`,
      String.raw`(?:округ|район|громада|громади|волость|сільрада|сельсовет)\s*[:—–-]\s*\p{N}+\s(?:прильот(?:и|ів)?|прил[её]т(?:а|ов|ы)?)(?![\p{L}])`,
      String.raw`(?:[Ee]vacuat|[Ее]вакуй|[Ее]вакуюв|[Ее]вакуац|[Ээ]вакуир|[Ээ]вакуац)\p{L}* (?:[\p{L}\p{N}'’ʼ-]+ ){0,3}?(?:residents|civilians|families|children|people|жител\p{L}*|мешканц\p{L}*|мешканк\p{L}*|людей|люди|дітей|детей|родин\p{L}*|семей|семьи|цивільн\p{L}*|мирн\p{L}*)(?![\p{L}])`,
    ].join('|') +
  String.raw`)`

/**
 * A pattern whose matches start only where a word starts: after a character outside `word`, at one
 * inside it (every alternative of the three lists above begins with a letter). Searched globally
 * with a leading `(?<![\p{L}\p{N}])`, the engine tried the long alternation at every character of
 * the document (the Cyrillic list alone was ~4% of extraction); here the words are found by a plain
 * class scan, and the alternation is tried once at each word's start, skipping starts inside the
 * previous match, as the global search resumes after it. The word class is built with the pattern's
 * own flags, so that it holds the same characters as the lookbehind it replaces (with `i`, a
 * class holds every character that folds into it). Tests compare it with the plain global search.
 */
export class WordStartPattern {
  private readonly words: RegExp
  private readonly at: RegExp
  /** One character of `word` (for the word starts inside a token). */
  private readonly wordChar: RegExp
  /** The first words a match can start with (see `deriveFirstWords`); null when the pattern cannot be read. */
  private readonly firsts: readonly FirstWord[] | null
  /** Per distinct token: the offsets in it where a word of `word` starts and a match may start. */
  private readonly starts = new WordMemo<Int32Array>((lower) => this.startsIn(lower))

  /** `word`: the class a match's start must not follow (a character class source); `source`: the pattern. */
  constructor(
    readonly word: string,
    readonly source: string,
    readonly flags: '' | 'i',
  ) {
    this.words = new RegExp(`${word}+`, `g${flags}u`)
    this.at = new RegExp(source, `y${flags}u`)
    this.wordChar = new RegExp(`^${word}$`, `${flags}u`)
    let firsts: FirstWord[] | null
    try {
      firsts = deriveFirstWords(source)
    } catch {
      firsts = null
    }
    this.firsts = firsts
  }

  /** The same global search as `new RegExp('(?<!' + word + ')' + source, 'g' + flags + 'u')`: each match's span. */
  spans(text: string, out: Span[] = []): Span[] {
    let from = 0
    const { words } = this
    words.lastIndex = 0
    for (let w = words.exec(text); w !== null; w = words.exec(text)) {
      if (w.index < from) continue
      from = this.matchAt(text, w.index, from, out)
    }
    return out
  }

  /** The pattern tried at `start` (the sticky `at`): its span pushed to `out` and its end returned, else `from` unchanged. */
  private matchAt(text: string, start: number, from: number, out: Span[]): number {
    const { at } = this
    at.lastIndex = start
    const m = at.exec(text)
    if (m === null) return from
    const end = m.index + m[0].length
    out.push([m.index, end])
    return end
  }

  /**
   * `spans(text, out)` from the text's tokens (`tokenize(text)`): the pattern is tried only at the
   * word starts where its first word can begin (worked out once per distinct token), with no scan
   * of the text's characters. Every word start of `word` lies in a token: at its start, after an
   * apostrophe inside it ("Russia's"), or (for a letters-only class) at a letter after a digit.
   * A text holding a character that case-insensitive matching folds unlike its lower case (see
   * FOLD_UNSAFE: U+0345 is a letter to the `i` class but no token's) is searched as `spans` does.
   */
  spansOfTokens(text: string, tokens: readonly Token[], out: Span[] = []): Span[] {
    if (this.firsts === null || FOLD_UNSAFE.test(text)) return this.spans(text, out)
    let from = 0
    for (let t = 0; t < tokens.length; t++) {
      const token = tokens[t]!
      if (token.end <= from) continue
      // A word whose lower case has another length: its starts are read from the text itself.
      const offsets = token.end - token.start === token.lower.length ? this.starts.get(token) : this.runStarts(text.slice(token.start, token.end))
      for (let k = 0; k < offsets.length; k++) {
        const start = token.start + offsets[k]!
        if (start < from) continue
        from = this.matchAt(text, start, from, out)
      }
    }
    return out
  }

  /** The offsets in a token's lower-case word where a word of `word` starts and one of the pattern's first words may begin. */
  private startsIn(lower: string): Int32Array {
    const offsets = this.runStarts(lower)
    if (offsets.length === 0) return NO_OFFSETS
    const kept = offsets.filter((o) => {
      let end = o + 1
      while (end < lower.length && this.wordChar.test(lower[end]!)) end++
      const run = lower.slice(o, end)
      return this.firsts!.some((f) => (f.whole ? run === f.prefix : run.startsWith(f.prefix)))
    })
    return kept.length === 0 ? NO_OFFSETS : Int32Array.from(kept)
  }

  /** The offsets in `chars` (one token's characters) where a run of `word` characters starts. */
  private runStarts(chars: string): Int32Array {
    const out: number[] = []
    let inside = false
    for (let i = 0; i < chars.length; i++) {
      const code = chars.charCodeAt(i)
      // A surrogate pair is one character: its low half neither starts nor ends a run.
      if (code >= 0xdc00 && code <= 0xdfff && i > 0) continue
      const ch = code >= 0xd800 && code <= 0xdbff ? chars.slice(i, i + 2) : chars[i]!
      const isWord = this.wordChar.test(ch)
      if (isWord && !inside) out.push(i)
      inside = isWord
    }
    return out.length > 0 ? Int32Array.from(out) : NO_OFFSETS
  }
}

const NO_OFFSETS = new Int32Array(0)

const EN = new WordStartPattern(String.raw`[\p{L}\p{N}]`, EN_SOURCE, 'i')
const CYRILLIC = new WordStartPattern(String.raw`[\p{L}\p{N}]`, CYRILLIC_SOURCE, 'i')
const PHRASES = new WordStartPattern(String.raw`\p{L}`, PHRASES_SOURCE, '')

/** The patterns militaryMarks searches (tests compare each with its plain global search). */
export const MILITARY_PATTERNS = { EN, CYRILLIC, PHRASES } as const

/** Where the text names something of war, in text order (`tokens`: `tokenize(text)`, when the caller has them). */
export function militaryMarks(text: string, lang: Lang, tokens?: readonly Token[]): Span[] {
  const out: Span[] = []
  for (const pattern of [lang === 'en' ? EN : CYRILLIC, PHRASES]) {
    if (tokens) pattern.spansOfTokens(text, tokens, out)
    else pattern.spans(text, out)
  }
  return out.sort((a, b) => a[0] - b[0])
}

/** Whether a mark (sorted by start) lies wholly within [from, to). */
export function hasMilitaryMark(marks: readonly Span[], from: number, to: number): boolean {
  for (let i = firstIndex(marks.length, (k) => marks[k]![0] < from); i < marks.length && marks[i]![0] < to; i++) if (marks[i]![1] <= to) return true
  return false
}

// A name in the sentence: a capitalised word after its first one (a place, a unit, an official:
// "We liberated Yampil", "Explosions rocked Kharkiv", "Gerasimov told Putin …"), not a weekday or
// month, nor a word opening a quotation. War reporting names where and who; everyday talk of leaving
// the city or a goalkeeper's save may name no one. A weak sign, taken only when no word of war is near.
const CAPITALISED = /(?<=[\s(\-–—/])\p{Lu}[\p{L}'’ʼ-]*/gu
const OPENS_ON_PLACE = /^[\s"“«'‘(]*(?:the\s+(?:town|city|village|hamlet|settlement)\s+of\s+)?(\p{Lu}[\p{L}'’ʼ]*)(?:[- ]\p{Lu}[\p{L}'’ʼ]*)?(?=\s+(?:fell|has|had|was|were|is|finally|itself|came|changed|passed|remains|remained|returned|now)(?![\p{L}]))/u
const NOT_A_NAME = /^(?:I|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|The|A|An)$/u
// An area figure: territory counted ("4,5 тис. кв. км", "230 km²", "500 sq km").
const AREA = /\p{N}\s*(?:тис\.?\s*|тыс\.?\s*|thousand\s+)?(?:кв\.\s*км|км²|км2|km²|km2|sq\.?\s*(?:km|mi)|square\s+(?:kilomet|mile)|квадратн\p{L}*\s+(?:кілометр|километр)|hectares|гектар)/iu

// People moved out as a population (plural): "residents", "families with children", "мешканців",
// "жителей трёх сёл"; not "the family drove out of the city" or a museum emptied in a fire drill.
const POPULATION = /(?<![\p{L}])(?:residents|civilians|families|inhabitants|evacuees|жител(?:і|ів|ям|ями|ях|и|ей)|мешканц(?:і|ів|ям|ями|ях)|мешканок|родин(?:и|ам|ами|ах)?(?=\s+з\s+дітьми)|сім['’ʼ]?(?:ї|ей)|семей|семьи(?=\s+с\s+детьми)|переселенц\p{L}*|евакуйован\p{L}*|эвакуированн\p{L}*)(?![\p{L}])/iu

/** Whether an evacuation's sentence moves a population: residents, families, жителі. */
export function movesPopulation(sentence: string): boolean {
  return POPULATION.test(sentence)
}

/**
 * Whether the sentence names a place, unit or person after its first word, or counts an area, or opens
 * on a settlement's name as the subject of its event ("Siversk fell in December", "Bilytske was taken
 * back on Monday", "The hamlet of Stavky was lost"): the first word of a sentence is capitalised
 * whatever it is, so it counts only in the shape of a Ukrainian or Russian place name (Pokrovsk,
 * Avdiivka, Kurakhove, Robotyne, Krynky, Huliaipole, Myrnohrad), which English words do not have.
 */
export function namesOrCountsGround(sentence: string): boolean {
  if (AREA.test(sentence)) return true
  const opening = OPENS_ON_PLACE.exec(sentence)
  if (opening && TOPONYM_SHAPE.test(opening[1]!)) return true
  CAPITALISED.lastIndex = 0
  for (let m = CAPITALISED.exec(sentence); m !== null; m = CAPITALISED.exec(sentence)) {
    if (m.index === 0 || !/\p{L}/u.test(sentence.slice(0, m.index))) continue
    if (NOT_A_NAME.test(m[0])) continue
    return true
  }
  return false
}


// Everyday subjects and objects of the lexicons' event words: sports ("the team captured the title",
// "broke the world record", "захопила лідерство в чемпіонаті"), markets ("shares fell", "prices
// advanced", "акции обвалились"), weather ("a heat wave struck", "the storm left the town in
// ruins", "ураган зруйнував", "снегопад накрыл"). A clause that holds one of them and a sentence that
// names nothing of war (no force, weapon, fighting or belligerent) is everyday talk, even when it
// names a city or stands next to a war report: a heat wave that struck Odesa is not a strike. Only
// words with no war sense of their own are listed ("team", "company", "market", "season" and "град"
// have one: drone teams, a rifle company, a market hit by a missile, the campaign season, the Grad).
const EVERYDAY_EN = new RegExp(
  String.raw`(?<![a-z])(?:` +
    [
      // sports and records (group 1)
      String.raw`(titles?|championships?|league|cup|tournaments?|matches|medals?|trophy|trophies|goals|goalkeeper|striker|footballers?|players|athletes?|Olympics?|marathon|(?:world|national|personal|all-time|track|previous|long-standing|club) records?|(?:break|breaks|broke|broken|breaking|beat|beats|beating|set|sets|setting|smash(?:ed|es|ing)?|equal(?:l?ed|s)?) (?:the |a |an |his |her |their |its |another |new )?(?:[a-z-]+ )?records?(?![ -](?:pace|number|numbers|high|highs|low|lows|level|levels|amount|gains?|advances?|losses)))`,
      // markets and money
      String.raw`shares|stocks|stock (?:markets?|prices|exchange)|prices|index|indices|currenc(?:y|ies)|hryvnia|rouble|ruble|inflation|bonds|yields|sales|profits?|revenues?|earnings|investors|turnover|GDP|bakery|shareholders`,
      // weather and nature
      String.raw`(?:the|a|an|this|that|heavy|severe|violent|tropical|winter|snow|ice|dust|sand|thunder|overnight) storms?(?! (?:of|on|against|troops|groups?|units?)(?![a-z]))|heat ?waves?|hurricanes?|typhoons?|tornado(?:es)?|floods?|flooding|snowfall|snowstorms?|blizzards?|frosts?|downpours?|droughts?|wildfires?|forest fires?|earthquakes?|hailstorms?|weather|temperatures|gales?`,
    ].join('|') +
    String.raw`)(?![a-z])`,
  'gi',
)
const EVERYDAY_CY = new RegExp(
  String.raw`(?<![а-яёіїєґ])(?:` +
    [
      // sports and records (group 1)
      String.raw`(чемпіонат[а-яіїєґ]*|чемпионат[а-яё]*|титул[а-яіїєґё]*|кубк[а-яіїєґё]*|кубок|матч[а-яіїєґё]*|турнір[а-яіїєґ]*|турнир[а-яё]*|медал[а-яіїєґё]*|рекорд[а-яіїєґё]*|футбол[а-яіїєґё]*|воротар[а-яіїєґ]*|вратар[а-яё]*|гравц[а-яіїєґ]*|игрок[а-яё]*|збірн[а-яіїєґ]*|сборн[а-яё]*|олімпіад[а-яіїєґ]*|олимпиад[а-яё]*)`,
      // markets and money
      String.raw`акці[їяйю]|акціями|акци[ийяю]|акциями|біржов[а-яіїєґ]*|біржа|біржі|бирж[а-яё]*|ціни|цін|цінах|цены|цен|ценах|інфляц[а-яіїєґ]*|инфляц[а-яё]*|прибут[а-яіїєґ]*|прибыл[а-яё]*|выручк[а-яё]*|виручк[а-яіїєґ]*|продаж[а-яіїєґё]*|індекс[а-яіїєґ]*|индекс[а-яё]*|гривн[а-яіїєґё]*|рубл[а-яіїєґё]*|долар[а-яіїєґ]*|доллар[а-яё]*|інвестор[а-яіїєґ]*|инвестор[а-яё]*|ввп`,
      // weather and nature
      String.raw`буря|бурі|бурю|бурею|бури|бурей|шторм[а-яіїєґё]*|ураган[а-яіїєґё]*|спек[аиуоюі][а-яіїєґ]*|спеко[юй]|жара|жары|жару|жарой|мороз[а-яіїєґё]*|снігопад[а-яіїєґ]*|снегопад[а-яё]*|хуртовин[а-яіїєґ]*|метел[а-яё]*|злив[аиуоі][а-яіїєґ]*|ливн[а-яё]*|повін[а-яіїєґ]*|повен[а-яіїєґ]*|наводнени[а-яё]*|паводк[а-яіїєґё]*|землетрус[а-яіїєґ]*|землетрясени[а-яё]*|негод[а-яіїєґё]*|погод[а-яіїєґё]*|посух[а-яіїєґ]*|засух[а-яё]*`,
    ].join('|') +
    String.raw`)(?![а-яёіїєґ])`,
  'giu',
)

/**
 * Words of sports, markets and the weather in [from, to) (EVERYDAY_EN, EVERYDAY_CY), in text order;
 * `sport` for the sports words, which make a clause everyday wherever they stand ("captured the
 * title"), while a market or weather word does so only as the subject before the event word ("prices
 * advanced"; not "advanced despite the frosts").
 */
export function everydayWords(text: string, from: number, to: number, lang: Lang): { span: Span; sport: boolean }[] {
  const pattern = lang === 'en' ? EVERYDAY_EN : EVERYDAY_CY
  const slice = text.slice(from, to)
  const out: { span: Span; sport: boolean }[] = []
  pattern.lastIndex = 0
  for (let m = pattern.exec(slice); m !== null; m = pattern.exec(slice)) out.push({ span: [from + m.index, from + m.index + m[0].length], sport: m[1] !== undefined })
  return out
}


// "the army spent billions on shells", "bought 200,000 shells", "production of shells": the plural
// noun "shells" (which the strike rule reads as the verb "shells") after money spent on it, a word of
// buying, making or supplying, or "for", is the munitions themselves, not a strike. After a figure it
// may still be fired ("rained 97 shells on the region"), so a figure alone decides nothing.
const SHELLS_AS_NOUN = /(?:^|[^a-z])(?:(?:spent|spend|spends|spending|invested|invests|paid|pays|money)\b[^.;!?]{0,30}?\s+on|for|(?:production|supply|supplies|deliveries|delivery|stocks?|stockpiles?|shortages?|purchases?|orders?|output)\s+of|(?:bought|buy|buys|buying|purchased|purchases?|ordered|orders?|produced|produces?|producing|manufactured|manufactures?|stockpiled|stockpiles?|supplied|supplies|delivered|delivers|shipped|ships|donated|donates|pledged|pledges|needs?|needed|lacks?|lacked|ran\s+short\s+of|runs\s+short\s+of))\s+(?:[\d,.]+\s+(?:million\s+|thousand\s+|billion\s+)?|(?:more|fewer|new|the|these|those|its|their)\s+)?(?:artillery\s+|tank\s+|mortar\s+|\d+mm\s+|\d+-mm\s+)?$/i

/** Whether the event word at span is the plural noun "shells" (munitions), not the verb. */
export function isShellsNoun(text: string, span: Span): boolean {
  return /^shells$/i.test(text.slice(span[0], span[1])) && SHELLS_AS_NOUN.test(text.slice(Math.max(0, span[0] - 40), span[0]))
}
