import type { Span } from '../domain/index.js'
import type { PhraseMatch, SideData } from './lexicon/index.js'

// Round 19 (audit of VIINA 2023-24 strike headlines): a side's word can name whose the TARGET was, not
// who struck: "знищили російський польовий склад", "атакував нафтобазу РФ", "уничтожен украинский
// склад боеприпасов", "поразили склад БК ВСУ", "уразили український аеродром". Read as a subject, or
// ignored as a weak adjective after the verb (the story's voice then lent the side), the owner became
// the attacker. A side's word inside the noun phrase of a struck facility or of equipment after the verb
// owns that target: the attacker is the other side, unless the clause names its own subject.

/** Facilities, which a strike only ever hits: their owner in any position of the clause. */
const FACILITY = /^(?:склад\p{L}*|нафтобаз\p{L}*|нефтебаз\p{L}*|баз[аиуіыеоюя]\p{L}*|авіабаз\p{L}*|авиабаз\p{L}*|аеродром\p{L}*|аэродром\p{L}*|НПЗ|завод\p{L}*|підстанці\p{L}*|подстанци\p{L}*|електропідстанці\p{L}*|электроподстанци\p{L}*|термінал\p{L}*|терминал\p{L}*|порт|порту|порті|порта|порте|пункт\p{L}*|штаб\p{L}*|казарм\p{L}*|сховищ\p{L}*|хранилищ\p{L}*|нафтосховищ\p{L}*|нефтехранилищ\p{L}*|резервуар\p{L}*|ангар\p{L}*|ешелон\p{L}*|эшелон\p{L}*|об['’ʼ]?єкт\p{L}*|объект\p{L}*|інфраструктур\p{L}*|инфраструктур\p{L}*|полігон\p{L}*|полигон\p{L}*|РЛС|радар\p{L}*|ЗРК|С-300|С-400|боєприпас\p{L}*|боеприпас\p{L}*|БК|ПММ|ГСМ|пального|топлива|палива)$/iu
/** Equipment, which may also act ("Российские гаубицы уничтожили"): its owner only after the verb. */
const EQUIPMENT = /^(?:танк\p{L}*|гармат\p{L}*|гаубиц\p{L}*|САУ|БМП|БТР|бронетехні\p{L}*|бронетехник\p{L}*|техні\p{L}*|техник\p{L}*|літак\p{L}*|самол[её]т\p{L}*|винищувач\p{L}*|истребител\p{L}*|бомбардувальник\p{L}*|бомбардировщик\p{L}*|гелікоптер\p{L}*|вертол[её]т\p{L}*|корабл\p{L}*|катер\p{L}*|човн\p{L}*|човен|лодк\p{L}*|судн\p{L}*|судов|танкер\p{L}*|вантажівк\p{L}*|грузовик\p{L}*|автомобіл\p{L}*|автомобил\p{L}*|машин\p{L}*|РСЗВ|РСЗО|комплекс\p{L}*|систем\p{L}*)$/iu
/** Adjectives between a side's adjective and its noun ("польовий", "нефтяной", "військові"). */
const ADJECTIVE = /^\p{L}+(?:ий|ій|ой|ый|ая|яя|ое|ее|є|е|ые|ие|і|ого|его|ому|ему|ую|юю|ої|ей|ою|ею|их|іх|ых|ім|им|ым|ими|іми|ыми)$/u
/** A word in the instrumental ("російською", "окупантами", "ВСУ" has no case ending). */
const INSTRUMENTAL = /\p{L}(?:ою|ею|єю|ами|ями|ими|ыми|іми|ом|ем|ём)$/u
const WEAPON_AFTER = /^[\s«»"]*(?:ракет|дрон|безпілотник|беспилотник|БпЛА|БПЛА|шахед|бомб|авіабомб|авиабомб|КАБ|снаряд|артилері|артиллери|авіаці|авиаци)/iu
const GENERAL_STAFF = /(?:[Гг]енеральн\p{L}*|[Гг]ене?штаб\p{L}*)\s+(?:[Шш]таб\p{L}*\s+)?$/u
/** A side named by an adjective (or "ворожий"), which modifies the noun after it. */
const SIDE_ADJECTIVE = /^(?:російськ|российск|українськ|украинск|ворож|вражеск|окупантськ|оккупантск)\p{L}*$/iu
/** Words of a noun phrase between an adjective and its noun, or a noun and its genitive: letters, digits, hyphens, quotes. */
const PHRASE_WORD = /^[\p{L}\p{N}«»"'’ʼ-]+$/u
const NAME_OR_GENITIVE = /^(?:[\p{Lu}\p{N}«"][\p{L}\p{N}»"-]*|\p{L}+(?:ів|їв|ов|ев|их|ых|іх|ого|его|ої))$/u

/**
 * Whether a side marker of a strike or loss clause owns a target: the genitive or name after a
 * facility or equipment noun ("склад боеприпасов ВСУ", "нафтобазу РФ", "истребитель МиГ-29 ВСУ"), or
 * an adjective before one ("російський польовий склад"). Equipment counts only after the event word
 * (`triggerEnd`); before it, it may be the subject that struck.
 */
export function isTargetOwner(text: string, m: PhraseMatch<SideData>, clause: Span, triggerEnd: number): boolean {
  const own = text.slice(m.span[0], m.span[1]).split(/\s+/u)
  // "ушкодження підстанції російською ракетою", "склад уничтожен артиллерией ВСУ": an instrumental is the
  // weapon or the agent; a side before a weapon word owns the weapon ("підстанцію атакували російські дрони").
  if (own.some((w) => INSTRUMENTAL.test(w)) || WEAPON_AFTER.test(text.slice(m.span[1], m.span[1] + 24))) return false
  const afterTrigger = m.span[0] >= triggerEnd
  const isTarget = (w: string): boolean => FACILITY.test(w) || (afterTrigger && EQUIPMENT.test(w))
  // A genitive after the noun: up to three words back, within the clause, with no break between, the
  // last of them the noun itself, a name ("МиГ-29", «Кача») or a genitive ("склад боєприпасів ЗСУ"), not a
  // verb ("Склад БК окупантів уразили ЗСУ": who struck).
  const lead = text.slice(Math.max(clause[0], m.span[0] - 48), m.span[0]).split(/[,;:.!?()—–]/u).at(-1)!
  const before = lead.split(/\s+/u).filter(Boolean).slice(-3)
  const last = before.at(-1)
  // "Генеральний штаб ЗСУ", "Генштаб ВСУ": the command that speaks, not a headquarters struck.
  if (GENERAL_STAFF.test(lead)) return false
  if (last !== undefined && before.every((w) => PHRASE_WORD.test(w)) && before.some(isTarget) && (isTarget(last) || NAME_OR_GENITIVE.test(last))) return true
  // An adjective before the noun: it and up to two more words after it.
  if (own.length !== 1 || !SIDE_ADJECTIVE.test(own[0]!)) return false
  const next = text.slice(m.span[1], Math.min(clause[1], m.span[1] + 40)).split(/[,;:.!?()—–]/u)[0]!.split(/\s+/u).filter(Boolean).slice(0, 3)
  for (const w of next) {
    if (isTarget(w)) return true
    if (!ADJECTIVE.test(w)) return false
  }
  return false
}
