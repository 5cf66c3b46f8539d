import type { QuantityUnit, Span } from '../domain/index.js'
import { endsWithMatch, FIGURE_SOURCE, NUMBER_WORD_SOURCE, NUMBER_WORD_STARTS, numberWordValue, parseFigure, scaleValue, tokenize, type Token } from '../text/index.js'
import { WordFamilies } from './lexicon/word-families.js'

/** A figure found in text, normalised (areas to km², distances to km). */
export interface FoundQuantity {
  readonly span: Span
  readonly text: string
  readonly value: number
  readonly unit: QuantityUnit
  /** What a percentage is a share of, or what a count counts ("attacks", "settlements"). */
  readonly of: string | null
}

const KM2_PER_SQ_MILE = 2.589988110336
const KM_PER_MILE = 1.609344

const APPROX_WORDS = String.raw`about|some|roughly|nearly|almost|over|more than|less than|fewer than|up to|around|approximately|at least|as many as|an estimated|близько|майже|понад|більше|більш ніж|до|приблизно|щонайменше|около|почти|более|свыше|порядка|не менее|примерно`
const APPROX = String.raw`(?:(?:${APPROX_WORDS})\s+)?`
// Counting words the shared number table lacks because they only count ("дев'ятьох окупантів",
// "з п'яти сіл", "двух человек", "семеро", "полтора километра"): genitive and collective forms of the
// small numbers, the teens and tens, and one and a half. Kept here, not in the shared table, because
// date phrases must not read "півтора місяця" as a count of months.
const COUNT_WORDS: Record<string, number> = {
  "дев'ятьох": 9, десятьох: 10, "п'ятеро": 5, шестеро: 6, семеро: 7, восьмеро: 8, "дев'ятеро": 9, десятеро: 10,
  "п'яти": 5, шести: 6, семи: 7, восьми: 8, "дев'яти": 9, десяти: 10, півтора: 1.5, півтори: 1.5,
  тринадцять: 13, чотирнадцять: 14, шістнадцять: 16, сімнадцять: 17, вісімнадцять: 18, "дев'ятнадцять": 19,
  шістдесят: 60, сімдесят: 70, вісімдесят: 80, "дев'яносто": 90,
  двух: 2, четверых: 4, семерых: 7, восьмерых: 8, девятерых: 9, пяти: 5, девяти: 9, полтора: 1.5, полторы: 1.5,
  тринадцать: 13, четырнадцать: 14, шестнадцать: 16, семнадцать: 17, восемнадцать: 18, девятнадцать: 19,
  шестьдесят: 60, семьдесят: 70, восемьдесят: 80, девяносто: 90,
  // The instrumental ("вісьма ракетами", "шестью ракетами"); not "семью", which is also "the family".
  двома: 2, трьома: 3, чотирма: 4, "п'ятьма": 5, шістьма: 6, сімома: 7, сьома: 7, вісьма: 8, вісьмома: 8, "дев'ятьма": 9, десятьма: 10,
  двумя: 2, тремя: 3, четырьмя: 4, пятью: 5, шестью: 6, восемью: 8, девятью: 9, десятью: 10,
}
const COUNT_WORD_SOURCE = Object.keys(COUNT_WORDS)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/'/g, "['’ʼ]"))
  .join('|')
// How many times, said in one adverb ("тричі атакував", "дважды пытался", "twice tried"); not a
// comparison ("twice as many", "вдвічі більше" is another word).
const TIMES_WORDS: Record<string, number> = { двічі: 2, тричі: 3, дважды: 2, трижды: 3, четырежды: 4, twice: 2, thrice: 3 }
const TIMES = String.raw`(?<times>${Object.keys(TIMES_WORDS).join('|')})(?!\s+(?:as|the|more|over|that|than|більше|менше|больше|меньше)(?![\p{L}]))`

function countWordValue(word: string): number | null {
  return numberWordValue(word) ?? COUNT_WORDS[word.toLowerCase().replace(/[’ʼ]/g, "'")] ?? null
}

