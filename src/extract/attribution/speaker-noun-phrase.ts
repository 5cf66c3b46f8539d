// The noun phrase of a speaker inside the words a frame puts before or after its verb. The frame
// detectors cut a phrase at punctuation and at the verb; what they hand over may still hold words of
// the clause around the speaker: a setting or a period before it ("Of the 11 settlements the ministry
// said", "С начала ноября мы подтвердили", "В том же посте он написал"), a clause that opens with a
// relative word ("…, where Ukrainian officials said"), a thread's post number ("3/ The MoD"), a
// discourse adverb after it ("Украинские власти тем временем объявили", "the army, for its part,
// said", "Генштаб, своєю чергою, повідомив"), the document it spoke in ("Ukraine's General Staff, in
// its Tuesday morning report, said"), or the verb of a clause whose pronoun speaks for its subject
// ("Russia's Ministry of Defence released a video it said showed …"). Each of these is cut here, by
// the kind of word that bounds a noun phrase, not by the sentences seen.

/** Personal pronouns that can be the speaker after a setting ("С начала ноября мы", "in the same post he"). */
const SUBJECT_PRONOUN = String.raw`(?:he|she|they|it|we|I|він|вона|вони|ми|я|он|она|они|мы)`

// A post's number in a thread ("3/ The MoD", "2) Генштаб", "1. Міноборони"), a bullet.
const NUMBERING = /^(?:\d{1,2}\s*[/)]|\d{1,2}\.(?=\s)|[•·▪►])\s*/u

// A relative or coordinating word that opens the clause the speaker is the subject of.
const CLAUSE_OPENER = /^(?:where|whereas|while|and|but|so|then|though|although|тоді як|тогда как|де|где|і|й|та|а|и|но|але|проте|однак|однако)\s+(?=\S)/iu

// A preposition that opens a setting before the speaker, and the determiner or pronoun that opens the
// speaker's own noun phrase after it: "Of the 11 settlements the ministry", "In the same post he",
// "Among the villages its troops".
const EN_SETTING = new RegExp(String.raw`^(?:of|among|from|in|on|at|for|with|after|before|since|during|by|under|over|beyond|besides|out of|apart from|as for|as to)\s+(?:[\p{L}\d'’.,-]+\s+){1,7}?(?=(?:the|its|their|his|her|this|that|these|those|${SUBJECT_PRONOUN})(?:\s|$))`, 'iu')

// A setting before a pronoun in Ukrainian and Russian ("С начала ноября мы", "том же посте он",
// "протягом тижня ми"): lower-case words or figures (a preposition, capitalised at the sentence's
// start, may open them), then the pronoun. "Генштаб вони" is no setting.
const CY_PREPOSITIONS = String.raw`(?:з|із|зі|від|с|со|в|во|у|за|протягом|в течение|от|до|по|на|после|після|среди|серед|из|к|про|о|об)`
const CY_PREPOSITION = new RegExp(String.raw`^${CY_PREPOSITIONS}\s`, 'iu')
const CY_SETTING_PRONOUN = new RegExp(String.raw`^(?:${CY_PREPOSITIONS}\s+)?(?:\p{Ll}[\p{L}\d'’ʼ.-]*\s+|\d[\p{L}\d.-]*\s+){1,6}(${SUBJECT_PRONOUN})$`, 'iu')

// A clause whose subject speaks through a pronoun after its verb and object: "Russia's Ministry of
// Defence released a video it (said …)", "The brigade posted footage that it (says …)".
const PRONOUN_OF_SUBJECT = /^(\p{Lu}.{1,80}?)\s+(?:\p{Ll}+ed|put out|sent|gave|made|shot|showed|shared|shown)\s+(?:(?:a|an|the|new|its|their|his|her|some|two|three|several)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:(?:which|that)\s+)?(?:it|they|he|she)$/u

