import { describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// Precision classes of round 12, in sentences of our own (in no gold file): a clause set against the
// claim's by "while" with the other side as subject, a siege word that points back at a pocket already
// told, an event of an earlier year told as a place's history, a link's text cut out of its sentence.

type Row = { text: string; kind: Claim['kind']; side: Claim['actorSide']; start: string | null }

function claimsOf(text: string, lang: Lang = 'en'): Row[] {
  const r = extractClaims({ id: 'doc-r12p', text, lang, publishedAt: '2026-11-20', outlet: 'Test Wire' })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ text: text.slice(c.span[0], c.span[1]), kind: c.kind, side: c.actorSide, start: c.time.start }))
}

describe('a "while" clause about the other side lends the claim neither its subject nor its places', () => {
  it.each<[string, Lang, Claim['kind'], Claim['actorSide']]>([
    // (Each names a place: the same line about the front at large, with no place, is no claim since round 18.)
    ['The enemy keeps shelling and attempts to advance near Toretsk, while the defense forces concentrate on holding and repelling attacks.', 'en', 'assault', 'RU'],
    ['The enemy attempts to advance toward Kostiantynivka, whereas Ukrainian units focus on training.', 'en', 'assault', 'RU'],
    ['Ворог намагається просунутися біля Торецька, тоді як Сили оборони зосереджені на утриманні рубежів.', 'uk', 'assault', 'RU'],
  ])('%s', (text, lang, kind, side) => {
    const claim = claimsOf(text, lang).find((c) => c.kind === kind)
    expect(claim?.side).toBe(side)
    expect(claim?.text).not.toMatch(/while|whereas|тоді як/)
  })
})

describe('a siege word qualifying its noun after the encirclement was told repeats it', () => {
  it('"the besieged occupiers", "Trapped occupiers": one encirclement', () => {
    const claims = claimsOf('Weeks after Ukrainian troops encircled a Russian group in Kurylivka, the besieged occupiers are running out of food. Trapped occupiers are hiding in two farm buildings, the brigade said.')
    expect(claims.filter((c) => c.kind === 'encirclement')).toHaveLength(1)
  })
  it('"окружённые военные" after an encirclement', () => {
    const claims = claimsOf('ВСУ окружили российскую группу в Купянске-Узловом. Окружённые военные прячутся в подвалах.', 'ru')
    expect(claims.filter((c) => c.kind === 'encirclement')).toHaveLength(1)
  })
  it('a siege verb with its own object stays a claim', () => {
    const claims = claimsOf('Russian troops besieged Kurylivka. A week later they encircled Pishchane as well.')
    expect(claims.filter((c) => c.kind === 'encirclement')).toHaveLength(2)
  })
})

describe('an event of an earlier year told as a place\'s history is background', () => {
  it('"X, which Ukraine liberated in 2022, …" is no claim', () => {
    expect(claimsOf('Izium, which Ukrainian troops liberated in September 2022, lies 40 km from the front.')).toEqual([])
  })
  it('a participial aside dates nothing: the sentence\'s own claim keeps the publication date', () => {
    const claims = claimsOf('Balakliia, retaken by Ukraine in 2022, came under Russian drone attack, the mayor said.')
    expect(claims.map((c) => c.kind)).not.toContain('capture')
    expect(claims.every((c) => c.start === '2026-11-20')).toBe(true)
  })
  it('"Лиман, звільнений у 2022 році, …"', () => {
    expect(claimsOf('Лиман, звільнений ЗСУ у жовтні 2022 року, знову обстрілюють російські дрони.', 'uk').map((c) => c.kind)).toEqual(['strike'])
  })
  it('the same event in its own clause is a claim dated to its year', () => {
    const claims = claimsOf('Ukrainian troops liberated Izium in September 2022.')
    expect(claims).toMatchObject([{ kind: 'capture', side: 'UA', start: '2022-09-01' }])
  })
})

describe('a scraped link text alone on its line', () => {
  it('a lowercase event word that fills the last line of a sentence is no claim', () => {
    const page = 'Before the war, Izium was a quiet town of about\n45,000 people\nliberated\nWhat came next was\na long series of Russian attempts to retake the town'
    expect(claimsOf(page).map((c) => c.kind)).not.toContain('capture')
    // The same word with its sentence around it is a claim.
    expect(claimsOf('Ukrainian troops\nliberated Izium in September 2022.').map((c) => c.kind)).toEqual(['capture'])
  })
})

