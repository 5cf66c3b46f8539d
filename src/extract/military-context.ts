import type { Lang, Span } from '../domain/index.js'
import { firstIndex } from '../text/index.js'

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
      String.raw`дрон\p{L}*|безпілот\p{L}*|беспилот\p{L}*|бпла\p{L}*|бпл|ракет\p{L}*|снаряд\p{L}*|обстріл\p{L}*|обстрел\p{L}*|артобстріл\p{L}*|артобстрел\p{L}*|артилер\p{L}*|артиллер\p{L}*|міномет\p{L}*|миномет\p{L}*|каб|каби|кабів|кабами|кабов|фаб|авіабомб\p{L}*|авиабомб\p{L}*|бомб\p{L}*|бомбардув\p{L}*|бомбардир\p{L}*|шахед\p{L}*|герань\p{L}*|гераней|іскандер\p{L}*|искандер\p{L}*|танк(?:и|ів|ов|ами|ам|ах|а|у|ом)?|бронетехн\p{L}*|бронемашин\p{L}*|бмп|бтр|сау|рсзо|боєприпас\p{L}*|боеприпас\p{L}*|авіаудар\p{L}*|авиаудар\p{L}*|ракетн\p{L}*|ппо|пво|протиповітрян\p{L}*|противовоздушн\p{L}*|зенітн\p{L}*|зенитн\p{L}*|рэб|реб|fpv`,
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

  /** `word`: the class a match's start must not follow (a character class source); `source`: the pattern. */
  constructor(
    readonly word: string,
    readonly source: string,
    readonly flags: '' | 'i',
  ) {
    this.words = new RegExp(`${word}+`, `g${flags}u`)
    this.at = new RegExp(source, `y${flags}u`)
  }

  /** The same global search as `new RegExp('(?<!' + word + ')' + source, 'g' + flags + 'u')`: each match's span. */
  spans(text: string, out: Span[] = []): Span[] {
    let from = 0
    const { words, at } = this
    words.lastIndex = 0
    for (let w = words.exec(text); w !== null; w = words.exec(text)) {
      if (w.index < from) continue
      at.lastIndex = w.index
      const m = at.exec(text)
      if (m === null) continue
      const end = m.index + m[0].length
      out.push([m.index, end])
      // Words starting inside the match are skipped (the global search resumes at its end); the
      // scan goes on word by word, so a match ending inside a word never lets the word's rest count
      // as a start.
      from = end
    }
    return out
  }
}

const EN = new WordStartPattern(String.raw`[\p{L}\p{N}]`, EN_SOURCE, 'i')
const CYRILLIC = new WordStartPattern(String.raw`[\p{L}\p{N}]`, CYRILLIC_SOURCE, 'i')
const PHRASES = new WordStartPattern(String.raw`\p{L}`, PHRASES_SOURCE, '')

/** The patterns militaryMarks searches (tests compare each with its plain global search). */
export const MILITARY_PATTERNS = { EN, CYRILLIC, PHRASES } as const

/** Where the text names something of war, in text order. */
export function militaryMarks(text: string, lang: Lang): Span[] {
  const out: Span[] = []
  for (const pattern of [lang === 'en' ? EN : CYRILLIC, PHRASES]) pattern.spans(text, out)
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

/** Whether the sentence names a place, unit or person after its first word, or counts an area. */
export function namesOrCountsGround(sentence: string): boolean {
  if (AREA.test(sentence)) return true
  CAPITALISED.lastIndex = 0
  for (let m = CAPITALISED.exec(sentence); m !== null; m = CAPITALISED.exec(sentence)) {
    if (m.index === 0 || !/\p{L}/u.test(sentence.slice(0, m.index))) continue
    if (NOT_A_NAME.test(m[0])) continue
    return true
  }
  return false
}

