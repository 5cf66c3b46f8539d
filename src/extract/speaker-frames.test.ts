import { describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../domain/index.js'
import { resolveSpeakerPhrase, SpeakerContext } from './attribution/index.js'
import { extractClaims } from './extract-claims.js'

// Who speaks, in the frames reports use beyond "X said that": a sentence naming the source of the
// one before it ("Таку інформацію оприлюднив …"), "as X told Y", a statement's day before the
// speaker, relative clauses describing the speaker, the outlet that counted from DeepState's map, and
// the speaker after a "but" who is named in the next sentence. Our own sentences; positives and
// negatives per rule, in every language the rule is written for.

type Row = { text: string; kind: Claim['kind']; actorSide: Claim['actorSide']; speaker: string | null; side: string; via: string | null; basedOn: string | null }

function claimsOf(text: string, lang: Lang, outlet: string | null = 'Test Wire'): Row[] {
  const r = extractClaims({ id: 'doc-frames', text, lang, publishedAt: '2026-08-20', outlet })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({
    text: text.slice(c.span[0], c.span[1]),
    kind: c.kind,
    actorSide: c.actorSide,
    speaker: c.speaker.name,
    side: c.speaker.side,
    via: c.speaker.via,
    basedOn: c.speaker.basedOn ?? null,
  }))
}

function speakerOf(...phrases: string[]): { name: string | null; side: string } | undefined {
  const context = new SpeakerContext()
  let last: { name: string | null; side: string } | undefined
  for (const p of phrases) {
    const s = resolveSpeakerPhrase(p, context)?.speaker
    last = s ? { name: s.name, side: s.side } : undefined
  }
  return last
}

describe('a sentence naming the source of the information before it', () => {
  it.each<[string, Lang, string, string | null]>([
    ['Росіяни намагаються прорватися до Степногірська. Таку інформацію в ефірі телемарафону оприлюднив Владислав Волошин.', 'uk', 'Vladyslav Voloshyn', 'телемарафон'],
    ['Ворог просунувся біля Ямполя. Такі дані навів речник угруповання Віктор Трегубов.', 'uk', 'Viktor Trehubov', null],
    ['Российские войска вышли к окраинам Дружковки. Такие данные ТАСС привёл глава ДНР Денис Пушилин.', 'ru', 'Denis Pushilin', 'TASS'],
    ['ВСУ отошли от Ступочек. Эту информацию озвучил военный эксперт Андрей Марочко.', 'ru', 'Andrei Marochko', null],
  ])('%s', (text, lang, speaker, via) => {
    expect(claimsOf(text, lang)[0]).toMatchObject({ speaker, via })
  })

  it('"привёл" outside that frame is no speech ("led"), and a plain news sentence keeps the outlet', () => {
    expect(claimsOf('Российские войска вышли к окраинам Дружковки. Наступление привело к потерям.', 'ru')[0]).toMatchObject({ speaker: 'Test Wire' })
    expect(claimsOf('Ворог просунувся біля Ямполя. Такі дані важливі для аналітиків.', 'uk')[0]).toMatchObject({ speaker: 'Test Wire' })
  })

  it('a name in guillemets in the frame ("в ефірі «Суспільного»", "ОСУВ «Дніпро»") is part of it, the outlet its via', () => {
    const rows = claimsOf('Ворог просунувся біля Плещіївки. Про це в ефірі «Суспільного» розповів речник ОСУВ «Дніпро» Віктор Трегубов.', 'uk')
    expect(rows[0]).toMatchObject({ speaker: 'Viktor Trehubov', side: 'UA', via: 'Suspilne' })
  })
})

