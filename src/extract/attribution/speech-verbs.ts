/** How a speaker stands to what they say, by the verb: "claimed", "denied", "confirmed", "ordered" (future). */
export type Stance = 'neutral' | 'claim' | 'deny' | 'confirm' | 'premature' | 'unverified' | 'future' | 'hasty'

// Verbs that introduce speech, in the forms reports use (the plural present too: "Russian channels
// write that …", "officials warn"). One alternation per language; the stance
// of a match is read by `stanceOf`.
// "Russian forces added 400 sq km", "the army adds another 90 square kilometres": "added" before an
// area figure is ground taken, not speech.
const NOT_AREA_AHEAD = String.raw`(?! (?:(?:another|a further|an additional|some|about|roughly|nearly|almost|around|over|more than|close to|up to|an estimated) )*\d[\d,.]* ?(?:thousand |million )?(?:sq\b|square (?:kilomet|miles)|km2|km²|hectares))`
// "have told the people of 11 border villages to leave": "told" with whom and what to do is an
// order (an evacuation's, gold convention 45), not speech; "told Reuters that residents had to leave" is speech.
const NOT_DIRECTIVE = String.raw`(?! (?:(?!that |who |which )[\p{L}\p{N}'’-]+ ){1,12}?(?<!\b(?:had|have|has|need|needed|needs|was|were|is|are|ought|going|would|want|wanted|wants|plan|plans|planned) )to (?:leave|evacuate|flee|relocate|move out|get out|pack up)(?![\p{L}]))`
// "Four reported killed in the east", "Two soldiers reported wounded": a headline's passive with its
// auxiliary dropped (the victims were reported killed), not the victims reporting.
const NOT_TOLL_AHEAD = String.raw`(?! (?:to (?:have been|be) )?(?:killed|dead|wounded|injured|hurt|missing|slain|shot dead|captured|taken prisoner|abducted|kidnapped|detained)(?![\p{L}]))`
// "Clashes claim more lives", "shelling claimed three lives": the toll's verb, not a claim made.
// "Officials put Russian losses at 31,000", "the ministry puts the toll at 12": an estimate given is a
// statement; "put" only with "at" and a figure (not an hour: "put the blaze out at 6 a.m.") after it.
const NOT_LIVES_AHEAD = String.raw`(?! (?:the lives|(?:[\p{L}\p{N}-]+ ){0,2}?lives)(?![\p{L}]))`
export const EN_SPEECH = String.raw`(?:has |have |had |also |later |again |previously |earlier )*(?:said|says|say|(?:told|tells|tell)${NOT_DIRECTIVE}|(?:added|adds)${NOT_AREA_AHEAD}|stated|states|reported${NOT_TOLL_AHEAD}|reports|announced|announces|announce|noted|notes|wrote|writes|write|posted|posts|explained|explains|warned|warns|warn|estimated|estimates|assessed|assesses|believes|believe|insisted|insists|insist|(?:put|puts)(?= (?:[\p{L}\p{N}'’-]+ ){1,10}?at (?:(?:about|roughly|some|around|approximately|more than|over|nearly|almost|at least|up to|close to|just over|just under) )*(?:[\p{N}][\p{N},.]*(?![\p{N},.]|\s*(?:a\.?m\b|p\.?m\b|am\b|pm\b|o['’]clock|hrs?\b|GMT|UTC)|:\d)|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|hundreds|a few|several|dozens)(?![\p{L}])))|complained|complains|argued|argues|argue|conceded|concedes|recalled|recalls|reiterated|reiterates|thinks|maintained|maintains|maintain|acknowledged|acknowledges|acknowledge|admitted|admits|admit|emphasi[sz]ed|emphasi[sz]es|stressed|stresses|(?:claimed|claims|claim)${NOT_LIVES_AHEAD}|alleged|alleges|allege|asserted|asserts|boasted|denied|denies|deny|rejected|rejects|reject|dismissed|dismisses|refuted|refutes|disputed|disputes|dispute|confirmed|confirms|confirm|expects|expect|ordered|orders|credited|credits|marked|marks|concluded|observed|indicated|indicates|showed|shows|suggested|suggests|calculated|counted|found|recorded|cited|predicted|predicts|predict|forecast|forecasts)`

/**
 * A claim the writer calls hasty ("rushed to announce", "was quick to claim", "hastily declared"): a
 * speech verb only for the leading frame, kept out of EN_SPEECH so that the many patterns built on it
 * carry no extra branches.
 */
