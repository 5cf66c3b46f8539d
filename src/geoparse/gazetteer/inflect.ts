// Case forms of Ukrainian and Russian place names, so "у Покровську", "під Покровськом", "біля
// Покровського" and "в Покровске" find their entries without storing every form in the index.
//
// The table maps a nominative ending to the endings of its oblique cases (genitive, dative,
// accusative, instrumental, locative) in either language. `inflectWord` applies it forwards;
// `nominativeCandidates` runs it backwards (strip a case ending, put the nominative ending back) and
// keeps only the candidates whose forward forms include the word, so a form never maps to a
// nominative that could not have produced it: "Покровська" comes from Покровськ (genitive) or is the
// nominative Покровська itself, never from Покровське, whose genitive is "Покровського".

type Paradigm = readonly [nominativeEnding: string, caseEndings: readonly string[]]

/** The language a name form is written in, which decides its case endings. */
export type NameLang = 'uk' | 'ru'

const UK_PARADIGMS: readonly Paradigm[] = [
  // Adjectival: neuter -е (Покровське), masculine -ий/-ій, feminine -а (Велика, Лозова).
  ['е', ['ого', 'ому', 'им', 'ім']],
  ['ий', ['ого', 'ому', 'им', 'ім']],
  ['ій', ['ього', 'ьому', 'ім']],
  ['а', ['ої', 'ій', 'у', 'ою']],
  // Soft feminine adjectives (Верхня Терса → Верхньої Терси, Середня → Середньої).
  ['ня', ['ньої', 'ній', 'ню', 'ньою']],
  // Possessives in -ин (Русин Яр → Русиного Яру, Маринин → Марининого).
  ['ин', ['иного', 'иному', 'иним', 'инім']],
  // Nouns in -а/-я (Новосілка, Балаклія), with к/г/х → ц/з/с before -і.
  ['ка', ['ки', 'ці', 'ку', 'кою']],
  ['га', ['ги', 'зі', 'гу', 'гою']],
  ['ха', ['хи', 'сі', 'ху', 'хою']],
  // After ж, ш, ч, щ, ц the instrumental is -ею (Суджа → Суджею, Лоца → Лоцею) and the genitive -і.
  ['жа', ['жі', 'жу', 'жею']],
  ['ша', ['ші', 'шу', 'шею']],
  ['ча', ['чі', 'чу', 'чею']],
  ['ща', ['щі', 'щу', 'щею']],
  ['ца', ['ці', 'цу', 'цею']],
  ['а', ['и', 'і', 'у', 'ою']],
  ['ія', ['ії', 'ію', 'ією']],
  ['я', ['і', 'ї', 'ю', 'ею', 'єю']],
  // Neuter nouns (Дніпро, Гуляйполе, Запоріжжя is -я above).
  ['о', ['а', 'у', 'ом', 'і', 'ові']],
  ['е', ['я', 'ю', 'ем', 'і']],
  // Masculine with і/о and ї/є alternation (Харків → Харкова, Київ → Києва, Ямпіль → Ямполя).
  ['ів', ['ова', 'ову', 'овом', 'ові']],
  ['їв', ['єва', 'єву', 'євом', 'єві']],
  ['іль', ['оля', 'олю', 'олем', 'олі']],
  ['ець', ['ця', 'цю', 'цем', 'ці']],
  // The locative of a masculine noun in -к/-г/-х turns it to ц/з/с before -і: у Кременчуці, у Токмаці,
  // в Ужгороді is -д (above), на Донбасі.
  ['к', ['ці']],
  ['г', ['зі']],
  ['х', ['сі']],
  // Masculine in -ок drop the о (Бересток → Берестка, Городок → Городка, Берестком).
  ['ок', ['ка', 'ку', 'ком']],
  // Ріг opens its і to о and turns г to з before -і: Кривий Ріг → Кривого Рогу, Кривим Рогом, у Кривому Розі.
  ['іг', ['огу', 'ога', 'огові', 'огом', 'озі']],
  ['ь', ['я', 'ю', 'ем', 'і']],
  // Masculine in a vowel and -й (Зелений Гай → Зеленого Гаю, Край → Краю, Джанкой → Джанкої); adjectives
  // in -ий/-ій are above.
  ['й', ['я', 'ю', 'єві', 'єм', 'ї']],
  // Plurals (Піски, Кринки, Олешки); -ки drops its к before the -ок of the genitive (Кринки → Кринок,
  // Ступочки → Ступочок).
  ['и', ['ів', 'ам', 'ами', 'ах']],
  ['ки', ['ок']],
  ['і', ['ів', 'ам', 'ями', 'ях', 'ей']],
  // Plural adjectives (Малі Щербаки → Малих Щербаків) and possessives in -ів (Часів Яр → Часового Яру).
  ['і', ['их', 'им', 'ими']],
  ['ів', ['ового', 'овому', 'овим']],
  // Consonant-final masculine (Покровськ, Бахмут, Лиман).
  ['', ['а', 'у', 'ові', 'ом', 'і']],
]

