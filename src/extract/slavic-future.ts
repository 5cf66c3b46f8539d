/**
 * Whether a Ukrainian or Russian event verb is a perfective future ("вийдуть", "захоплять",
 * "просунеться", "оточать", "выйдут", "захватят", "продвинутся", "отступят", "собьют"): a forecast
 * (`expected`), whatever its subject. Both languages build the perfective future from a prefixed
 * verb with present endings, and its imperfective partner carries a suffix the perfective lacks
 * ("виходять"/"вийдуть", "захоплюють"/"захоплять", "продвигаются"/"продвинутся",
 * "окружают"/"окружат"): so a prefixed verb in the third person (or the first plural) whose stem does
 * not end in an imperfective suffix (-ва-, -ыва-/-ива-, -ува-/-юва-, -ай-/-яй- before the ending,
 * -ходи-/-води-/-носи-/-вози-, -ажда-/-ежда-) is read as perfective.
 *
 * What it misses: perfectives whose future ends like an imperfective present ("обстріляють",
 * "втримають"), and the few bare perfectives ("дасть"). What it must not take: unprefixed presents
 * ("ведуть", "идут", "держат"), listed below, and nouns (the caller only asks of event words).
 */
export function isSlavicPerfectiveFuture(word: string, lang: 'uk' | 'ru'): boolean {
  const w = word.toLowerCase()
  if (w.length < 5) return false
  // The reflexive ending comes off first: "просунеться", "продвинутся", "продвигаемся".
  const stem = w.replace(REFLEXIVE, '')
  if (!(lang === 'uk' ? UK_FUTURE : RU_FUTURE).test(stem) && !(lang === 'uk' && stem !== w && /еть$/u.test(stem))) return false
  if (NOT_VERB.test(stem) || !PREFIX.test(stem) || IMPERFECTIVE.test(stem) || UNPREFIXED.test(w)) return false
  return true
}

const REFLEXIVE = /(?:ся|сь)$/u

// Ukrainian: third person plural -уть/-ють/-ать/-ять, singular -ить/-іть or -е after a consonant
// ("вийде", "візьме", "прорве"), or -еться reflexive ("просунеться"), first person plural -емо/-имо.
// The infinitive ends in -ти.
const UK_FUTURE = /(?:уть|ють|ать|ять|ить|іть|[дмвбрз]е|емо|имо|ємо)$/u
// Russian: -ут/-ют/-ат/-ят, -ет/-ёт/-ит, -ем/-ём/-им; a verb in -ть is an infinitive ("удалось
// захватить", "пытаются окружить"), never a future.
const RU_FUTURE = /(?:ут|ют|ат|ят|ет|ёт|ит|ем|ём|им)$/u

// Nouns, adjectives and participles with a person ending's last letters: "контролем", "окружением",
// "российским", "погибшем", "освобождённым".
// Nouns of flight in -лет/-лёт/-літ ("прилет", "прилёт", "налет", "виліт", "приліт": a hit or a sortie) end like "-ет"/"-іт"
// but no verb's present does ("прилетит", "налетят"). And Russian nouns in the prepositional, read as
// Ukrainian when a short item's language is misjudged ("о ракетном ударе", "при пожаре", "о взрыве", "на
// заводе"): no Ukrainian future ends in -аре, -ыве, -оде.
const NOT_VERB = /(?:[иіьн]ем|(?:ск|цк|н|л|ш|щ)им|ш[еи]м|ств\p{L}*|л[её]т|літ|аре|ыве|оде)$/u

// The perfectivising prefixes of both languages (at least three letters must follow).
const PREFIX = /^(?:ви|вы|за|про|пере|при|під|підо|под|подо|від|віді|от|ото|об|обо|роз|раз|ра|із|из|до|на|по|со|су|вз|воз|во|в|у|о|з|с)\p{L}{3,}$/u

// Imperfective stems: the suffixes before the ending, and the motion and carrying verbs in -ити/-ить
// whose present looks perfective ("виходять", "отводят", "наносят").
const IMPERFECTIVE = /(?:[аяуюіиы]ю(?:ть|т)|[аяуюіиы]є|[аяуюіиы]ет|[аяуюіиы]ем|[аяуюіиы]ємо|ва(?:ть|є|ет|ем|ємо)|(?:ход|вод|нос|воз|вож|нош|жда|жд)(?:ять|ят|ить|ит|имо|им)|(?:ход|вод|нос|воз)(?:ять|ят|ить|ит)ся|ва(?:ють|ют)ся|[аяуюі]ють(?:ся|сь)|[аяуюиы]ют(?:ся|сь)|[аяуюі]ється|[аяуюиы]ется)$/u

// Present tenses of unprefixed verbs that the prefix test would read as prefixed ("звучат": the з- is the root's).
const UNPREFIXED = /^(?:звучать|звучат|звучить|звучит|ведуть|ведут|везуть|везут|несуть|несут|йдуть|ідуть|идут|сидять|сидят|стоять|стоят|держат|тримать|лежать|лежат|бережуть|берегут|ведеться|ведётся|ведется|ведемо|ведем|ведём|веде|ведет|ведёт|везе|везет|везёт|несе|несет|несёт|просять|просят|пишуть|пишут|пише|пишет|рвуть|рвут|возять|возят|водять|водят|носять|носят|значить|значит|обіцяє|вимагає|означає|означает|становить|составит|составить|составят|складе|складуть)$/u
