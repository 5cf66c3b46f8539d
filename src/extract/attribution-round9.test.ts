import { describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../domain/index.js'
import { resolveSpeakerPhrase, SpeakerContext } from './attribution/index.js'
import { extractClaims } from './extract-claims.js'

// Attribution and actor side, round 9: our own sentences, each rule in the languages it is written
// for, with the everyday or opposite-side case beside it.

type Row = { kind: Claim['kind']; actorSide: Claim['actorSide']; speaker: string | null; side: string; via: string | null; modality: Claim['modality']; text: string }

function claimsOf(text: string, lang: Lang = 'en', outlet: string | null = 'Test Wire'): Row[] {
  const r = extractClaims({ id: 'doc-r9', text, lang, publishedAt: '2026-09-10', outlet })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, actorSide: c.actorSide, speaker: c.speaker.name, side: c.speaker.side, via: c.speaker.via, modality: c.modality, text: text.slice(c.span[0], c.span[1]) }))
}

function speakerOf(...phrases: string[]): string | null | undefined {
  const context = new SpeakerContext()
  let last: string | null | undefined
  for (const p of phrases) last = resolveSpeakerPhrase(p, context)?.speaker.name
  return last
}

describe("Russia's groups of forces by name are Russian, in Russian and Ukrainian", () => {
  it.each<[string, Lang]>([
    ['Штурмовые отряды группировки «Южная» установили контроль над Звановкой.', 'ru'],
    ['Подразделения группировки «Днепр» освободили населённый пункт Степовое.', 'ru'],
    ['Подразделения группировки войск «Северная» освободили Андреевку.', 'ru'],
    ['Підрозділи угруповання «Захід» захопили Піщане.', 'uk'],
    ['Підрозділи угруповання військ «Север» захопили Андріївку.', 'uk'],
  ])('%s', (text, lang) => {
    expect(claimsOf(text, lang, null)[0]).toMatchObject({ actorSide: 'RU' })
  })

  it("leaves Ukraine's own groupings and a plain adjective alone", () => {
    expect(claimsOf('Воїни Східного угруповання військ звільнили Піщане.', 'uk', null)[0]?.actorSide).not.toBe('RU')
  })
})

describe('"ours" as the subject is the speaker\'s side', () => {
  it('a Russian channel: "Наши закрепились" is Russian; "наши данные" is no side', () => {
    expect(claimsOf('Наши закрепились в районе депо и элеватора.', 'ru', 'Два майора')[0]).toMatchObject({ actorSide: 'RU' })
    expect(claimsOf('Наши данные показывают, что ВСУ отошли от Купянска.', 'ru', 'Два майора')[0]).toMatchObject({ actorSide: 'UA' })
  })
  it('a Ukrainian brigade: "Наші зайшли в село" is Ukrainian', () => {
    expect(claimsOf('Наші зайшли в Дробишеве.', 'uk', '66 ОМБр')[0]).toMatchObject({ actorSide: 'UA', side: 'UA' })
  })
})

describe('the army of the RF as a victim of losses', () => {
  it('"потери армии РФ" are losses Ukraine inflicted', () => {
    expect(claimsOf('Подтверждённые потери армии РФ превысили 148 тысяч человек.', 'ru', null)[0]).toMatchObject({ kind: 'casualties', actorSide: 'UA' })
  })
})

describe('a weapon named with its owner before the verb', () => {
  it.each<[string, Lang, 'RU' | 'UA']>([
    ['Беспилотник ВСУ атаковал предприятие в Глушкове.', 'ru', 'UA'],
    ['Дрони ЗСУ атакували НПЗ у Брянській області.', 'uk', 'UA'],
    ['Російські дрони атакували позиції ЗСУ біля Куп’янська.', 'uk', 'RU'],
  ])('%s', (text, lang, side) => {
    expect(claimsOf(text, lang, null)[0]).toMatchObject({ kind: 'strike', actorSide: side })
  })
})

