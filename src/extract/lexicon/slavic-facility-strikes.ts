import { adjectiveForms, anyAdjective, anyNounForms, nounForms, pastForms } from './slavic-paradigms.js'
import { trigger, type TriggerData } from './types.js'
import type { PhraseRule } from './phrase-matcher.js'

// Round 24: strikes on military, fuel and energy sites told by the event's noun, the site's fate or a
// verb of bombing, in every case form (slavic-paradigms.ts). Mined from the VIINA strike reports of 2022
// and 2023 (every row a strike report): of the 148 rows that gave no claim, 103 had no event word the
// lexicon knew, and most named a site in a form no rule listed: the blast or fire "of" a depot in the
// genitive ("вибух нафтобази", "взрыв склада боеприпасов"), fires in the plural ("пожары на нефтебазах"),
// the site first and its fate after ("склад …, уничтоженный …", "НПЗ знищена"), "розбомбили",
// "артудары", a dropped "вибуховий пристрій". Each class lists its words once, as stems and paradigms.

type Lang = 'uk' | 'ru'

/** Sites that only fire from afar or sabotage hits: fuel depots, airfields, arsenals, substations, refineries. */
const SITES: Readonly<Record<Lang, string>> = {
  uk: `(?:${anyNounForms([['нафтобаз', 'uk-fem-a'], ['авіабаз', 'uk-fem-a'], ['аеродром', 'uk-masc'], ['арсенал', 'uk-masc'], ['нафтосховищ', 'uk-neut-e'], ['підстанці', 'uk-fem-ia'], ['електропідстанці', 'uk-fem-ia']])}|НПЗ|${nounForms('склад', 'uk-masc')} (?:${anyAdjective('uk')} )?(?:боєприпас|пальн|палив|ПММ)\\p{L}*|паливн\\p{L}* ${nounForms('склад', 'uk-masc')})`,
  ru: `(?:${anyNounForms([['нефтебаз', 'ru-fem-a'], ['авиабаз', 'ru-fem-a'], ['аэродром', 'ru-masc'], ['арсенал', 'ru-masc'], ['нефтехранилищ', 'ru-neut-e'], ['подстанци', 'ru-fem-ia'], ['электроподстанци', 'ru-fem-ia']])}|НПЗ|${nounForms('склад', 'ru-masc')} (?:${anyAdjective('ru')} )?(?:боеприпас|горюч|топлив|ГСМ)\\p{L}*|топливн\\p{L}* ${nounForms('склад', 'ru-masc')})`,
}

/** What happens to a site, as a noun: a blast, a fire, a detonation, its destruction, a hit on it. */
const SITE_EVENT_NOUNS: Readonly<Record<Lang, string>> = {
  uk: anyNounForms([['вибух', 'uk-masc'], ['пожеж', 'uk-fem-a'], ['детонаці', 'uk-fem-ia'], ['знищенн', 'uk-neut-ia'], ['підрив', 'uk-masc'], ['ураженн', 'uk-neut-ia']]),
  ru: anyNounForms([['взрыв', 'ru-masc'], ['пожар', 'ru-masc'], ['детонаци', 'ru-fem-ia'], ['уничтожени', 'ru-neut-ie'], ['подрыв', 'ru-masc'], ['поражени', 'ru-neut-ie']]),
}

/** A fire's noun in every form (the round-17 rule lists the singular's few). */
const FIRE_NOUNS: Readonly<Record<Lang, string>> = { uk: nounForms('пожеж', 'uk-fem-a'), ru: nounForms('пожар', 'ru-masc') }

/** A site's fate told after it: destroyed, ruined, hit. */
const SITE_FATES: Readonly<Record<Lang, string>> = {
  uk: `(?:${['знищен', 'зруйнован', 'уражен'].map((s) => adjectiveForms(s, 'uk')).join('|')}|знищено|зруйновано|уражено)`,
  // Russian writes the long participle with -нн- ("уничтоженный") and the short one with -н- ("уничтожена").
  ru: `(?:${['уничтоженн', 'разрушенн', 'пораженн', 'поражённ'].map((s) => adjectiveForms(s, 'ru')).join('|')}|(?:уничтожен|разрушен|поражен|поражён)(?:а|о|ы)?(?![\\p{L}]))`,
}

/** Words of a fire or blast with a peacetime cause after them: a gas leak, welding, a short circuit, an accident, a cigarette, lightning. */
const PEACETIME_CAUSE: Readonly<Record<Lang, string>> = {
  uk: String.raw`(?![^.!?;]{0,80}?(?:газ|зварюв|замиканн|аварі|необережн|недопал|підпал|блискавк)\p{L}*)`,
  ru: String.raw`(?![^.!?;]{0,80}?(?:газ|сварк|замыкани|авари|неосторожн|окурк|поджог|молни)\p{L}*)`,
}

const AT: Readonly<Record<Lang, string>> = {
  uk: String.raw`(?:на території|на|у|в|біля|поблизу)`,
  ru: String.raw`(?:на территории|на|в|у|около|возле|вблизи)`,
}

/** Verbs of bombing a place flat: every past form of the perfective, and its participle. */
const BOMBED: Readonly<Record<Lang, string>> = {
  uk: `(?:${pastForms('розбомби', 'uk')}|${adjectiveForms('розбомблен', 'uk')}|розбомблено)`,
  ru: `(?:${pastForms('разбомби', 'ru')}|${adjectiveForms('разбомблен', 'ru')})`,
}