export const EN_HASTE = String.raw`(?:(?:rushed|hastened|hurried) to (?:announce|claim|declare|proclaim|report|trumpet)|(?:was|were) (?:quick|swift) to (?:announce|claim|declare|proclaim|report|trumpet)|hastily (?:announced|claimed|declared|proclaimed|reported))`
/** The words without which EN_HASTE cannot match (its word family). */
export const EN_HASTE_WORDS = 'rushed|hastened|hurried|quick|swift|hastily'

// Besides the verbs of saying: admissions ("визнав речник", "Генштаб … признал отход"), a claim
// trumpeted ("трублять про «взяття»", "раструбили"), and a count of the dead by name ("установила
// имена ещё N погибших", "встановили імена"), the way monitoring outlets report what they found.
// Certainty after a quote ("«…», — уверен «Кедр»", "«…», — впевнений командир") attributes it like a verb of saying.
// A comment, a video a unit releases (convention 96: "ССО показали, як знищують …"), a statement made
// ("у ВМС зробили нову заяву", "в МИД сделали заявление") and details disclosed
// ("Генштаб розкрив деталі ударів") and a claim of responsibility ("взяв на себе відповідальність за атаки")
// are statements too.
export const UK_SPEECH = String.raw`(?:взя(?:в|ла|ли|ло)\s+на\s+себе\s+відповідальність\s+за|прокоментува(?:в|ла|ли|ло)|показа(?:в|ла|ли|ло)|показують|розкри(?:в|ла|ли|ло)\s+(?:деталі|подробиці)|зроби(?:в|ла|ли|ло)\s+(?:(?:нову|офіційну|термінову|гучну|важливу|окрему|першу)\s+)?заяв(?:у|и)|впевнен(?:ий|а|і)|звинувати(?:в|ла|ли|ло)|звинувачу(?:є|ють)|поскаржи(?:вся|лася|лись|лися)|проаналізува(?:в|ла|ли|ло)|переконан(?:ий|а|і)|повідоми(?:в|ла|ли|ло)|повідомля(?:є|ють|в|ла|ли|ло)|заяви(?:в|ла|ли|ло)|заявля(?:є|ють|в|ла|ли|ло)|сказа(?:в|ла|ли)|зазначи(?:в|ла|ли)|розпові(?:в|ла|ли)|наголоси(?:в|ла|ли)|дода(?:в|ла|ли)|написа(?:в|ла|ли)|пише|пишуть|стверджу(?:є|ють|вав|вали)|запевни(?:в|ла|ли)|підтверди(?:в|ла|ли)|спростува(?:в|ла|ли)|спростову(?:є|ють)|запереч(?:ив|ила|или|ує|ують)|назва(?:в|ла|ли)|інформу(?:є|ють)|переда(?:є|ють)|підрахува(?:в|ла|ли)|оціни(?:в|ла|ли)|доручи(?:в|ла|ли)|наказа(?:в|ла|ли)|уточни(?:в|ла|ли)|поінформува(?:в|ла|ли)|прозвітува(?:в|ла|ли|ло)|відзвітува(?:в|ла|ли|ло)|не\s+виключи(?:в|ла|ли|ло)|не\s+виключа(?:є|ють)|висловив\s+впевненість|висловил(?:а|и|о)\s+впевненість|звітува(?:в|ла|ли|ло)|оголоси(?:в|ла|ли|ло)|оголошу(?:є|ють)|нагада(?:в|ла|ли|ло)|нагаду(?:є|ють)|поясни(?:в|ла|ли)|поясню(?:є|ють)|зауважи(?:в|ла|ли)|попереди(?:в|ла|ли)|підкресли(?:в|ла|ли)|констатува(?:в|ла|ли)|оціню(?:є|ють|вав|вала|вали)|оприлюдни(?:в|ла|ли|ло)|оприлюдню(?:є|ють)|озвучи(?:в|ла|ли|ло)|вважа(?:є|ють)|прогнозу(?:є|ють|вав|вала|вали)|очіку(?:є|ють)|розповіда(?:є|ють)|каж(?:е|уть)|казав|казала|казали|припусти(?:в|ла|ли)|припуска(?:є|ють)|визна(?:в|ла|ли|ло|є|ють)|трубля(?:ть)|трубили|розтруби(?:в|ла|ли|ло)|встанови(?:в|ла|ли)\s+(?:імена|особи))`

