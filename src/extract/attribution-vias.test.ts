import { describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// Vias and outlet sides, round 13 (gold conventions 22 and 24): our own sentences for each class, with
// the case beside it that must stay as it was.

type Row = { kind: Claim['kind']; speaker: string | null; side: string; via: string | null; text: string }

function claimsOf(text: string, lang: Lang = 'en', outlet: string | null = 'Test Wire'): Row[] {
  const r = extractClaims({ id: 'doc-r13', text, lang, publishedAt: '2026-11-20', outlet })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, speaker: c.speaker.name, side: c.speaker.side, via: c.speaker.via, text: text.slice(c.span[0], c.span[1]) }))
}

describe('the via of an interview, broadcast or agency statement carries to its continuations (call 22)', () => {
  it('"He added" after "told the BBC"', () => {
    const rows = claimsOf('Colonel Ostap Hnatiuk told the BBC that Russian units had entered Sukha Balka. He added that two Russian tanks were destroyed near Orlivka.')
    expect(rows.at(-1)).toMatchObject({ speaker: 'Ostap Hnatiuk', via: 'BBC' })
  })
  it('"За його словами" after "в ефірі телемарафону"', () => {
    const rows = claimsOf('Ворог просунувся біля Зеленого Поля, розповів в ефірі телемарафону речник бригади Іван Ткачук. За його словами, під Веселим окупанти втратили три БМП.', 'uk', 'Вісник Полтави')
    expect(rows.length).toBeGreaterThan(1)
    expect(rows.at(-1)!.via).toBe(rows[0]!.via)
    expect(rows.at(-1)!.via).not.toBeNull()
  })
  it('"По его словам" after "сообщил ТАСС"', () => {
    const rows = claimsOf('Российские подразделения продвинулись у Торецка, сообщил ТАСС глава администрации Игорь Смирнов. По его словам, ВСУ потеряли у Щербиновки два танка.', 'ru', 'Южный вестник')
    expect(rows.at(-1)).toMatchObject({ via: 'TASS' })
  })
  it('the same speaker named again by surname in the next paragraph', () => {
    const rows = claimsOf('Russian troops shelled Lozova, Petro Marchenko told Reuters.\n\nMarchenko said two people were killed in Balakliia.')
    expect(rows.at(-1)).toMatchObject({ speaker: 'Petro Marchenko', via: 'Reuters' })
  })
  it('another speaker in between ends the statement', () => {
    const rows = claimsOf("Petro Marchenko told Reuters that Russian troops shelled Lozova. Russia's Defence Ministry said its forces had taken Kurylivka. Marchenko said two people were killed in Balakliia.")
    expect(rows.at(-1)).toMatchObject({ speaker: 'Petro Marchenko', via: null })
  })
  it('an own platform is not carried past another speaker either (convention 60)', () => {
    const rows = claimsOf("Petro Marchenko wrote on Telegram that Russian troops shelled Lozova. Russia's Defence Ministry said its forces had taken Kurylivka. Marchenko said two people were killed in Balakliia.")
    expect(rows.at(-1)).toMatchObject({ speaker: 'Petro Marchenko', via: null })
  })
  it("an own platform carries to the same speaker's next paragraph (conventions 16, 27)", () => {
    const rows = claimsOf('Petro Marchenko wrote on Telegram that Russian troops shelled Lozova overnight.\n\nMarchenko said two people were killed in Balakliia.')
    expect(rows.at(-1)).toMatchObject({ speaker: 'Petro Marchenko', via: 'Telegram' })
  })
})

describe('an interview printed as turns: the outlet asking is the answers\' via (call 22)', () => {
  const text = 'Maj. Ostap Hnatiuk commands a mortar battery near Orikhiv. Radio Liberty reached him by phone.\n\nRadio Liberty: What changed this week?\n\nHnatiuk: The Russians pushed into Mala Tokmachka on Tuesday.\n\nRadio Liberty: Are they still there?\n\nHnatiuk: Our drones burned two of their tanks near Robotyne yesterday.'
  it('an outlet label that asks gives its name to the answers', () => {
    const rows = claimsOf(text, 'en', 'Radio Liberty')
    expect(rows.length).toBeGreaterThan(1)
    for (const r of rows) expect(r).toMatchObject({ speaker: 'Hnatiuk', via: 'RFE/RL' })
  })
  it('a reporter label gives none', () => {
    const rows = claimsOf(text.replaceAll('Radio Liberty:', 'Reporter:'), 'en', 'Radio Liberty')
    for (const r of rows.filter((x) => x.speaker === 'Hnatiuk')) expect(r.via).toBeNull()
  })
})

