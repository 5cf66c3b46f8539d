import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../../domain/index.js'
import { tokenize } from '../../text/index.js'
import { extractClaims } from '../extract-claims.js'
import { withFrames } from './index.js'
import { findSlavicFrames } from './slavic-frames.js'
import { W, slavicWordClasses } from './slavic-word-classes.js'
import type { PhraseMatch } from './phrase-matcher.js'
import { trigger, type FrameMatch, type TriggerData } from './types.js'

// The Ukrainian and Russian frame stage: event words found from a verb's prefix and stem and its
// arguments, in every form, with the everyday senses of the same words kept out. Our own sentences.

/** PROPERTY_SCALE=100 runs each property test 100 times as often (before landing). */
const SCALE = Number(process.env.PROPERTY_SCALE ?? 1)
/** Scaled runs take longer than the default time limit. */
const LIMIT = SCALE > 1 ? 3_600_000 : undefined

type Row = { kind: Claim['kind']; actorSide?: Claim['actorSide'] }

function claimsOf(text: string, lang: Lang): Row[] {
  const r = extractClaims({ id: 'doc-frames', text, lang, publishedAt: '2026-10-20', outlet: 'Test Wire' })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, actorSide: c.actorSide }))
}

function framesOf(text: string): FrameMatch[] {
  return findSlavicFrames({ text, tokens: tokenize(text), triggers: [], sides: [] })
}

function frameKinds(text: string): string[] {
  return framesOf(text).filter((m) => !m.veto).map((m) => `${m.data.kind}:${m.text}`)
}

describe('word classes: a stem with its prefix, in every form', () => {
  it.each<[string, number]>([
    // ви-/вы- + forcible removal: tense, person, number, gender, aspect, reflexive-free, participle
    ['викурили', W.EXPEL], ['викурюємо', W.EXPEL], ['выкуривают', W.EXPEL], ['вышибла', W.EXPEL], ['выперли', W.EXPEL], ['витуримо', W.EXPEL], ['вичавлювали', W.EXPEL], ['выдавливают', W.EXPEL], ['вигнаний', W.EXPEL],
    ['відігнали', W.PUSH_AWAY], ['отогнал', W.PUSH_AWAY], ['отжали', W.PUSH_AWAY], ['віджимають', W.PUSH_AWAY], ['оттолкнули', W.PUSH_AWAY],
    ['забрали', W.TAKE], ['заберуть', W.TAKE], ['прихватили', W.TAKE], ['откусили', W.TAKE],
    ['заскочили', W.ENTER], ['въехали', W.ENTER], ['пробралися', W.ENTER], ['забрались', W.ENTER], ['вскочили', W.ENTER],
    ['кассетами', W.MUNITION_INSTR], ['дронами', W.MUNITION_INSTR], ['кабами', W.MUNITION_INSTR], ['артилерією', W.MUNITION_INSTR], ['градами', W.MUNITION_INSTR],
    ['посечены', W.DAMAGE], ['посічено', W.DAMAGE], ['понівечено', W.DAMAGE], ['изрешечен', W.DAMAGE], ['вибито', W.DAMAGE], ['сорвана', W.DAMAGE],
    ['догоріла', W.BURN], ['згоріли', W.BURN], ['сгорела', W.BURN], ['сожжено', W.BURN], ['спалили', W.BURN], ['выгорели', W.BURN],
    ['вщухли', W.STOP], ['стихают', W.STOP], ['тривають', W.CONTINUE], ['продолжаются', W.CONTINUE], ['точаться', W.CONTINUE],
  ])('%s', (word, bit) => {
    expect(slavicWordClasses(word) & bit).toBe(bit)
  })

  it.each<[string, number]>([
    // words that look like the classes and are not: elections, explosions, a choice, a push-up, an entrance,
    // hail in the singular, a bomb shelter, a mine minister
    ['вибори', W.EXPEL], ['взрывы', W.EXPEL], ['выбор', W.EXPEL], ['отжимания', W.PUSH_AWAY], ['заходи', W.ENTER], ['вход', W.ENTER],
    ['градом', W.MUNITION], ['бомбосховище', W.MUNITION], ['міністр', W.MUNITION], ['забрались', W.TAKE], ['горизонт', W.BURN],
  ])('%s is not in the class', (word, bit) => {
    expect(slavicWordClasses(word) & bit).toBe(0)
  })
})

