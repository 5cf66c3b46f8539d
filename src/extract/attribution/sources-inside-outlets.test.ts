import { describe, expect, it } from 'vitest'
import { extractClaims } from '../extract-claims.js'
import { sourceOutlet } from './source-of-outlet.js'

// Class (round 18, real Ukrainian/Russian feeds): who speaks when a report names the outlet and how it
// came to know ("— джерела NV", "повідомили джерела видання «Бабель» у спецслужбі", "повідомляє ASTRA,
// проаналізувавши відео", "пише Суспільне у Telegram") and when a mayor is not the official just
// named. Conventions 16, 29, 52, 82, 91. Sentences of our own.
function claimsOf(text: string, lang: 'uk' | 'ru', outlet: string | null = 'Militarnyi') {
  return extractClaims({ id: 't', text, lang, publishedAt: '2024-10-02', outlet }).value.claims
}

describe('sourceOutlet', () => {
  it('reads the outlet of unnamed sources, quoted or bare, singular or plural', () => {
    expect(sourceOutlet('джерела NV')).toBe('NV')
    expect(sourceOutlet('джерела видання «Бабель» у спецслужбі')).toBe('Бабель')
    expect(sourceOutlet('источники «Коммерсанта» в силовых структурах')).toBe('Коммерсанта')
    expect(sourceOutlet('источники РБК-Украина')).toBe('РБК-Украина')
    expect(sourceOutlet('Джерело Суспільного')).toBe('Суспільного')
  })
  it('does not take an office or a place for an outlet', () => {
    expect(sourceOutlet('джерела в СБУ')).toBeNull()
    expect(sourceOutlet('джерела Генштабу')).toBeNull()
    expect(sourceOutlet('источники в Минобороны')).toBeNull()
    expect(sourceOutlet('речник ОВА')).toBeNull()
  })
})

describe('sources of a named outlet speak, through it', () => {
  it('after a headline dash, as a neutral source', () => {
    const [c] = claimsOf('Дрони СБУ уразили нафтобазу в Тамбовській області — джерела NV', 'uk')
    expect(c!.speaker).toMatchObject({ name: 'джерела NV', side: 'UA', via: 'NV' })
    expect(c!.modality).toBe('asserted')
  })
  it('in a cataphoric sentence, with the outlet after a word for it', () => {
    const [c] = claimsOf('Безпілотники СБУ атакували нафтобазу в Бердянську. Про це повідомили джерела видання «Бабель» у спецслужбі.', 'uk')
    expect(c!.speaker).toMatchObject({ name: 'джерела видання «Бабель» у спецслужбі', side: 'UA', via: 'Babel' })
  })
  it('in Russian', () => {
    const [c] = claimsOf('Дроны СБУ поразили НПЗ в Саратове, сообщили источники РБК-Украина.', 'ru', 'Meduza')
    expect(c!.speaker).toMatchObject({ via: 'RBC-Ukraine', side: 'UA' })
  })
  // Convention 52 (real-viina2's annotators: "– источник", "- джерела"): bare sources after the dash are
  // the speaker as the text names them, through the quoting outlet, and the outlet vouches for them.
  it('bare sources speak through the outlet, asserted', () => {
    const [c] = claimsOf('Дрони уразили нафтобазу в Тамбовській області — джерела', 'uk')
    expect(c!.speaker).toMatchObject({ name: 'sources', side: 'UA', via: 'Militarnyi' })
    expect(c!.modality).toBe('asserted')
  })
})

describe('how the speaker knows is not the name', () => {
  it('stops the name at an adverbial participle and keeps what it is based on', () => {
    const [c] = claimsOf('Дрони уразили підстанцію під Новоросійськом. Про це повідомляє ASTRA, проаналізувавши відео з місця події.', 'uk')
    expect(c!.speaker).toMatchObject({ name: 'ASTRA', side: 'independent', basedOn: 'відео з місця події' })
  })
  it('in Russian', () => {
    const [c] = claimsOf('Беспилотники атаковали нефтебазу в Туапсе. Об этом сообщила «Вёрстка», сославшись на местных жителей.', 'ru', 'Meduza')
    expect(c!.speaker).toMatchObject({ name: 'Verstka', basedOn: 'местных жителей' })
  })
})

describe('an outlet writing on a platform', () => {
  it('is the speaker, the platform its via', () => {
    const [a] = claimsOf('Ракета влучила в нафтобазу у Кременчуці, пише Суспільне у Telegram.', 'uk', 'UNIAN')
    expect(a!.speaker).toMatchObject({ name: 'Suspilne', side: 'UA', via: 'Telegram' })
    const [b] = claimsOf('Ракета влучила в нафтобазу у Кременчуці. Про це пише Суспільне в своєму Telegram-каналі.', 'uk', 'UNIAN')
    expect(b!.speaker).toMatchObject({ name: 'Suspilne', via: 'Telegram' })
  })
  it('an outlet told to, with a speaker after it, stays the via', () => {
    const [c] = claimsOf('Ракета влучила в нафтобазу у Кременчуці, повідомив ТАСС губернатор.', 'uk', 'UNIAN')
    expect(c!.speaker.via).toBe('TASS')
  })
})

describe('a mayor is not the official named by another office', () => {
  it('keeps the mayor apart from the head of the oblast administration', () => {
    const claims = claimsOf('По данным главы Харьковской областной военной администрации Олега Синегубова, ракета попала в склад в Балаклее. По словам мэра, в Балаклее повреждены школа и склад.', 'ru', 'UNIAN')
    expect(claims[0]!.speaker.name).toBe('Oleh Syniehubov')
    expect(claims.at(-1)!.speaker).toMatchObject({ name: 'мэра', side: 'UA' })
  })
  it('still points back to the mayor just named', () => {
    const claims = claimsOf('Мер Харкова Ігор Терехов заявив, що ракета влучила в склад. За словами мера, вибух пошкодив два будинки.', 'uk', 'UNIAN')
    expect(claims.at(-1)!.speaker.name).toBe('Ihor Terekhov')
  })
})
