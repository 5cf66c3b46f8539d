import type { PhraseRule } from './phrase-matcher.js'

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

// A past-tense verb agrees with its subject's gender and number, and the lexicon's patterns were written
// from the sentences that first needed them: mostly plural subjects ("Сили оборони знешкодили", "ВСУ
// перехватили"), so a feminine or masculine subject ("ППО знешкодила", "ПВО перехватила", "ворог
// перехопив") fell through a rule that reads the same verb. `completePastForms` gives each listed plural
// past its singular siblings, so the rules say a verb once and every subject's form of it matches.
const UK_LETTERS = /[іїєґ]/u
const RU_LETTERS = /[ыэёъ]/u
const PLAIN_WORD = /^[а-яёіїєґ'’ʼ]*$/u
// Plurals in -ли that are no verb: a force, a cauldron, a week, "never".
const NOT_PAST = new Set(['сили', 'підрозділи', 'котли', 'ніколи', 'недели', 'школи', 'земли', 'пали'])
const VERB_STEM_END = /[аяеиіїуоы]$/u

/** The singular past forms of a plural past member (`знищили` -> знищила, знищило, знищив), or none. */
function singularPasts(member: string, lang: 'uk' | 'ru'): string[] {
  const own = UK_LETTERS.test(member) ? 'uk' : RU_LETTERS.test(member) ? 'ru' : lang
  const m = /^(.*)ли(ся|сь)?$/u.exec(member)
  if (!m || NOT_PAST.has(member)) return []
  const stem = m[1]!
  const reflexive = m[2]
  // A bare suffix ("(?:ли|в)" after a written stem) has no stem to judge; a whole word needs a verb's.
  if (stem.length > 0 && stem.length < 3) return []
  const vowelStem = stem.length === 0 || VERB_STEM_END.test(stem)
  const out: string[] = []
  if (reflexive === undefined) {
    out.push(`${stem}ла`, `${stem}ло`)
    if (vowelStem) out.push(own === 'uk' ? `${stem}в` : `${stem}л`)
  } else if (own === 'uk') {
    out.push(`${stem}лася`, `${stem}лась`, `${stem}лося`, `${stem}лось`)
    if (vowelStem) out.push(`${stem}вся`)
  } else {
    out.push(`${stem}лась`, `${stem}лось`)
    if (vowelStem) out.push(`${stem}лся`)
  }
  return out
}

/**
 * `pattern` with every plain plural past in an alternation ("(?:знищили|збили)", or a suffix list
 * "знищи(?:ли|в)") joined by its singular forms that the alternation lacks. Nothing else changes.
 */
export function completePastForms(pattern: string, lang: 'uk' | 'ru'): string {
  const inserts: { at: number; text: string }[] = []
  // One frame per open group (and one for the whole pattern): where its current member began, its members.
  // A bare suffix member counts only in a group right after a written stem ("знищи(?:ли|в)"), never after
  // a wildcard ("\p{L}+(?:ли)" would become every word ending in -в).
  const stack: { memberStart: number; members: [number, number][]; afterStem: boolean }[] = [{ memberStart: 0, members: [], afterStem: false }]
  const close = (end: number): void => {
    const frame = stack.pop()!
    frame.members.push([frame.memberStart, end])
    const texts = frame.members.map(([a, b]) => pattern.slice(a, b))
    const present = new Set(texts)
    frame.members.forEach(([, b], k) => {
      const text = texts[k]!
      if (!PLAIN_WORD.test(text) || (!text.endsWith('ли') && !text.endsWith('лися') && !text.endsWith('лись'))) return
      if (/^ли(?:ся|сь)?$/u.test(text) && !frame.afterStem) return
      const missing = singularPasts(text, lang).filter((f) => !present.has(f))
      for (const f of missing) present.add(f)
      if (missing.length > 0) inserts.push({ at: b, text: missing.map((f) => `|${f}`).join('') })
    })
  }
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]
    if (c === '\\') {
      i++
      if (pattern[i] === 'p' || pattern[i] === 'P') i = pattern.indexOf('}', i)
    } else if (c === '[') {
      i++
      while (i < pattern.length && pattern[i] !== ']') i += pattern[i] === '\\' ? 2 : 1
    } else if (c === '(') {
      const head = /^\(\?(?::|<?[=!]|<[A-Za-z]\w*>)?/.exec(pattern.slice(i))![0]
      i += head.length - 1
      stack.push({ memberStart: i + 1, members: [], afterStem: head === '(?:' && /[а-яёіїєґ]/u.test(pattern[i - head.length] ?? '') })
    } else if (c === ')') {
      close(i)
    } else if (c === '|') {
      const frame = stack[stack.length - 1]!
      frame.members.push([frame.memberStart, i])
      frame.memberStart = i + 1
    }
  }
  close(pattern.length)
  if (inserts.length === 0) return pattern
  let out = pattern
  for (const { at, text } of inserts.sort((a, b) => b.at - a.at)) out = out.slice(0, at) + text + out.slice(at)
  return out
}

/** A rule with its pattern's plural pasts completed, and its start prefixes too ("вичавили" -> "вичавил"). */
export function withPastForms<T>(rule: PhraseRule<T>, lang: 'uk' | 'ru'): PhraseRule<T> {
  const pattern = completePastForms(rule.pattern, lang)
  if (pattern === rule.pattern) return rule
  // A start is a prefix: a plural past cut before its ending starts every form of the verb.
  const starts = rule.starts?.map((s) => (/^[а-яёіїєґ'’ʼ]{4,}ли(?:ся|сь)?$/u.test(s) && !NOT_PAST.has(s) ? s.replace(/ли(?:ся|сь)?$/u, '') : s))
  return { ...rule, pattern, ...(starts ? { starts } : {}) }
}