// A figure joined to a word by a hyphen is an adjective ("58-річна жінка", "a 67-year-old man",
// "5-поверховий"): an age or a size, not a count of what follows.
const NUMBER = String.raw`(?:(${FIGURE_SOURCE})(?:\s*[-–—]\s*(${FIGURE_SOURCE}))?(?![-–]\p{L})|(${NUMBER_WORD_SOURCE}|${COUNT_WORD_SOURCE})(?![\p{L}'’ʼ]))`
const SCALE = String.raw`(?:\s*(thousand|million|billion|mln|bn|тис\.?|тисяч[іа]?|тыс\.?|тысяч[иа]?|млн\.?|мільйон(?:ів|а)?|миллион(?:ов|а)?|млрд\.?))?`

const UNIT_AREA = String.raw`km²|km2|sq\.?\s?km|square\s+kilomet(?:er|re)s?|sq\.?\s?mi(?:les?)?|square\s+miles?|hectares?|кв\.?\s?км|км²|км2|квадратн\p{L}*\s+кілометр\p{L}*|квадратн\p{L}*\s+километр\p{L}*|гектар\p{L}*`
const UNIT_DISTANCE = String.raw`kilomet(?:er|re)s?|km|miles?|met(?:er|re)s|кілометр\p{L}*|километр\p{L}*|км|метр\p{L}*`
const UNIT_PERCENT = String.raw`%|\s?percent|\s?per\s?cent|\s?відсот\p{L}*|\s?процент\p{L}*`
const SOLDIERS = String.raw`(?:(?:Russian|Ukrainian|enemy|North Korean|російськ\p{L}*|українськ\p{L}*|ворож\p{L}*|российск\p{L}*|украинск\p{L}*)\s+)?(?:(?:dead|killed) and wounded\s+)?(?:soldiers?|troops|servicem[ae]n|service ?members?|personnel|fighters?|militants?|mercenar(?:y|ies)|occupiers|invaders|infantrym[ae]n|paratroopers?|militiam[ae]n|militias|militia members?|saboteurs?|nationalists|defenders|Wagnerians?|border guards?|guardsm[ae]n|marines?|sailors?|pilots?|gunners?|rebels?|separatists?|KIA['’]?s?|WIA['’]?s?|military units(?=\s+of\s+(?:the\s+)?(?:Armed Forces of Ukraine|AFU|APU|UAF|Ukrainian (?:Armed Forces|army)))|military(?!\s+(?:vehicles?|equipment|hardware|targets?|facilit(?:y|ies)|objects?|installations?|bases?|aircraft|planes?|helicopters?|trucks?|units?|airfields?|depots?|positions?|sites?|infrastructure|command|personnel|experts?|analysts?|officials?|sources?))|штурмовик\p{L}*|піхотинц\p{L}*|пехотинц\p{L}*|десантник\p{L}*|військов\p{L}*|військовослужбовц\p{L}*|солдат\p{L}*|окупант\p{L}*|бійц\p{L}*|загарбник\p{L}*|військових|военнослужащ\p{L}*|военн\p{L}*|солдат\p{L}*|боевик\p{L}*|наёмник\p{L}*|наемник\p{L}*|оккупант\p{L}*)`
const PEOPLE = String.raw`(?:people|bodies|lives|civilians?|residents?|inhabitants?|children|child|persons?|evacuees|refugees|(?:wo)?m[ae]n(?!-)|policem[ae]n|police officers?|journalists?|teenagers?|miners?|pensioners?|medics?|rescuers?|firefighters?|volunteers?|workers?|passengers|students|людина|особу|дитин[аиу]?|чоловік(?:а|и|ів)?|жін(?:ок|ки)|жінк\p{L}*|працівник\p{L}*|пасажир\p{L}*|мужчин[аы]?|женщин[аы]?|рабочих|пассажир\p{L}*|человека|мирних\s+жител\p{L}*|мирних|людей|людини|жител\p{L}*|мешканц\p{L}*|дітей|цивільн\p{L}*|мирных\s+жител\p{L}*|мирных|человек|детей|граждан\p{L}*|осіб|особи|(?:поранен|травмован|загибл|вбит|постраждал|ранен|погибш|убит|пострадавш)(?:их|ых|і|ые)(?![\p{L}]))`
const COUNTED = String.raw`(?:(?:штурмов|наступальн|наступательн|бойов|боев)\p{L}*\s+(?:ді(?:й|ї|ях)|действи\p{L}*)|times|attacks|assaults|assault actions|offensive actions|actions|attempts|sorties|raids|engagements|clashes|skirmishes|firefights|battles|strikes|regions|oblasts|air strikes|missile strikes|drones|UAVs|motorcycles|buggies|boats|trucks|missiles|rockets|bombs|guided (?:aerial )?bombs|shells|settlements|villages|towns|tanks|vehicles|counterattacks|positions|fire missions|fire tasks|howitzers|guns|artillery (?:systems|pieces)|mortars|MLRS|APCs|IFVs|BMPs|BTRs|armou?red personnel carriers|infantry fighting vehicles|helicopters|planes|warplanes|radars|launchers|разів|раз|рази|атак\p{L}*|штурм\p{L}*|боєзіткнен\p{L}*|зіткнен\p{L}*|бо[їй]\p{L}*|удар\p{L}*|дрон\p{L}*|БпЛА|безпілотник\p{L}*|ракет\p{L}*|авіабомб\p{L}*|авиабомб\p{L}*|КАБ\p{L}*|снаряд\p{L}*|населен\p{L}*\s+пункт\p{L}*|населён\p{L}*\s+пункт\p{L}*|сіл|сел\p{L}*|сёл|танк\p{L}*|контратак\p{L}*|беспилотн\p{L}*|безпілотн\p{L}*|одиниц\p{L}*|единиц\p{L}*|мотоцикл\p{L}*|човн\p{L}*|лодк\p{L}*|катер\p{L}*|район(?:ах|ов)|локаці\p{L}*|спроб\p{L}*|батальон\p{L}*|боеприпас\p{L}*|FPV|БПЛА|боестолкновени\p{L}*|столкновени\p{L}*|машин\p{L}*|автомобил\p{L}*|автомобіл\p{L}*|бронемашин\p{L}*|бронеавтомобил\p{L}*|бронеавтомобіл\p{L}*|грузовик\p{L}*|вантажівк\p{L}*|БМП|БТР|САУ|гаубиц\p{L}*|вибух(?:и|ів)?|прильот\p{L}*|прил[её]т(?:а|ов|ы)?|взрыв(?:а|ов)?|разрыв(?:а|ов)?`
  // Convention 38 in Ukrainian and Russian: air strikes, counterstrikes, assault actions (first in
  // the list, before "штурм…" alone), attempts,
  // loitering munitions by their names, guns, depots and the towns a strike reached are counted
  // with the unit \`other\` ("61 авіаудар", "понад 90 шахедів", "четыре контрудара", "29 штурмових
  // дій", "две попытки", "три склади", "по 27 сёлам и городам"), a name in quotation marks too
  // ("понад 30 «шахедів»"). Houses damaged are not: they are
  // the detail of a strike (convention 46), not what it counts.
  + String.raw`|авіаудар\p{L}*|авиаудар\p{L}*|контрудар\p{L}*|попыт\p{L}*|шахед\p{L}*|ш[аa]хед\p{L}*|геран\p{L}*|ланцет\p{L}*|гармат\p{L}*|гаубиц\p{L}*|міномет\p{L}*|миномет\p{L}*|склад(?:и|ів|ы|ов|а)?|сёл\p{L}*|сел(?:ам|ах)|город(?:а|ов|ам|ах)|міст(?:а|ам|ах)?|громад\p{L}*|бронетехні\p{L}*|бронетехни\p{L}*|обстріл\p{L}*|обстрел\p{L}*)`