describe('"its"/"their" forces point back to the side named before them', () => {
  it("Kyiv rejecting Moscow's claim that its soldiers took a town: the soldiers are Russian", () => {
    const rows = claimsOf("Ukraine's General Staff rejected Moscow's assertion that its soldiers had seized Kupiansk-Vuzlovyi.")
    expect(rows[0]).toMatchObject({ kind: 'capture', actorSide: 'RU' })
  })
  it('with no side named before, "its forces" are the speaker\'s', () => {
    expect(claimsOf("Ukraine's General Staff said its forces had retaken Kindrashivka.")[0]).toMatchObject({ actorSide: 'UA' })
  })
})

describe('a soldier or commander speaking of his own unit', () => {
  it('"his battalion" of a Ukrainian commander is Ukrainian, "his men" of a Russian one Russian', () => {
    expect(claimsOf('A Ukrainian drone unit commander said his battalion had abandoned two dugouts near Predtechyne.')[0]).toMatchObject({ kind: 'withdrawal', actorSide: 'UA' })
    expect(claimsOf('A Russian battalion commander said his men had entered Pleshchiivka.')[0]).toMatchObject({ actorSide: 'RU' })
  })
})

describe('Ukrainian and Russian pronouns point back to the last actor', () => {
  it('"Вони зайшли" after the enemy\'s attack is the enemy\'s', () => {
    const rows = claimsOf('У вихідні ворог кинув на штурм позицій біля Малої Токмачки 20 одиниць бронетехніки. «Вони зайшли в Степногірськ ще навесні», — зазначив речник Сил оборони півдня Владислав Волошин.', 'uk', null)
    expect(rows.find((r) => r.text.includes('Вони зайшли'))).toMatchObject({ actorSide: 'RU' })
  })
})

describe('speaker phrases: settings, venues, what the speaker was doing', () => {
  it.each<[string, string]>([
    ["Russia's Defence Ministry, in its daily briefing", 'Russian Defense Ministry'],
    ['Минобороны РФ в своих летних сводках', 'Russian Defense Ministry'],
    ['Farther west, the Southern Defense Forces', 'Southern Defense Forces'],
    ['Водночас у Донецькій ОВА', 'Донецькій ОВА'],
    ['Andrii, a 41-year-old sergeant in a Ukrainian assault brigade, pointing at a map on his phone', 'Andrii'],
  ])('%s', (phrase, name) => {
    expect(speakerOf(phrase)).toBe(name)
  })

  it('a clause closed by "he said" has the pronoun as its speaker', () => {
    expect(speakerOf('regional governor Vadym Filashkin', 'About 9,800 civilians remain in Druzhkivka, he')).toBe('Vadym Filashkin')
  })
})

describe('a frame set between commas after the subject', () => {
  it('"Russian troops, he said, had crept …": the subject is content and the pronoun the speaker', () => {
    const rows = claimsOf('"They are 6 kilometers from us," said Andrii, a sergeant in a Ukrainian assault brigade. Russian troops, he said, had twice tried to storm the outskirts of Bilozerske.')
    expect(rows.at(-1)).toMatchObject({ kind: 'assault', actorSide: 'RU', speaker: 'Andrii' })
  })
  it('a clause with its own event before "he said" stays that speaker\'s claim', () => {
    const rows = claimsOf('"They go around the villages," said Serhii, a platoon commander. His men pulled out of Shakhove on 26 June, he said.')
    expect(rows.find((r) => r.kind === 'withdrawal')).toMatchObject({ speaker: 'Serhii' })
  })
})

describe('a trailing frame before the writer\'s apposition about the news', () => {
  it('"…, a Ukrainian drone unit commander said on Tuesday, the first time …"', () => {
    const rows = claimsOf("Russian infantry has worked its way into the southern quarter of Druzhkivka, a Ukrainian drone unit commander said on Tuesday, the first time Moscow's troops have been seen inside the town since their summer offensive began.")
    expect(rows[0]).toMatchObject({ speaker: 'Ukrainian drone unit commander', side: 'UA' })
  })
})

