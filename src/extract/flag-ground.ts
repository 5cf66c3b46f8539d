import type { Span } from '../domain/index.js'

// A flag raised over or in a settlement claims the whole place (a capture); one on a building, a
// street, a district, the outskirts or a part of a town claims only ground gained in it, an advance
// on that town (gold convention 20): "hoisted a flag on a high-rise in the east of X", "установили флаг
// на окраине X", "підняли прапор над будівлею школи в X", not "raised the flag over X".

/** The flag word inside a capture trigger ("raised a flag over", "підняли прапор над"). */
const FLAG_WORD = /flag|banner|tricolou?r|прапор|стяг|флаг|знам[ея]|триколор/iu

// What the flag stands on, within the first words after the trigger's preposition: a building or a
// part of a town ("the council building of X", "Zarichne's village administration", "the outskirts").
const PART_AFTER = new RegExp(
  String.raw`^\s*(?:[\p{L}\p{N}'’ʼ.-]+\s+){0,3}?(?:` +
    [
      // English
      String.raw`buildings?|high-rises?|tower blocks?|apartment blocks?|blocks?|towers?|water towers?|elevators?|silos?|roofs?|rooftops?|schools?|hospitals?|stations?|depots?|hall|council|administration|headquarters|church(?:es)?|mast|chimney|factory|plant|mine|spoil heap|street|avenue|square|district|quarter|neighbou?rhood|microdistrict|outskirts|edge|fringes?|suburbs?|part|east|west|north|south|centre|center|ruins`,
      // Ukrainian
      String.raw`будівл\p{L}*|будинк\p{L}*|багатоповерхів\p{L}*|висотк\p{L}*|дах\p{L}*|школ\p{L}*|лікарн\p{L}*|вокзал\p{L}*|станці\p{L}*|елеватор\p{L}*|адмінбудівл\p{L}*|адміністраці\p{L}*|сільрад\p{L}*|міськрад\p{L}*|ради|церкв\p{L}*|храм\p{L}*|веж\p{L}*|заводі|завод\p{L}*|шахт\p{L}*|терикон\p{L}*|вулиц\p{L}*|площ\p{L}*|район\p{L}*|мікрорайон\p{L}*|квартал\p{L}*|околиц\p{L}*|окраїн\p{L}*|передмісті|частин\p{L}*|центр\p{L}*|руїн\p{L}*`,
      // Russian
      String.raw`здани\p{L}*|дом(?:а|е|ом)?|многоэтажк\p{L}*|высотк\p{L}*|крыш\p{L}*|школ\p{L}*|больниц\p{L}*|вокзал\p{L}*|станци\p{L}*|элеватор\p{L}*|администраци\p{L}*|сельсовет\p{L}*|горсовет\p{L}*|совет\p{L}*|церкв\p{L}*|церковью|храм\p{L}*|башн\p{L}*|завод\p{L}*|шахт\p{L}*|террикон\p{L}*|улиц\p{L}*|площад\p{L}*|район\p{L}*|микрорайон\p{L}*|квартал\p{L}*|окраин\p{L}*|околиц\p{L}*|пригород\p{L}*|част\p{L}*|центр\p{L}*|руин\p{L}*`,
    ].join('|') +
    String.raw`)(?![\p{L}])`,
  'iu',
)

/** "the town hall", "the village council": a building, though the words open with "town" or "village". */
const SETTLEMENT_NOUN_BUILDING = /^\s*(?:the\s+)?(?:town|village|city)\s+(?:hall|council|administration|centre|center|square)(?![\p{L}])/iu

/**
 * Whether the capture trigger at `trigger` is a flag raised on a building or part of a town: then
 * the claim is an advance. Cheap for every other capture: a test of the trigger's own words first.
 */
export function isFlagOnPart(text: string, trigger: Span, clauseEnd: number): boolean {
  if (!FLAG_WORD.test(text.slice(trigger[0], trigger[1]))) return false
  const after = text.slice(trigger[1], Math.min(clauseEnd, trigger[1] + 60))
  // "over Kurakhove", "над Новоегоровкой", "у Зеленому Гаю": a name right after the preposition is the
  // settlement itself ("Zarichne's village administration", a possessive, is a building of it); so is
  // "the village of X".
  const first = /^\s*([\p{L}'’ʼ-]+)/u.exec(after)?.[1]
  if (first && /^\p{Lu}/u.test(first) && !/['’ʼ]s$/u.test(first)) return false
  if (/^\s*(?:the\s+)?(?:town|village|city|settlement)\s+of(?![\p{L}])/iu.test(after)) return false
  return SETTLEMENT_NOUN_BUILDING.test(after) || PART_AFTER.test(after)
}