describe('"as X said", "як розповів УП речник …", "как уточнил Пушилин"', () => {
  it.each<[string, Lang, string, string | null]>([
    ['Як розповів УП речник Угруповання об\'єднаних сил Олексій Гордієнко, українські підрозділи просунулися до Кіндрашівки.', 'uk', 'Олексій Гордієнко', 'Ukrainska Pravda'],
    ['Как рассказал ТАСС военный эксперт Андрей Марочко, подразделения ВСУ начали отход из Ступочек.', 'ru', 'Andrei Marochko', 'TASS'],
  ])('%s', (text, lang, speaker, via) => {
    expect(claimsOf(text, lang)[0]).toMatchObject({ speaker, via })
  })

  it('a lone surname after "як уточнив" points back to the person named in full', () => {
    const rows = claimsOf('Речник бригади Олексій Гордієнко заявив, що ворог наступав біля Кругляківки. Як уточнив Гордієнко, вчора ворог двічі атакував біля Кругляківки.', 'uk')
    expect(rows.at(-1)).toMatchObject({ speaker: 'Олексій Гордієнко' })
  })

  it('"as" is never itself the speaker; without a speech verb "як" opens no frame', () => {
    for (const r of claimsOf('Як розповів речник бригади, ворог просунувся біля Кругляківки.', 'uk')) expect(r.speaker).not.toBe('Як')
    expect(claimsOf('Як і минулого тижня, ворог просунувся біля Кругляківки.', 'uk')[0]).toMatchObject({ speaker: 'Test Wire' })
  })

  it('English keeps its "as X told Y" reading by the outlet', () => {
    expect(claimsOf('Russian troops advanced near Kupiansk, as the spokesman told Reuters.', 'en')[0]?.speaker).not.toBe('as')
  })
})

describe('a statement\'s day or a reminder before the speaker is not part of the name', () => {
  it.each<[string, Lang, string]>([
    ['У середу в Міноборони РФ оголосили, що Куп\'янськ нібито звільнено.', 'uk', 'Russian Defense Ministry'],
    ['Нагадаємо, 18 травня Міноборони РФ заявило про захоплення Куп\'янська-Вузлового.', 'uk', 'Russian Defense Ministry'],
    ['В понедельник в Минобороны России заявили, что Купянск освобождён.', 'ru', 'Russian Defense Ministry'],
    ['Напомним, накануне Минобороны России заявило о взятии Кучерова Яра.', 'ru', 'Russian Defense Ministry'],
    ['On Wednesday, Russia\'s Defense Ministry said its forces had captured Kupiansk.', 'en', "Russia's Defense Ministry"],
  ])('%s', (text, lang, speaker) => {
    expect(claimsOf(text, lang)[0]).toMatchObject({ speaker, side: 'RU' })
  })

  it('a span of time after an institution ("за тот же месяц") is no part of its name', () => {
    expect(claimsOf('Минобороны России за тот же месяц отчиталось об освобождении 29 населённых пунктов.', 'ru')[0]).toMatchObject({ speaker: 'Russian Defense Ministry' })
    expect(claimsOf('Російське Міноборони за той самий місяць звітувало про захоплення 61 населеного пункту.', 'uk')[0]).toMatchObject({ speaker: 'Russian Defense Ministry' })
  })

  it('a capitalised word that is no day stays in the name', () => {
    expect(speakerOf('Середа Медіа')?.name).toBe('Середа Медіа')
  })
})

describe('a relative clause or an interviewer describing the speaker is not the name', () => {
  it.each<[string, string]>([
    ['Владислав Волошин, який представляє Сили оборони півдня', 'Vladyslav Voloshyn'],
    ['Олег Березин, с которым поговорила «Вёрстка»', 'Олег Березин'],
    ['Ірина Коваль, з якою поспілкувалося Суспільне', 'Ірина Коваль'],
    ['Olena Koval, who commands a drone unit', 'Olena Koval'],
    ['Опрошенные «Медузой» эксперты', 'эксперты'],
    ['опитані Суспільним військові', 'військові'],
  ])('%s names %s', (phrase, name) => {
    expect(speakerOf(phrase)?.name).toBe(name)
  })

  it('experts and analysts in any language speak as independents; a Russian expert as Russia', () => {
    expect(speakerOf('эксперты')?.side).toBe('independent')
    expect(speakerOf('військові експерти')?.side).toBe('independent')
    expect(speakerOf('британской разведки')?.side).toBe('independent')
    expect(speakerOf('российские военные эксперты')?.side).toBe('RU')
  })

  it('"Опрошенные «Медузой» эксперты ожидают, что …" is the experts\' forecast', () => {
    const rows = claimsOf('Опрошенные «Медузой» эксперты ожидают, что осенью российские войска начнут штурм Дружковки.', 'ru', 'Медуза')
    expect(rows[0]).toMatchObject({ speaker: 'эксперты', side: 'independent' })
  })
})