describe('one verdict rule: a remark that only rejects answers a claim told just before it', () => {
  const denied = (text: string, lang: Lang = 'en'): string[] => {
    const r = extractClaims({ id: 'doc-r12v', text, lang, publishedAt: '2026-11-20', outlet: 'Test Wire' })
    return r.value.claims.filter((c) => c.modality === 'denied' || c.modality === 'premature').map((c) => text.slice(c.span[0], c.span[1]))
  }
  it.each<[string, Lang, string]>([
    ['Pro-Russian channels said on Sunday that Moscow\'s troops had entered Kurylivka. That is a tall tale for their own audience, the battalion commander said.', 'en', 'none'],
    ['Pro-Russian channels said on Sunday that Moscow\'s troops had entered Kurylivka. "These reports are pure fiction," the battalion commander said.', 'en', 'These reports are pure fiction'],
    ['Російські канали заявили про захоплення Піщаного. Це вигадка, наголосив речник угруповання.', 'uk', 'Це вигадка'],
    ['Военкоры сообщили о взятии Новоегоровки. Это неправда — село держат ВСУ.', 'ru', 'Это неправда'],
  ])('%s', (text, lang, expected) => {
    expect(denied(text, lang)).toEqual(expected === 'none' ? [] : [expected])
  })
  it.each<[string, Lang]>([
    // The verdict judges something other than the claim: it does not close its clause.
    ['Pro-Russian channels said Moscow\'s troops had entered Kurylivka. That is not true of every platoon there, the analyst said.', 'en'],
    ['Военкоры сообщили о взятии Новоегоровки. Это не так очевидно, как кажется.', 'ru'],
    // No claim to answer: nothing before it, or only an older one.
    ['This is pure fiction, the director said of the new war film.', 'en'],
    ['Russian troops captured Pishchane on Monday, the ministry said. The weather was cold. Trains ran late. Schools stayed open. That is not true, the mayor said.', 'en'],
  ])('no rebuttal: %s', (text, lang) => {
    expect(denied(text, lang)).toEqual([])
  })
})

describe('spurious classes of the open splits, in our own phrasings', () => {
  const kinds = (text: string, lang: Lang = 'en'): string[] => claimsOf(text, lang).map((c) => c.kind)
  it('a failing attack\'s retreat joined to the attempt is the attempt (convention 13)', () => {
    expect(kinds('Border guards said Russian raiders had tried to cross the frontier near Pokrovka before dawn and fell back under machine-gun fire.')).toEqual(['assault'])
    expect(kinds('Ворожа піхота намагалася зайти в Торське, але відійшла під вогнем наших дронів.', 'uk')).toEqual(['assault'])
    // A retreat of the other side, with its own subject, stays a claim.
    expect(kinds('Russian troops tried to storm Torske, and Ukrainian units withdrew from two positions nearby.')).toContain('withdrawal')
  })
  it('gains of settlements in general are a habit described, not an event', () => {
    expect(kinds('The ministry keeps announcing the capture of villages its troops never entered.')).toEqual([])
    // "села" is also one village's genitive: "закріпилися на околиці села" is ground gained.
    expect(kinds('За тиждень окупанти закріпилися на північній околиці села.', 'uk')).toEqual(['advance'])
    expect(kinds('Russian troops captured 14 villages in October.')).toEqual(['capture'])
    expect(kinds('Russian troops seized villages near Kupiansk.')).toEqual(['capture'])
  })
  it('what neither side managed is no claim', () => {
    expect(kinds('Кліщіївка — сіра зона, закріпитися в селі поки не вдалося жодній зі сторін.', 'uk')).toEqual(['control'])
    expect(kinds('Neither side has managed to take the hilltop near Kurdiumivka.')).toEqual([])
  })
})

describe('titles that restate the body (convention 14)', () => {
  it('a topic title with a full stop: "Про «звільнення» Торського."', () => {
    const text = 'Про «звільнення» Торського.\n\nМіноборони РФ учора записало Торське у «звільнені». Це брехня: село тримають наші бійці.'
    const claims = claimsOf(text, 'uk')
    expect(claims.every((c) => !c.text.startsWith('Про'))).toBe(true)
  })
  it('a headline that asks where: "Where Russia really advanced in October: an analysis"', () => {
    const text = 'Where Russia really advanced in October: an analysis\n\nRussian forces gained about 310 sq km in October, DeepState data show.'
    expect(claimsOf(text).map((c) => c.kind)).toEqual(['area-change'])
  })
})