// Discourse adverbs after the speaker, before its verb ("тем временем", "при цьому", "for its part").
const EN_DISCOURSE_TAIL = /(?:,?\s+(?:for (?:its|their|his|her) part|in (?:its|their|his|her) turn|in turn|meanwhile|though|however|too|as well|instead|in response|in reply|in return|by contrast|in contrast|on the other hand))+,?$/iu
const CY_DISCOURSE_TAIL = /(?:,?\s+(?:тем временем|между тем|при этом|в то же время|в свою очередь|со своей стороны|с (?:их|его|ее|её) стороны|в ответ|же|ж|тоже|также|однако|всё же|все же|впрочем|напротив|тим часом|при цьому|водночас|у той же час|своєю чергою|в свою чергу|у свою чергу|зі свого боку|з свого боку|з (?:їхнього|його|її) боку|у відповідь|натомість|також|теж|однак|проте|все ж|втім|навпаки))+,?$/iu

// The document a statement came out in, set off by commas after the speaker: "Ukraine's General
// Staff, in its Tuesday morning report", "the ministry, in a statement on Telegram".
const EN_DOCUMENT_TAIL = /,\s+(?:in|on|at|via|through)\s+(?:its|his|her|their|a|an|the)\s+(?:[\p{L}\d'’-]+\s+){0,4}?(?:statements?|briefings?|bulletins?|reports?|updates?|summar(?:y|ies)|posts?|video(?:\s+address)?|address|communiqu\p{L}*|messages?|remarks|comments|interview|channel|account|feed|page)(?:\s+(?:on|to|with|in)\s+[^,]{1,30})?,?$/iu

/** Words a speaker phrase may hold only if one of the cuts below can apply (a cheap gate). */
const MAY_CUT = /^(?:\d|[•·▪►])|^(?:where|whereas|while|and|but|so|then|though|although|тоді|тогда|де|где|і|й|та|а|и|но|але|проте|однак|однако|of|among|from|in|on|at|for|with|after|before|since|during|by|under|over|beyond|besides|out|apart|as)\s|\s(?:it|they|he|she|we|I|він|вона|вони|ми|я|он|она|они|мы)$|,|\s(?:meanwhile|though|however|too|well|instead|response|reply|return|contrast|hand|временем|тем|этом|время|очередь|стороны|ответ|же|ж|тоже|также|однако|же|впрочем|напротив|часом|цьому|водночас|чергою|чергу|боку|відповідь|натомість|також|теж|однак|проте|ж|втім|навпаки)$/iu

/**
 * The speaker's noun phrase in a phrase a frame gave (already trimmed of punctuation and of the time
 * words resolve-speaker cuts): settings, clause openers, post numbers, discourse adverbs, the
 * document the statement came out in and a clause of the subject's go; the phrase is returned as is
 * when none applies, or when cutting would leave nothing.
 */
export function speakerNounPhrase(phrase: string): string {
  if (!MAY_CUT.test(phrase)) return phrase
  let p = phrase
  for (let pass = 0; pass < 3; pass++) {
    const before = p
    p = p.replace(NUMBERING, '').replace(CLAUSE_OPENER, '')
    p = p.replace(EN_DOCUMENT_TAIL, '').replace(EN_DISCOURSE_TAIL, '').replace(CY_DISCOURSE_TAIL, '')
    const setting = EN_SETTING.exec(p)
    if (setting && wordsIn(p.slice(setting[0].length)) <= 6) p = p.slice(setting[0].length)
    const pronoun = CY_SETTING_PRONOUN.exec(p)
    // Only lower-case words before the pronoun (a preposition may be capitalised at the sentence's
    // start): "Генштаб вони" is no setting, and a name before it is no setting either.
    if (pronoun && /\p{Script=Cyrillic}/u.test(p) && !/\s\p{Lu}/u.test(p.slice(0, p.length - pronoun[1]!.length)) && (!/^\p{Lu}/u.test(p) || CY_PREPOSITION.test(p))) p = pronoun[1]!
    const subject = PRONOUN_OF_SUBJECT.exec(p)
    if (subject) p = subject[1]!
    p = p.trim()
    if (p === before) break
  }
  return p.length > 0 ? p : phrase
}

function wordsIn(text: string): number {
  const t = text.trim()
  return t ? t.split(/\s+/u).length : 0
}
