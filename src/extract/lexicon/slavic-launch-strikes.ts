import { nounForms } from './slavic-paradigms.js'
import { trigger, type TriggerData } from './types.js'
import type { PhraseRule } from './phrase-matcher.js'

// Round 24: a munition launched AT a place ("по"), in whatever order the three words come, and blasts heard
// with a count or adjectives between the verb and the noun. Mined from the VIINA strike reports of 2022 and
// 2023: the round-13 rules read only verb + "по" + target + munition ("запустив по Україні 68 дронів"),
// while headlines also write the munition first ("випускають ракети по містах"), the verb last ("ракету по
// нафтобазі випустили з Білорусі"), the participle ("ракета, выпущенная … по Кременчугу"), and the noun
// ("запуск ракет по авиабазе"); "прогриміли 3 сильні вибухи" put a figure where the rule took only words.
// Each class is a closed list of stems with every form; "по" (at a target) is what makes a launch a strike:
// a factory "випустила 97 снарядів" made them.

type Lang = 'uk' | 'ru'

/** Munitions fired from afar. */
const MUNITION = String.raw`(?:ракет\p{L}*|дрон\p{L}*|безпілотник\p{L}*|беспилотник\p{L}*|БпЛА|БПЛА|шахед\p{L}*|герань\p{L}*|герани|КАБ\p{L}*|авіабомб\p{L}*|авиабомб\p{L}*|снаряд\p{L}*|Кинджал\p{L}*|Кинжал\p{L}*|Калібр\p{L}*|Калибр\p{L}*|Іскандер\p{L}*|Искандер\p{L}*|HIMARS|ATACMS|Storm Shadow)`

/** Launching: finite forms (every person, tense and gender of both aspects) and the launch's noun. */
const LAUNCH: Readonly<Record<Lang, string>> = {
  uk: String.raw`(?:запусти(?:в|ли|ла|ло|ть|ло)|запуска(?:є|ють|ли|в|ла|ло|тимуть)|випусти(?:в|ли|ла|ло|ть)|випуска(?:є|ють|ли|в|ла|ло|тимуть)|${nounForms('запуск', 'uk-masc')}|${nounForms('пуск', 'uk-masc')})`,
  ru: String.raw`(?:запусти(?:л|ли|ла|ло|т)|запуска(?:ет|ют|ли|л|ла|ло)|выпусти(?:л|ли|ла|ло|т)|выпуска(?:ет|ют|ли|л|ла|ло)|${nounForms('запуск', 'ru-masc')}|${nounForms('пуск', 'ru-masc')})`,
}
/** The passive participle of launching, any form: "випущена", "выпущенная", "запущені". */
const LAUNCHED: Readonly<Record<Lang, string>> = {
  uk: String.raw`(?:випущен|запущен)\p{L}*`,
  ru: String.raw`(?:выпущен|запущен)\p{L}*`,
}
const MUNITION_STARTS = ['ракет', 'дрон', 'безпілотник', 'беспилотник', 'бпла', 'шахед', 'герань', 'герани', 'каб', 'авіабомб', 'авиабомб', 'снаряд', 'кинджал', 'кинжал', 'калібр', 'калибр', 'іскандер', 'искандер', 'himars', 'atacms', 'storm']
const WORD = String.raw`[\p{L}\p{N}«»"'’ʼ-]+`

/** Sounding verbs of a blast, every form, and the blast's noun in every case. */
const SOUNDED: Readonly<Record<Lang, string>> = {
  uk: String.raw`(?:пролуна\p{L}*|прогрим\p{L}*|гримі\p{L}*|гримл\p{L}*|луна(?:ють|ли|в|ла|ло)|чут(?:и|но))`,
  ru: String.raw`(?:прогреме\p{L}*|прогрем\p{L}*|греме(?:ли|л|ло)|гремя(?:т|ли)|раздал(?:ись|ся|ось)|раздаются|раздавались|прозвуча(?:л|ли|ло)|звучали|слышн(?:ы|о))`,
}
const BLAST: Readonly<Record<Lang, string>> = { uk: nounForms('вибух', 'uk-masc'), ru: nounForms('взрыв', 'ru-masc') }
/** What makes a blast peacetime: gas, a boiler, a cylinder right after the noun. */
const PEACETIME_BLAST: Readonly<Record<Lang, string>> = {
  uk: String.raw`(?! (?:газу|побутового|котла|метану|балона))`,
  ru: String.raw`(?! (?:газа|бытового|котла|метана|баллона))`,
}

const STARTS: Readonly<Record<Lang, { launch: readonly string[]; launched: readonly string[]; sounded: readonly string[] }>> = {
  uk: { launch: ['запусти', 'запуска', 'випусти', 'випуска', 'запуск', 'пуск'], launched: ['випущен', 'запущен'], sounded: ['пролуна', 'прогрим', 'гримі', 'гримл', 'луна', 'чут'] },
  ru: { launch: ['запусти', 'запуска', 'выпусти', 'выпуска', 'запуск', 'пуск'], launched: ['выпущен', 'запущен'], sounded: ['прогрем', 'греме', 'гремя', 'раздал', 'раздают', 'раздавал', 'прозвуча', 'звучали', 'слышн'] },
}

function launchStrikes(lang: Lang): PhraseRule<TriggerData>[] {
  return [
    // "випускають ракети по містах", "запускали ракеты по Кременчугу", "запуск ракет по авиабазе"
    trigger('strike', String.raw`${LAUNCH[lang]} (?:${WORD} ){0,3}?${MUNITION} (?:${WORD} ){0,3}?по(?= )`, { starts: STARTS[lang].launch }),
    // "ракету по нафтобазі випустили з території Білорусі": the verb last
    trigger('strike', String.raw`${MUNITION} (?:${WORD} ){0,2}?по (?:${WORD} ){1,4}?${LAUNCH[lang]}(?![\p{L}])`, { starts: MUNITION_STARTS }),
    // "ракета була випущена по аеродрому", "ракета, выпущенная российскими военными по Кременчугу"
    trigger('strike', String.raw`(?<=${MUNITION},? (?:(?:була|був|були|было|была|были) )?)${LAUNCHED[lang]} (?:${WORD} ){0,3}?по(?= )`, { voice: 'passive', starts: STARTS[lang].launched }),
    // "прогриміли 3 сильні вибухи", "раздались два мощных взрыва"
    trigger('strike', String.raw`${SOUNDED[lang]} (?:[\p{L}\p{N}]+ ){0,3}?${BLAST[lang]}${PEACETIME_BLAST[lang]}`, { voice: 'noun', starts: STARTS[lang].sounded }),
  ]
}

export const UK_LAUNCH_STRIKES = launchStrikes('uk')
export const RU_LAUNCH_STRIKES = launchStrikes('ru')