describe('the statement ends at another voice, and its speaker named again continues it (call 22)', () => {
  it('a speaker named in full again, in another script, keeps the agency', () => {
    const rows = claimsOf('Российские подразделения продвинулись у Торецка. Об этом ТАСС сообщил глава ДНР Денис Пушилин.\n\nПо словам Пушилина, ВСУ потеряли у Щербиновки два танка.', 'ru', 'Южный вестник')
    expect(rows.at(-1)).toMatchObject({ via: 'TASS' })
  })
  it('a reply after the other side\'s claim carries no via, however often its speaker is resolved', () => {
    const rows = claimsOf("Major Taras Bilous said on national television that Russian infantry had been driven out of Sukha Balka. Russia's Defence Ministry said its troops had taken Orlivka. Bilous dismissed the ministry's claim as a fabrication, saying his men still hold Orlivka.")
    const reply = rows.find((r) => r.speaker === 'Taras Bilous' && /dismissed/.test(r.text))
    expect(reply?.via ?? null).toBeNull()
  })
})

describe('an outlet speaks for the country its newsroom works in (call 24)', () => {
  it.each([
    ['Odesa Journal', 'en', 'Russian drones struck the port of Izmail overnight.', 'UA'],
    ['Vchasno.ua', 'uk', 'Уночі російські дрони атакували порт Ізмаїла.', 'UA'],
    ['Pravda.ru', 'ru', 'Российские войска продвинулись у Торецка.', 'RU'],
    ['Коммерсантъ', 'ru', 'Российские войска продвинулись у Торецка.', 'RU'],
    ['The Moscow Times', 'en', 'Russian troops advanced near Toretsk last week.', 'independent'],
    ['Радио Свобода', 'ru', 'Российские войска продвинулись у Торецка.', 'independent'],
    ['The Evening Courier', 'en', 'Russian forces captured the village of Novoselivka last week.', 'independent'],
  ] as const)('%s', (outlet, lang, text, side) => {
    const rows = claimsOf(text, lang, outlet)
    expect(rows.length).toBeGreaterThan(0)
    expect(rows[0]!.side).toBe(side)
  })
})

describe('a comparison period\'s figure is a claim of its own, with that period (call 23)', () => {
  type T = { kind: Claim['kind']; actorSide: string | null; start: string | null; end: string | null; value: number | null; text: string }
  function timesOf(text: string, lang: Lang, publishedAt: string): T[] {
    const r = extractClaims({ id: 'doc-r13-cmp', text, lang, publishedAt, outlet: 'Test Desk' })
    return r.value.claims.map((c) => ({ kind: c.kind, actorSide: c.actorSide, start: c.time.start, end: c.time.end, value: c.quantity?.value ?? null, text: text.slice(c.span[0], c.span[1]) }))
  }
  it('a bare figure after "up from" takes the compared figure\'s unit and its own month', () => {
    const rows = timesOf('Russian forces seized 377 sq km in October, up from 301 in September.', 'en', '2026-11-04')
    expect(rows).toHaveLength(2)
    expect(rows[1]).toMatchObject({ kind: 'area-change', actorSide: 'RU', start: '2026-09-01', end: '2026-09-30' })
  })
  it('"up from … a year ago" is the share a year before', () => {
    const rows = timesOf('In the Luhansk region, Russia now holds about 99% of the territory, up from 97% a year ago.', 'en', '2026-05-19')
    expect(rows.at(-1)).toMatchObject({ kind: 'control', value: 97, start: '2025-05-19' })
  })
  it('ru "Годом ранее этот показатель составлял" is the same month a year before', () => {
    const rows = timesOf('За октябрь российские войска заняли 390 кв. км. Годом ранее этот показатель составлял 310 кв. км.', 'ru', '2026-11-04')
    expect(rows.at(-1)).toMatchObject({ kind: 'area-change', actorSide: 'RU', value: 310, start: '2025-10-01', end: '2025-10-31' })
  })
  it('uk "У серпні цей показник становив" is its own month', () => {
    const rows = timesOf('За вересень ворог окупував 377 км². У серпні цей показник становив 401 км².', 'uk', '2026-10-02')
    expect(rows.at(-1)).toMatchObject({ kind: 'area-change', actorSide: 'RU', value: 401, start: '2026-08-01', end: '2026-08-31' })
  })
  it('a figure that is not compared with ground stays no claim', () => {
    const rows = timesOf('Bread prices rose to 40 hryvnias, up from 35 in September.', 'en', '2026-11-04')
    expect(rows).toHaveLength(0)
  })
})