describe('a title with the republic or territory it serves points back to the person', () => {
  it.each<[string[], string]>([
    [['глава ДНР Денис Пушилин', 'Глава республики'], 'Denis Pushilin'],
    [['голова ДНР Денис Пушилін', 'голова республіки'], 'Denis Pushilin'],
  ])('%j is %s', (phrases, name) => {
    expect(speakerOf(...phrases)?.name).toBe(name)
  })

  it('with nobody so titled before, the title names nobody known', () => {
    expect(speakerOf('Глава республики')?.name).not.toBe('Denis Pushilin')
  })
})

describe('an outlet that counted from DeepState\'s map speaks, DeepState is what it is based on', () => {
  it.each<[string, Lang, string | null, string]>([
    ['У липні російська армія окупувала 574 км² території, підрахували аналітики LB.ua на основі мапи DeepState.', 'uk', 'LB.ua', 'LB.ua'],
    ['За підрахунками «Текстів» на основі даних DeepState, у червні російська армія окупувала 518 км².', 'uk', 'Тексти', 'Texty.org.ua'],
    ['За полгода российская армия захватила около 2,2 тыс. кв. км, подсчитала «Вёрстка» по данным проекта DeepState.', 'ru', 'Вёрстка', 'Verstka'],
    ['В июле российские войска заняли около 570 кв. км, подсчитала «Медуза» по картам проекта DeepState.', 'ru', 'Медуза', 'Meduza'],
  ])('%s', (text, lang, outlet, speaker) => {
    expect(claimsOf(text, lang, outlet)[0]).toMatchObject({ speaker, basedOn: 'DeepState' })
  })

  it('DeepState alone ("за даними DeepState", "по данным DeepState") is still the speaker', () => {
    expect(claimsOf('За даними DeepState, росіяни просунулися біля Ямполя.', 'uk', 'Тексти')[0]).toMatchObject({ speaker: 'DeepState', side: 'UA' })
    expect(claimsOf('По данным DeepState, российские войска продвинулись у Ямполя.', 'ru', 'Вёрстка')[0]).toMatchObject({ speaker: 'DeepState', side: 'UA' })
  })

  it('English: "according to X calculations based on DeepState data" as before', () => {
    expect(claimsOf('Russian forces captured 574 square kilometres in July, according to Bloomberg calculations based on DeepState data.', 'en')[0]).toMatchObject({ speaker: 'Bloomberg', basedOn: 'DeepState' })
  })

  it('Ukrainian outlets speak for Ukraine, independent Russian ones as independents', () => {
    expect(claimsOf('Загалом від початку року загарбники захопили понад 2,7 тис. кв. км.', 'uk', 'LB.ua')[0]).toMatchObject({ speaker: 'LB.ua', side: 'UA' })
    expect(claimsOf('Від початку року Росія окупувала вже 2,1 тис. км².', 'uk', 'Тексти')[0]).toMatchObject({ speaker: 'Texty.org.ua', side: 'UA' })
    expect(claimsOf('Since January Russia has occupied 2,100 sq km.', 'en', 'LIGA.net')[0]).toMatchObject({ speaker: 'LIGA.net', side: 'UA' })
    expect(claimsOf('Больше всего территории российская армия заняла на константиновском направлении.', 'ru', 'Вёрстка')[0]).toMatchObject({ speaker: 'Verstka', side: 'independent' })
  })
})