const RU_PARADIGMS: readonly Paradigm[] = [
  ['ое', ['ого', 'ому', 'ым', 'ом']],
  ['ее', ['его', 'ему', 'им', 'ем']],
  ['ий', ['ого', 'ому', 'им', 'ом', 'его', 'ему', 'ем']],
  ['ый', ['ого', 'ому', 'ым', 'ом']],
  ['ой', ['ого', 'ому', 'ым', 'ом']],
  ['ая', ['ой', 'ую', 'ою']],
  ['яя', ['ей', 'юю', 'ею']],
  ['ка', ['ки', 'ке', 'ку', 'кой', 'кою']],
  ['га', ['ги', 'ге', 'гу', 'гой']],
  ['ха', ['хи', 'хе', 'ху', 'хой']],
  // After ж, ш, ч, щ, ц an unstressed -ой is written -ей (под Суджей, Суджею) and -ы is -и.
  ['жа', ['жи', 'же', 'жу', 'жей', 'жею']],
  ['ша', ['ши', 'ше', 'шу', 'шей', 'шею']],
  ['ча', ['чи', 'че', 'чу', 'чей', 'чею']],
  ['ща', ['щи', 'ще', 'щу', 'щей', 'щею']],
  ['ца', ['цы', 'це', 'цу', 'цей', 'цею']],
  ['а', ['ы', 'е', 'у', 'ой', 'ою']],
  ['ия', ['ии', 'ию', 'ией']],
  ['я', ['и', 'е', 'ю', 'ей', 'ею']],
  ['о', ['а', 'у', 'ом', 'е']],
  ['е', ['я', 'ю', 'ем']],
  ['ец', ['ца', 'цу', 'цом', 'це']],
  // Masculine in -ок / -ёк drop the vowel (Бересток → Берестка, под Берестком, Городок → в Городке).
  ['ок', ['ка', 'ку', 'ком', 'ке']],
  ['ёк', ['ька', 'ьку', 'ьком', 'ьке']],
  // -ь: masculine (Ямполь → Ямполя, Ямполем) and feminine (область → области, областью).
  ['ь', ['я', 'ю', 'ем', 'е', 'и', 'ью']],
  // Masculine in a vowel and -й (Зелёный Гай → Зелёного Гая, у Гаю).
  ['й', ['я', 'ю', 'ем', 'е']],
  // Plural adjectives (Малые Щербаки → Малых Щербаков).
  ['ые', ['ых', 'ым', 'ыми']],
  ['ие', ['их', 'им', 'ими']],
  ['ы', ['ов', 'ам', 'ами', 'ах']],
  ['и', ['ов', 'ам', 'ами', 'ах', 'ей']],
  ['ки', ['ок', 'ек']],
  ['', ['а', 'у', 'ом', 'е']],
]

const PARADIGMS: Record<NameLang, readonly Paradigm[]> = { uk: UK_PARADIGMS, ru: RU_PARADIGMS }

const CONSONANT_END = /[бвгґджзклмнпрстфхцчшщй]$/
const VOWEL_Й_END = /[аеєяу]й$/
// A noun in -ой declines as one in -ай (Джанкой → у Джанкої, біля Джанкоя, в Джанкое, под Джанкоем);
// the adjectives in -ой (Лесной, Донской, Чусовой) keep their paradigm above and are left out here.
const NOUN_ОЙ_END = /[^внжшчщ]ой$/
const ADJECTIVE_ОЙ_END = /(?:ск|цк)ой$/

function paradigmApplies(nominative: string, nomEnding: string): boolean {
  if (!nominative.endsWith(nomEnding)) return false
  if (nomEnding === '') return CONSONANT_END.test(nominative)
  // A noun in a vowel and -й (Гай, Край); adjectives in -ий/-ій/-ый/-ой have paradigms of their own.
  if (nomEnding === 'й') return VOWEL_Й_END.test(nominative) || (NOUN_ОЙ_END.test(nominative) && !ADJECTIVE_ОЙ_END.test(nominative))
  if (nomEnding === 'іг') return nominative.length >= 3
  return nominative.length > nomEnding.length + 1
}

/** Every oblique form of one lower-case Cyrillic word (its nominative included). Latin words: itself. */
export function inflectWord(nominative: string, lang: NameLang): string[] {
  const forms = new Set<string>([nominative])
  if (!/[\u0400-\u04ff]/.test(nominative)) return [...forms]
  for (const [nomEnding, endings] of PARADIGMS[lang]) {
    if (!paradigmApplies(nominative, nomEnding)) continue
    const stem = nominative.slice(0, nominative.length - nomEnding.length)
    for (const e of endings) forms.add(stem + e)
  }
  return [...forms]
}

/**
 * The nominatives a lower-case Cyrillic word form could come from (itself first). A candidate is kept
 * only when inflecting it gives back the form. Latin words: only themselves.
 */
export function nominativeCandidates(form: string): string[] {
  const out = [form]
  if (!/[\u0400-\u04ff]/.test(form) || form.length < 3) return out
  for (const [nomEnding, endings] of [...UK_PARADIGMS, ...RU_PARADIGMS]) {
    for (const e of endings) {
      if (!form.endsWith(e)) continue
      const candidate = form.slice(0, form.length - e.length) + nomEnding
      if (candidate === form || out.includes(candidate)) continue
      if (candidate.length < 2 || (nomEnding === '' && !CONSONANT_END.test(candidate))) continue
      if (paradigmApplies(candidate, nomEnding)) out.push(candidate)
    }
  }
  return out
}

/** True when `form` is `nominative` or one of its case forms. */
// The forms of each nominative once computed (matching asks about the same names again and again).
let formCache = new Map<string, Set<string>>()
const FORM_CACHE_LIMIT = 100_000

export function isFormOf(form: string, nominative: string, lang: NameLang): boolean {
  if (form === nominative) return true
  const key = `${lang}:${nominative}`
  let forms = formCache.get(key)
  if (!forms) {
    if (formCache.size >= FORM_CACHE_LIMIT) formCache = new Map()
    forms = new Set(inflectWord(nominative, lang))
    formCache.set(key, forms)
  }
  return forms.has(form)
}

