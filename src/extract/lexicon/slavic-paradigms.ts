// Inflection of Ukrainian and Russian words as the lexicon's patterns need it: a stem and its paradigm give
// every case form as one regex alternation, so a word enters the lexicon once, by its class, and no form of
// it is left out because the rule that first needed it saw only one ("вибух" at a depot, never the "вибуху"
// of a headline's genitive). The endings follow the standard declension tables of each language's grammar
// (hard and soft stems share a list where their forms cannot be confused with another word's); they cover
// singular and plural, every case, so a rule states its word's role by its neighbours, not by a case ending.

/** Declension classes, by the ending of the nominative singular. */
export type NounParadigm =
  /** вибух, склад, аеродром, арсенал, обстріл, підрив */
  | 'uk-masc'
  /** нафтобаза, авіабаза, пожежа */
  | 'uk-fem-a'
  /** підстанція, детонація */
  | 'uk-fem-ia'
  /** знищення, ураження (neuter verbal nouns in -ння/-ення) */
  | 'uk-neut-ia'
  /** нафтосховище */
  | 'uk-neut-e'
  /** взрыв, склад, аэродром, арсенал, пожар, обстрел, подрыв */
  | 'ru-masc'
  /** нефтебаза, авиабаза */
  | 'ru-fem-a'
  /** подстанция, детонация */
  | 'ru-fem-ia'
  /** уничтожение, поражение (neuter in -ие) */
  | 'ru-neut-ie'
  /** нефтехранилище */
  | 'ru-neut-e'

const NOUN_ENDINGS: Readonly<Record<NounParadigm, readonly string[]>> = {
  'uk-masc': ['', 'у', 'а', 'ові', 'ом', 'і', 'и', 'ів', 'ам', 'ами', 'ах'],
  'uk-fem-a': ['а', 'и', 'і', 'у', 'ою', 'ею', '', 'ам', 'ами', 'ах'],
  'uk-fem-ia': ['я', 'ї', 'ю', 'єю', 'й', 'ям', 'ями', 'ях'],
  'uk-neut-ia': ['я', 'ю', 'ям', 'і', 'ями', 'ях'],
  'uk-neut-e': ['е', 'а', 'у', 'ем', 'і', '', 'ам', 'ами', 'ах'],
  'ru-masc': ['', 'а', 'у', 'ом', 'е', 'ы', 'ов', 'ам', 'ами', 'ах'],
  'ru-fem-a': ['а', 'ы', 'е', 'у', 'ой', 'ою', '', 'ам', 'ами', 'ах'],
  'ru-fem-ia': ['я', 'и', 'ю', 'ей', 'ею', 'й', 'ям', 'ями', 'ях'],
  'ru-neut-ie': ['е', 'я', 'ю', 'ем', 'и', 'й', 'ям', 'ями', 'ях'],
  'ru-neut-e': ['е', 'а', 'у', 'ем', '', 'ам', 'ами', 'ах'],
}

/** Every case form of a noun, singular and plural, as a regex group that must end the word: `nounForms('вибух', 'uk-masc')`. */
export function nounForms(stem: string, paradigm: NounParadigm): string {
  return `${stem}(?:${alternation(NOUN_ENDINGS[paradigm])})(?![\\p{L}])`
}

/** Several nouns' forms as one group. */
export function anyNounForms(nouns: readonly (readonly [string, NounParadigm])[]): string {
  return `(?:${nouns.map(([stem, paradigm]) => nounForms(stem, paradigm)).join('|')})`
}

// Adjective and participle endings, all genders, numbers and cases (long forms), and the short forms of
// participles a headline uses as its predicate ("знищена", "уничтожен").
const ADJECTIVE_ENDINGS = {
  uk: ['ий', 'ій', 'а', 'я', 'е', 'є', 'і', 'ого', 'ього', 'ому', 'ьому', 'ім', 'им', 'ої', 'ьої', 'у', 'ю', 'ою', 'ьою', 'их', 'іх', 'ими', 'іми'],
  ru: ['ый', 'ий', 'ой', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ого', 'его', 'ому', 'ему', 'ым', 'им', 'ом', 'ем', 'ей', 'ую', 'юю', 'ою', 'ею', 'ых', 'их', 'ыми', 'ими', '', 'а', 'о', 'ы'],
} as const

/** Every form of an adjective or participle stem: `adjectiveForms('знищен', 'uk')` (знищений … знищеними). */
export function adjectiveForms(stem: string, lang: 'uk' | 'ru'): string {
  return `${stem}(?:${alternation(ADJECTIVE_ENDINGS[lang])})(?![\\p{L}])`
}

/** Any one word with an adjective's ending: a modifier slot before a noun ("російського", "військовому"). */
export function anyAdjective(lang: 'uk' | 'ru'): string {
  const endings = ADJECTIVE_ENDINGS[lang].filter((e) => e.length >= 2)
  return `[\\p{L}'’ʼ-]+(?:${alternation(endings)})`
}

/** The past tense of a verb stem, every gender and number, with the reflexive when asked: `pastForms('розбомби', 'uk')`. */
export function pastForms(stem: string, lang: 'uk' | 'ru', reflexive = false): string {
  const base = lang === 'uk' ? ['в', 'ла', 'ло', 'ли'] : ['л', 'ла', 'ло', 'ли']
  const forms = reflexive ? [...base, ...base.map((e) => (lang === 'uk' ? (e === 'в' ? 'вся' : `${e}ся`) : e === 'л' ? 'лся' : `${e}сь`))] : base
  return `${stem}(?:${alternation(forms)})(?![\\p{L}])`
}

function alternation(endings: readonly string[]): string {
  // Longest first, so a longer ending is tried before a shorter one that is its prefix.
  return [...new Set(endings)].sort((a, b) => b.length - a.length).join('|')
}