// Up to two words between a figure and the soldiers or people it counts ("20 Russian soldiers",
// "двох мирних жителів"), none of them a counted noun: in "14 атак окупантів", "38 штурмів
// загарбників", "две контратаки украинских штурмовиков" the figure counts the attacks, and the
// attackers are whose they were.
const GAP = String.raw`(?:(?:(?!(?:${COUNTED})(?![\p{L}]))[\p{L}-]+\s+){0,2}?)`

// One pattern, alternatives tagged by named groups; the figure comes first in every form. The
// minutes of a clock time ("о 22:40 ворожий «шахед»") start none.
const QUANTITY = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?<!\p{N}:)(?:${APPROX}${NUMBER}${SCALE}\s*(?:(?<area>${UNIT_AREA})|(?<distance>${UNIT_DISTANCE})|(?<percent>${UNIT_PERCENT})|${GAP}(?<soldiers>${SOLDIERS})|${GAP}(?<people>${PEOPLE})|(?:(?:[\p{L}-]+\s+){0,2}?)[«"„“]?(?<counted>${COUNTED})|of\s+(?<them>them|those))|${TIMES})(?![\p{L}\p{N}])`,
  'giu',
)

// Where a quantity can start: a figure, or the first word of an approximation or a number word
// ("about", "more than", "half a dozen", "вісім"). A match starts after a non-letter, non-digit,
// so at a word's start or after an apostrophe inside one ("п'ять" aside, rare); only there is the
// pattern tried, instead of at every character of the text. Two families: the first words of the
// approximations alone (APPROXIMATION), and the words a figure said in words can start with
// (NUMBER_START: number words, counting words, "twice"). A quantity opened by an approximation has
// its figure right after it, at most three words on ("as many as 30", "більш ніж 5"): an
// approximation word ("до", "over", "some", "at") with no figure or number word in the three words
// after it starts no quantity, and the pattern is not tried there.
const APPROXIMATION_WORDS = [...new Set(APPROX_WORDS.split('|').map((w) => w.split(' ')[0]!))]
const NUMBER_START_WORDS = [...new Set([...NUMBER_WORD_STARTS, ...Object.keys(COUNT_WORDS), ...Object.keys(TIMES_WORDS)])]
const STARTS = new WordFamilies([APPROXIMATION_WORDS, NUMBER_START_WORDS].map((words, k) => words.map((w) => w.replace(/['’ʼ]/g, "['’ʼ]")).join('|') + (k === 1 ? `|${NUMBER_WORD_SOURCE}` : '')))
const APPROXIMATION = 1
const NUMBER_START = 2
/** The words after an approximation's first word its figure can start at: "as many as 30" puts it three on. */
const APPROXIMATION_REACH = 3
const QUANTITY_AT = new RegExp(QUANTITY.source, 'iuy')

/** The quantity pattern's source (tests compare the word-started search with a plain global one). */
export const QUANTITY_SOURCE = QUANTITY.source

// "58 of 71 attack drones", "two of the three villages", "49 of the 62": the part is the figure,
// the whole only what it is part of.
const PART_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N},.])(?:(${FIGURE_SOURCE})|(${NUMBER_WORD_SOURCE}))\s+of\s+(?:the\s+)?$`, 'iu')
const SUBSET_BEFORE = endsWithMatch(/(?:including|among them|of whom|of which|серед них|серед яких|зокрема|у тому числі|в тому числі|в том числе|среди них|из них)\s*$/iu)
const SHARE_OF = /^\s*(?:of|від|от)\s+((?:the\s+)?[\p{L}'’ʼ.-]+(?:\s+[\p{L}'’ʼ.-]+){0,4}?)(?=\s*(?:[,.;:)]|$|\s+(?:and|but|since|in|by|according|as|while|та|і|и|а|за|с|з|в|у)\s))/u
const GENITIVE_SHARE = /^\s*((?:території|территории|площі|площади)(?:\s+[\p{L}'’ʼ-]+){0,3})/u

/** Letters and a hyphen right before a figure: a model's designation ("BTR-82", "Mi-8", "Ту-22"). */
const MODEL_BEFORE = /(?:^|[^\p{L}\p{N}])\p{L}{1,4}-$/u
/** A figure that is a calibre in millimetres. */
const CALIBRE_AT = /^\d+(?:[.,]\d+)?\s?-?mm(?![\p{L}])/iu

/**
 * The matches of QUANTITY in text, as its global search finds them (leftmost, then from the end of
 * the last), trying the pattern only where one can start: at a word beginning with a digit or
 * holding an approximation or number word, or after an apostrophe inside a word.
 */
export function quantityMatches(text: string, tokens: readonly Token[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = []
  let from = 0
  const tryAt = (at: number): void => {
    if (at < from) return
    QUANTITY_AT.lastIndex = at
    const m = QUANTITY_AT.exec(text)
    if (m) {
      out.push(m)
      from = m.index + m[0].length
    }
  }
  const figureAt = (k: number): boolean => {
    const c = tokens[k]!.lower.charCodeAt(0)
    return (c >= 48 && c <= 57) || (STARTS.bitsOfToken(tokens[k]!) & NUMBER_START) !== 0
  }
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!
    if (token.end <= from) continue
    if (figureAt(t)) tryAt(token.start)
    else if ((STARTS.bitsOfToken(token) & APPROXIMATION) !== 0) {
      for (let k = t + 1; k < tokens.length && k <= t + APPROXIMATION_REACH; k++) {
        if (!figureAt(k)) continue
        tryAt(token.start)
        break
      }
    }
    for (let i = token.start + 1; i < token.end; i++) {
      const a = text.charCodeAt(i - 1)
      if (a === 0x27 || a === 0x2019 || a === 0x2bc) tryAt(i)
    }
  }
  return out
}

/**
 * Areas (km², sq km, "1.3 thousand square kilometers", square miles and hectares converted),
 * distances (km, miles), percentages with what they are a share of, and counts of soldiers,
 * people, attacks, drones or settlements, with approximation words kept in `text`. A range
 * ("200–300 soldiers") keeps its lower bound.
 */
export function findQuantities(text: string, decimalComma: boolean, tokens: readonly Token[] = tokenize(text)): FoundQuantity[] {
  const out: FoundQuantity[] = []
  for (const m of quantityMatches(text, tokens)) {
    const g = m.groups ?? {}
    let value = g.times ? TIMES_WORDS[g.times.toLowerCase()] ?? null : m[1] !== undefined ? parseFigure(m[1], decimalComma) : countWordValue(m[3] ?? '')
    if (value === null) continue
    const scale = m[4] ? scaleValue(m[4].replace(/\.$/, '')) ?? scaleValue(m[4]) : null
    if (scale) value *= scale
    let unit: QuantityUnit
    let of: string | null = null
    const start = m.index
    const end = m.index + m[0].length
    if (g.area) {
      unit = 'km2'
      if (/mi/i.test(g.area)) value *= KM2_PER_SQ_MILE
      else if (/hect|гектар/i.test(g.area)) value /= 100
    } else if (g.distance) {
      unit = 'km'
      if (/mile/i.test(g.distance)) value *= KM_PER_MILE
      else if (/^(?:met|метр)/i.test(g.distance)) value /= 1000
    } else if (g.percent) {
      unit = 'percent'
      const after = text.slice(end, end + 120)
      of = (SHARE_OF.exec(after)?.[1] ?? GENITIVE_SHARE.exec(after)?.[1] ?? null)?.trim() ?? null
    } else if (g.soldiers) {
      unit = 'soldiers'
    } else if (g.people) {
      unit = 'people'
    } else {
      unit = 'other'
      of = g.times ? 'times' : g.them ? 'them' : g.counted?.toLowerCase() ?? null
    }
    let from = start
    if (!g.times && (unit === 'other' || unit === 'people' || unit === 'soldiers') && !g.them && text.slice(Math.max(0, start - 9), start).includes('of ')) {
      const part = PART_BEFORE.exec(text.slice(Math.max(0, start - 30), start))
      const partValue = part ? (part[1] !== undefined ? parseFigure(part[1], decimalComma) : countWordValue(part[2] ?? '')) : null
      if (part && partValue !== null) {
        value = partValue
        from = start - (Math.min(start, 30) - part.index)
      }
    }
    // "35 people, including two children": the subset is not the figure. A share is ("19% of Ukraine,
    // зокрема понад 80% Донеччини": the region's own figure, a claim of its own).
    if (unit !== 'percent' && SUBSET_BEFORE(text.slice(Math.max(0, start - 24), start))) continue
    // A model's number ("BTR-82 vehicles", "Su-25", "Т-72") or a calibre ("120mm mortars", "152-mm
    // guns") names the weapon, not how many (the monitors' captions name their equipment so).
    if (unit === 'other' && m[1] !== undefined && start === m.index && (MODEL_BEFORE.test(text.slice(Math.max(0, start - 7), start)) || CALIBRE_AT.test(text.slice(start, start + 16)))) continue
    // Years and dates read as counts ("2025 року", "in 2024 attacks") are not quantities.
    if (unit === 'other' && m[1] !== undefined && /^(?:19|20)\d{2}$/.test(m[1]) && !g.counted) continue
    out.push({ span: [from, end], text: text.slice(from, end).trim(), value: Math.round(value * 1000) / 1000, unit, of })
  }
  return out
}