describe('via: an interview named between the speaker and the verb, and the outlet named back', () => {
  it('"в коментарі «Українській правді» сказав"', () => {
    const rows = claimsOf('Росіяни просунулися на Оріхівському напрямку на 3 кілометри. Про це в коментарі «Українській правді» сказав речник Сил оборони півдня Владислав Волошин.', 'uk', 'Українська правда')
    expect(rows[0]).toMatchObject({ speaker: 'Vladyslav Voloshyn', via: 'Ukrainska Pravda' })
  })
  it('"в беседе с агентством рассказал": the report\'s own outlet', () => {
    const rows = claimsOf('Военный эксперт Андрей Марочко в беседе с агентством рассказал, что украинские подразделения были вынуждены покинуть позиции под Северском.', 'ru', 'ТАСС')
    expect(rows[0]).toMatchObject({ kind: 'withdrawal', via: 'TASS' })
  })
  it('"сообщил телеканалу «Звезда»" names Zvezda, not the report\'s outlet', () => {
    const rows = claimsOf('Командир батальона сообщил телеканалу «Звезда», что ВСУ отошли от Купянска.', 'ru', 'ТАСС')
    expect(rows[0]?.via).not.toBe('TASS')
  })
})

describe('a bare reply that denies what was just said', () => {
  it.each<[string, Lang]>([
    ['30 августа представитель Генштаба ВСУ заявил, что украинские подразделения удерживают позиции под Суджей. Российские власти это отрицают.', 'ru'],
    ['Генштаб ЗСУ заявив, що українські підрозділи утримують позиції під Суджею. Російська влада це заперечує.', 'uk'],
  ])('%s', (text, lang) => {
    const rows = claimsOf(text, lang, null)
    expect(rows).toHaveLength(2)
    expect(rows[1]).toMatchObject({ kind: rows[0]!.kind, actorSide: rows[0]!.actorSide, modality: 'denied', side: 'RU' })
  })
  it('a sentence that denies something of its own is no reply', () => {
    const rows = claimsOf('Российские власти отрицают удары по жилым домам в Херсоне.', 'ru', null)
    expect(rows.every((r) => r.modality !== 'denied' || r.speaker !== null)).toBe(true)
  })
})

describe('first person, verbal nouns and targets in Ukrainian and Russian', () => {
  it('"ми знищили" in a Ukrainian spokesman\'s quote is Ukrainian', () => {
    const rows = claimsOf('«Минулої п\'ятниці ми знищили дві БМП і танк на підступах до села», — сказав речник 24-ї окремої механізованої бригади Іван Гуменюк.', 'uk', 'Суспільне')
    expect(rows[0]).toMatchObject({ kind: 'casualties', actorSide: 'UA' })
  })
  it('"просування ЗСУ" is a Ukrainian advance, whoever is named before it', () => {
    expect(claimsOf('Водночас фіксуємо просування ЗСУ неподалік Шахового.', 'uk', 'DeepState')[0]).toMatchObject({ kind: 'advance', actorSide: 'UA' })
  })
  it('"окружение группировки ВСУ" is still Russia\'s encirclement of it', () => {
    const rows = claimsOf('Российские подразделения завершают окружение группировки ВСУ в Купянске.', 'ru', null)
    expect(rows.find((r) => r.kind === 'encirclement')).toMatchObject({ actorSide: 'RU' })
  })
  it('a side named as the target ("по позиціях наших військ") is not the subject', () => {
    const rows = claimsOf('Російські загарбники випустили по позиціях наших військ 4 ракети, здійснили 63 авіаудари.', 'uk', 'Генштаб ЗСУ')
    expect(rows[0]).toMatchObject({ kind: 'strike', actorSide: 'RU' })
  })
})