describe('frames: the event the lexicon does not list, from the head and its arguments', () => {
  it.each<[string, Lang, Row[]]>([
    // driven out of a place: the subject took it (gold convention 5)
    ['Командир роти сказав, що ми їх звідти викурили за добу.', 'uk', [{ kind: 'capture' }]],
    ['Штурмовики вышибли противника из Новоегоровки.', 'ru', [{ kind: 'capture' }]],
    ['Десантники витурили окупантів з позицій біля залізниці.', 'uk', [{ kind: 'advance' }]],
    // taken in slang, ground short of a settlement
    ['Противник отжал у нас три лесопосадки за неделю.', 'ru', [{ kind: 'advance' }]],
    ['Ворог віджав дві лісосмуги на захід від села.', 'uk', [{ kind: 'advance', actorSide: 'RU' }]],
    // fire delivered: a munition as instrument, or counted onto a target, or as the subject
    ['Росіяни засипали околиці Сум КАБами.', 'uk', [{ kind: 'strike', actorSide: 'RU' }]],
    ['Украинские военные утюжили позиции десантников градами.', 'ru', [{ kind: 'strike', actorSide: 'UA' }]],
    ['Армия РФ вогнала по Херсону 40 снарядов.', 'ru', [{ kind: 'strike', actorSide: 'RU' }]],
    ['ВСУ обрушили на приграничье 120 снарядов.', 'ru', [{ kind: 'strike', actorSide: 'UA' }]],
    ['Вночі ворожий дрон-камікадзе атакував вантажівку на трасі.', 'uk', [{ kind: 'strike', actorSide: 'RU' }]],
    // damage to buildings after a word of war, burnt vehicles as losses
    ['Після атаки дрона в Лозовій посічено фасад та вікна школи.', 'uk', [{ kind: 'strike' }]],
    ['Ворожа колона згоріла на в’їзді до села.', 'uk', [{ kind: 'casualties' }]],
    ['На дороге к фронту сгорели три наших грузовика снабжения.', 'ru', [{ kind: 'casualties' }]],
    // fighting going on: contested (call 9), a counted tally stays an actorless assault
    ['У Торецьку бої не вщухають.', 'uk', [{ kind: 'control', actorSide: null }]],
    ['Три боестолкновения до сих пор не стихли.', 'ru', [{ kind: 'assault', actorSide: null }]],
    // an offensive developed by a named force
    ['Подразделения группировки «Восток» развили наступление у Успеновки.', 'ru', [{ kind: 'advance', actorSide: 'RU' }]],
  ])('%s', (text, lang, expected) => {
    expect(claimsOf(text, lang)).toMatchObject(expected)
  })

  it.each<[string, Lang]>([
    // the everyday senses: leaving a house, laying a table, prices, a shop, a ring, a factory, shelling absent
    ['Діти вибігли з дому на подвір’я.', 'uk'],
    ['Гости накрыли стол кружевной скатертью.', 'ru'],
    ['На бирже обрушились цены на металл.', 'ru'],
    ['Бої UFC тривають у суботу ввечері.', 'uk'],
    ['Завод передал армии 500 дронов.', 'ru'],
    ['Компания развивает успех на рынке.', 'ru'],
    ['Сусіди витурили кота з кухні.', 'uk'],
    ['Будинок згорів через коротке замикання.', 'uk'],
    ['Ей отжали бизнес в прошлом году.', 'ru'],
    ['Ракета пролетела на восток.', 'ru'],
  ])('no claim: %s', (text, lang) => {
    expect(claimsOf(text, lang)).toEqual([])
  })

  it('reads each frame at its head word', () => {
    expect(frameKinds('Наші накрили їхні опорники касетами.')).toEqual(['strike:накрили'])
    expect(frameKinds('Два бої ще не вщухли.')).toEqual(['assault:бої ще не вщухли'])
    expect(frameKinds('посечены крыша и окна')).toEqual([])
  })
})