export const RU_SPEECH = String.raw`(?:взял(?:а|и|о)?\s+на\s+себя\s+ответственность\s+за|прокомментирова(?:л|ла|ли|ло)|показа(?:л|ла|ли|ло)|показывают|раскры(?:л|ла|ли|ло)\s+(?:детали|подробности)|сдела(?:л|ла|ли|ло)\s+(?:(?:новое|официальное|срочное|громкое|важное|отдельное|первое)\s+)?заявлени(?:е|я)|уверен(?:а|ы)?|обвини(?:л|ла|ли|ло)|обвиня(?:ет|ют)|пожаловал(?:ся|ась|ись)|проанализирова(?:л|ла|ли|ло)|убежд[её]н(?:а|ы)?|говор(?:ит|ят|ил|ила|или)|сообщи(?:л|ла|ли|ло)|сообща(?:ет|ют|л|ла|ли|ло)|заяви(?:л|ла|ли|ло)|заявля(?:ет|ют|л|ла|ли|ло)|сказа(?:л|ла|ли)|отмети(?:л|ла|ли)|рассказа(?:л|ла|ли)|подчеркну(?:л|ла|ли)|добави(?:л|ла|ли)|написа(?:л|ла|ли)|пишет|пишут|утвержда(?:ет|ют|л|ли)|заверил\p{L}*|подтверди(?:л|ла|ли)|опроверг(?:ла|ли)?|опроверга(?:ет|ют)|отрица(?:ет|ют|л|ли)|назва(?:л|ла|ли)|информиру(?:ет|ют)|переда(?:ет|ют)|подсчита(?:л|ла|ли)|оцени(?:л|ла|ли)|поручи(?:л|ла|ли)|приказа(?:л|ла|ли)|уточни(?:л|ла|ли)|доложи(?:л|ла|ли)|не\s+исключи(?:л|ла|ли|ло)|не\s+исключа(?:ет|ют)|выразил(?:а|и|о)?\s+уверенность|выража(?:ет|ют)\s+уверенность|отчита(?:лся|лась|лись|лось)|объяви(?:л|ла|ли|ло)|объявля(?:ет|ют)|напомни(?:л|ла|ли|ло)|напомина(?:ет|ют)|поясни(?:л|ла|ли)|поясня(?:ет|ют)|предупреди(?:л|ла|ли)|констатирова(?:л|ла|ли)|оценива(?:ет|ют|л|ла|ли)|озвучи(?:л|ла|ли|ло)|обнародова(?:л|ла|ли|ло)|счита(?:ет|ют)|полага(?:ет|ют)|прогнозиру(?:ет|ют|л|ла|ли)|ожида(?:ет|ют)|рассказыва(?:ет|ют)|предположи(?:л|ла|ли)|предполага(?:ет|ют)|призна(?:л|ла|ли|ло|ёт|ет|ют)|трубят|трубили|раструби(?:л|ла|ли|ло)|установи(?:л|ла|ли)\s+(?:имена|личност\p{L}*))`

/** The stance a speech verb carries. */
export function stanceOf(verb: string): Stance {
  const v = verb.toLowerCase()
  if (/den(?:y|ied|ies)|reject|dismiss|refut|disput|спросту|запереч|опроверг|отрица/.test(v)) return 'deny'
  if (/confirm|підтверд|подтверд/.test(v)) return 'confirm'
  // "поспешили объявить", "поквапилося оголосити", "rushed to announce", "hastily claimed", "was quick
  // to claim", "поспешно объявило": the writer calls the announcement hasty, its verdict that the claim ran
  // ahead of the ground (gold convention 17: the announcer's claim, premature). Checked before "claim".
  if (/поспеши|поспіши|поспішив|поквап|поторопи|поспешн|поспішн|hasten|hastily|rushed|hurried|quick to|swift to/.test(v)) return 'hasty'
  // "успели объявить", "встигли заявити": a claim already made is told as a claim.
  // "трублять про «взяття»", "раструбили": a claim told loudly is told as a claim.
  if (/claim|alleg|assert|boast|стверджу|утвержда|успел|встиг|труб/.test(v)) return 'claim'
  // "expects", "очікують", "ожидают", "прогнозує": a forecast is told as what will happen.
  if (/order|expect|predict|forecast|доручи|наказа|поручи|приказа|очіку|ожида|прогноз/.test(v)) return 'future'
  return 'neutral'
}