describe('"X claims A, but B. Про це розповів Y.": what follows the "but" is Y\'s', () => {
  it.each<[string, Lang]>([
    ['Росіяни заявляють про захоплення Плещіївки, однак Сили оборони продовжують утримувати північну частину села. Про це в ефірі розповів речник угруповання Віктор Трегубов.', 'uk'],
    ['Россияне заявляют о захвате Плещеевки, однако Силы обороны продолжают удерживать северную часть села. Об этом рассказал спикер группировки Виктор Трегубов.', 'ru'],
  ])('%s', (text, lang) => {
    const rows = claimsOf(text, lang)
    expect(rows[0]).toMatchObject({ kind: 'capture', side: 'RU' })
    expect(rows[0]!.speaker).not.toBe('Viktor Trehubov')
    // the holding answers the capture claimed before it: that capture, denied (gold convention 19)
    expect(rows.at(-1)).toMatchObject({ kind: 'capture', actorSide: 'RU', speaker: 'Viktor Trehubov' })
  })

  it('without a "but", or without a later source, the sentence keeps its own speaker', () => {
    const one = claimsOf('Росіяни заявляють про захоплення Плещіївки та просування біля Ямполя. Про це розповів речник угруповання Віктор Трегубов.', 'uk')
    expect(one.every((r) => r.speaker !== 'Viktor Trehubov' || r.kind !== 'advance')).toBe(true)
    const two = claimsOf('Росіяни заявляють про захоплення Плещіївки, однак Сили оборони продовжують утримувати північну частину села.', 'uk')
    expect(two.at(-1)!.speaker).not.toBe('Viktor Trehubov')
  })
})

describe('a verb that describes before "according to someone" is no frame', () => {
  it.each<[string, Lang, string]>([
    ['Минобороны России оценивает успехи иначе: по словам начальника Генштаба Валерия Герасимова, с января российские войска освободили 118 населённых пунктов.', 'ru', 'Valery Gerasimov'],
    ['Міноборони РФ оцінює успіхи інакше: за словами начальника Генштабу Валерія Герасимова, з січня російські війська захопили 118 населених пунктів.', 'uk', 'Valery Gerasimov'],
  ])('%s', (text, lang, speaker) => {
    expect(claimsOf(text, lang)[0]).toMatchObject({ speaker })
  })

  it('"according to the ministry" or "за його словами" after the verb points back to the frame\'s own speaker', () => {
    expect(claimsOf('Минобороны РФ заявляет о гораздо больших успехах: по данным ведомства, с начала года освобождены 212 населённых пунктов.', 'ru', 'Важные истории')[0]).toMatchObject({ speaker: 'Russian Defense Ministry' })
    expect(claimsOf('Russia\'s Defense Ministry reported bigger gains: according to the ministry, its forces captured 212 settlements.', 'en')[0]).toMatchObject({ speaker: "Russia's Defense Ministry" })
  })

  it('an assessment told directly ("Генштаб ЗСУ оцінює втрати ворога у …") is the assessor\'s, and the losses are the enemy\'s', () => {
    expect(claimsOf('Генштаб ЗСУ оцінює втрати ворога за липень у 31 850 осіб.', 'uk', 'LB.ua')[0]).toMatchObject({ kind: 'casualties', speaker: 'General Staff of the Armed Forces of Ukraine', actorSide: 'UA' })
    expect(claimsOf('Минобороны России оценивает потери ВСУ за неделю в 1 500 человек.', 'ru', 'ТАСС')[0]).toMatchObject({ kind: 'casualties', speaker: 'Russian Defense Ministry', actorSide: 'RU' })
  })
})

describe('a headline that asks claims nothing; the report under it does', () => {
  it.each<[string, Lang]>([
    ['Червень-2026: скільки території втратила Україна\n\nУ червні російська армія окупувала 518 км².', 'uk'],
    ['Июнь-2026: сколько территории потеряла Украина\n\nВ июне российская армия заняла 518 кв. км.', 'ru'],
    ['How much territory Russia took in June\n\nRussian forces captured 518 sq km in June.', 'en'],
  ])('%s', (text, lang) => {
    const rows = claimsOf(text, lang)
    expect(rows).toHaveLength(1)
    expect(rows[0]!.kind).toBe('area-change')
  })

  it('a sentence that ends and tells a count is a claim ("скільки" inside a statement too)', () => {
    expect(claimsOf('Генштаб повідомив, скільки окупантів знищено: ворог втратив 1 100 осіб.', 'uk').length).toBeGreaterThan(0)
    expect(claimsOf('Russian forces captured 518 sq km in June.', 'en')).toHaveLength(1)
  })
})