describe('withFrames with the Ukrainian and Russian frames', () => {
  const match = (span: [number, number], kind: Claim['kind'], weak = false): PhraseMatch<TriggerData> => ({ span, text: '', data: trigger(kind, '', { weak, voice: weak ? 'noun' : 'active' }).data })

  const weakTaken = (m: PhraseMatch<TriggerData>): FrameMatch => ({ ...m, replaces: { weak: true } })

  it('keeps the lexicon where both read a span, drops a weak noun the frame governs, keeps text order', () => {
    const lexical = [match([0, 4], 'capture'), match([10, 14], 'assault', true), match([30, 35], 'strike')]
    const frames = [match([2, 6], 'advance'), match([10, 25], 'control'), match([40, 45], 'strike')].map(weakTaken)
    expect(withFrames(lexical, frames).map((m) => `${m.data.kind}@${m.span[0]}`)).toEqual(['capture@0', 'control@10', 'strike@30', 'strike@40'])
    // without `replaces` the weak noun stays and the frame goes, as for the English stage
    expect(withFrames(lexical, [match([10, 25], 'control')]).map((m) => `${m.data.kind}@${m.span[0]}`)).toEqual(['capture@0', 'assault@10', 'strike@30'])
  })

  it('drops a lexicon match on a vetoed span', () => {
    const lexical = [match([0, 4], 'assault', true), match([10, 14], 'strike')]
    expect(withFrames(lexical, [{ ...match([0, 4], 'control'), veto: true }]).map((m) => m.span[0])).toEqual([10])
    expect(framesOf('Бої UFC тривають у суботу.').filter((m) => m.veto).map((m) => m.span)).toEqual([[0, 3]])
  })

  it('never returns overlapping matches and keeps every lexicon match no frame replaced', () => {
    const span = fc.tuple(fc.nat(60), fc.integer({ min: 1, max: 8 })).map(([s, l]) => [s, s + l] as [number, number])
    const ordered = (spans: [number, number][]): [number, number][] => {
      const out: [number, number][] = []
      for (const s of [...spans].sort((a, b) => a[0] - b[0])) if (!out.length || out.at(-1)![1] <= s[0]) out.push(s)
      return out
    }
    fc.assert(
      fc.property(fc.array(span, { maxLength: 8 }), fc.array(span, { maxLength: 8 }), fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), (a, b, weak) => {
        const lexical = ordered(a).map((s, k) => match(s, 'capture', weak[k]))
        const frames = ordered(b).map((s) => weakTaken(match(s, 'strike')))
        const merged = withFrames(lexical, frames)
        for (let k = 1; k < merged.length; k++) expect(merged[k]!.span[0]).toBeGreaterThanOrEqual(merged[k - 1]!.span[0])
        for (const m of lexical) if (!m.data.weak) expect(merged).toContain(m)
        const added = merged.filter((m) => !lexical.includes(m))
        for (const f of added) for (const m of merged) if (m !== f) expect(m.span[1] <= f.span[0] || m.span[0] >= f.span[1]).toBe(true)
      }),
      { numRuns: 100 * SCALE },
    )
  }, LIMIT)

  it('keeps its matches in order, apart and inside the text on texts of frame words', () => {
    const word = fc.constantFrom('ми', 'їх', 'звідти', 'викурили', 'вышибли', 'противника', 'из', 'Кондратовки', 'отжали', 'две', 'посадки', 'накрыли', 'кассетами', 'обрушила', 'на', 'регион', '97', 'снарядов', 'посечены', 'крыша', 'атаки', 'дрона', 'колона', 'догоріла', 'бої', 'не', 'вщухли', 'UFC', 'дрон', '-', 'камікадзе', 'атакував', 'гараж', ',', '.', ' ', '\n')
    fc.assert(
      fc.property(fc.array(word, { maxLength: 30 }), (parts) => {
        const text = parts.join(' ')
        const found = framesOf(text)
        const matches = found.filter((m) => !m.veto)
        const vetoes = found.filter((m) => m.veto).map((m) => m.span)
        for (let k = 0; k < matches.length; k++) {
          expect(text.slice(matches[k]!.span[0], matches[k]!.span[1])).toBe(matches[k]!.text)
          if (k > 0) expect(matches[k]!.span[0]).toBeGreaterThanOrEqual(matches[k - 1]!.span[1])
        }
        for (const v of vetoes) expect(text.slice(v[0], v[1]).toLowerCase()).toMatch(/^бо/u)
      }),
      { numRuns: 100 * SCALE },
    )
  }, LIMIT)

  it('never throws and stays in the text on any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        for (const m of framesOf(text)) expect(text.slice(m.span[0], m.span[1])).toBe(m.text)
      }),
      { numRuns: 100 * SCALE },
    )
  }, LIMIT)
})