/** Blowing something up, with the thing blown up after it (reflexive "підірвався на міні" is another event). */
const BLEW_UP: Readonly<Record<Lang, string>> = {
  uk: `(?:${pastForms('підірва', 'uk')}|підривають|підриває|${pastForms('висади', 'uk')} в повітря)`,
  ru: `(?:${pastForms('взорва', 'ru')}|${pastForms('подорва', 'ru')}|взрывают|взрывает|подрывают|подрывает)`,
}
const BRIDGE: Readonly<Record<Lang, string>> = { uk: nounForms('міст', 'uk-masc') + '|мост(?:у|а|ом|и|ів)(?![\\p{L}])', ru: nounForms('мост', 'ru-masc') }

/** Fire from guns named by a compound noun: "артудар", "артобстрел", "артналёт". */
const GUN_FIRE_NOUNS = String.raw`арт(?:удар|обстріл|обстрел|наліт|нальот|налет|налёт)\p{L}*`

/** A device a drone drops: "вибуховий пристрій", "взрывное устройство", "самодельная взрывчатка". */
const DROPPED_DEVICE: Readonly<Record<Lang, string>> = {
  uk: String.raw`(?:вибухов\p{L}* пристр\p{L}*|саморобн\p{L}* вибухов\p{L}*)`,
  ru: String.raw`(?:взрывн\p{L}* устройств\p{L}*|самодельн\p{L}* взрывн\p{L}*)`,
}
const DROP_VERBS: Readonly<Record<Lang, string>> = { uk: String.raw`(?:скину\p{L}*|скида\p{L}*)`, ru: String.raw`(?:сброси\p{L}*|сбрасыва\p{L}*|сброшен\p{L}*)` }
/** The drop as a noun, with what was dropped after it: "сброс боеприпаса с дрона на …", "скидання гранати". */
const DROP_NOUN: Readonly<Record<Lang, string>> = {
  uk: `${nounForms('скиданн', 'uk-neut-ia')} (?:${anyAdjective('uk')} )?(?:боєприпас|гранат|вибухівк|бомб|ВОГ)\\p{L}*`,
  ru: `${nounForms('сброс', 'ru-masc')} (?:${anyAdjective('ru')} )?(?:боеприпас|гранат|взрывчатк|бомб|ВОГ)\\p{L}*`,
}

// The first words each rule can start with (its patterns open with groups the matcher's deriver does not read).
const STARTS: Readonly<Record<Lang, Readonly<Record<'event' | 'fire' | 'fate' | 'bombed' | 'blew' | 'drop', readonly string[]>>>> = {
  uk: { event: ['вибух', 'пожеж', 'детонаці', 'знищенн', 'підрив', 'ураженн'], fire: ['пожеж'], fate: ['знищен', 'зруйнован', 'уражен'], bombed: ['розбомб'], blew: ['підірва', 'підрива', 'висади'], drop: ['скину', 'скида', 'скиданн'] },
  ru: { event: ['взрыв', 'пожар', 'детонаци', 'уничтожени', 'подрыв', 'поражени'], fire: ['пожар'], fate: ['уничтожен', 'разрушен', 'поражен', 'поражён'], bombed: ['разбомб'], blew: ['взорва', 'подорва', 'взрыва', 'подрыва'], drop: ['сброс', 'сбрасыва', 'сброшен'] },
}

function facilityStrikes(lang: Lang): PhraseRule<TriggerData>[] {
  const adjectives = `(?:${anyAdjective(lang)} ){0,2}?`
  return [
    // "Вибух нафтобази у …", "взрыв российского склада боеприпасов", "пожежу нафтобази локалізовано": an effect
    // at a site (incidental: beside an attack or a toll in its sentence it is part of that claim).
    trigger('strike', `${SITE_EVENT_NOUNS[lang]} ${adjectives}${SITES[lang]}${PEACETIME_CAUSE[lang]}`, { voice: 'noun', incidental: true, starts: STARTS[lang].event }),
    // "пожары на нефтебазах", "масштабних пожеж на нафтобазі": a fire's other forms, at a site.
    trigger('strike', `${FIRE_NOUNS[lang]} (?:\\p{L}+ )?${AT[lang]} ${adjectives}${SITES[lang]}${PEACETIME_CAUSE[lang]}`, { voice: 'noun', incidental: true, starts: STARTS[lang].fire }),
    // "склад боеприпасов, уничтоженный …", "Інфраструктура НПЗ повністю знищена": the site first, its fate after.
    trigger('strike', `(?<=${SITES[lang]}(?: [\\p{L}«»"'’ʼ-]+){0,3}?,? (?:(?:повністю|полностью|вщент|частково|частично) )?)${SITE_FATES[lang]}`, { voice: 'passive', incidental: true, starts: STARTS[lang].fate }),
    // "Росія ракетами розбомбила нафтобазу", "разбомбили аэродром".
    trigger('strike', BOMBED[lang], { starts: STARTS[lang].bombed }),
    // "Оккупанты взрывают электрические подстанции", "підірвали міст".
    trigger('strike', `${BLEW_UP[lang]} ${adjectives}(?:${SITES[lang]}|${BRIDGE[lang]})`, { starts: STARTS[lang].blew }),
    trigger('strike', GUN_FIRE_NOUNS, { voice: 'noun', weak: true, starts: ['арт'] }),
    // "Безпілотник скинув вибуховий пристрій на підстанцію", "сброс боеприпаса с дрона на подстанцию".
    trigger('strike', `${DROP_VERBS[lang]} (?:[\\p{L}\\p{N}-]+ ){0,3}?${DROPPED_DEVICE[lang]}|${DROP_NOUN[lang]}`, { defaultSide: 'enemy', starts: STARTS[lang].drop }),
  ]
}

export const UK_FACILITY_STRIKES = facilityStrikes('uk')
export const RU_FACILITY_STRIKES = facilityStrikes('ru')
