import { describe, expect, it } from 'vitest'
import type { Claim } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// Round 14 (helper 103): English events told by their result or by idiom, in every genre (wire
// copy, feature, analysis, live blog, an official statement in translation). Four classes: strikes
// told by what they did to a target; deaths and injuries told without "killed" or "wounded";
// evacuations told as departures or placement; air-defence totals. Our own sentences, in no gold
// file; the everyday sentences at the end must stay no claim of the kind named.

type Row = { kind: Claim['kind']; side: Claim['actorSide']; modality: Claim['modality']; text: string }

function claimsOf(text: string): Row[] {
  const r = extractClaims({ id: 'doc-en-h103', text, lang: 'en', publishedAt: '2026-11-20', outlet: 'Test Wire' })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, side: c.actorSide, modality: c.modality, text: text.slice(c.span[0], c.span[1]) }))
}

function expectKind(text: string, kind: Claim['kind'], side?: Claim['actorSide']): void {
  const rows = claimsOf(text).filter((c) => c.kind === kind)
  expect(rows.length, JSON.stringify(claimsOf(text))).toBeGreaterThan(0)
  if (side !== undefined) expect(rows.map((r) => r.side)).toContain(side)
}

describe('strikes told by what they did to a target', () => {
  it.each<[string]>([
    // a weapon or an attacker, then a result: rubble, darkness, no heating, still burning
    ['A glide bomb reduced the cultural centre in Kostiantynivka to rubble.'],
    ['Overnight a missile turned the shopping arcade in Dnipro into a heap of ruins, the mayor said.'],
    ['The drones left 12,000 households in Kharkiv without heating on the coldest night of the month.'],
    ['Russia’s attack left Chernihiv without electricity for most of Tuesday, the regional head said.'],
    ['Long-range drones left the fuel depot near Bryansk, close to the border, burning for a second day.'],
    ['Moscow’s overnight barrage plunged half of Kharkiv into darkness.'],
    ['Russian artillery flattened what was left of the market in Vovchansk.'],
    ['The explosion tore the front wall from a five-storey block in Odesa.'],
    // a force as the subject of putting infrastructure out of action
    ['The Russians knocked out the last working substation in Kupiansk on Tuesday, local officials said.'],
    ['Russian troops took out two transformers near Nikopol, the energy company said.'],
    // results told in the passive or as a state, with the attack in the sentence
    ['A school in Sloviansk was left in ruins after the overnight attack.'],
    ['By morning the clinic in Orikhiv lay in ruins after hours of shelling.'],
    ['A power plant in Kharkiv region was badly damaged in the Russian attack.'],
    // an attack told as going after a target
    ['Kyiv’s drone crews went after a fuel truck near Horlivka on Monday, the Russian-installed mayor said.'],
  ])('%s', (text) => expectKind(text, 'strike'))

  it('a second munition told by "another" is a strike of its own', () => {
    const text = 'Two glide bombs fell on Kramatorsk on Monday: the first brought down the cinema on Mira Street, and a second tore a crater beside the tram depot.'
    expect(claimsOf(text).filter((c) => c.kind === 'strike').length).toBe(2)
  })

  it('the toll after the result stays its own claim', () => {
    const rows = claimsOf('Ukrainian drones pounded Belgorod overnight, leaving three dead and setting a warehouse ablaze, the governor said.')
    expect(rows.map((r) => r.kind)).toContain('casualties')
  })
})

describe('deaths and injuries told without "killed" or "wounded"', () => {
  it.each<[string]>([
    ['Two people perished when the glide bomb struck a house in Kostiantynivka.'],
    ['The drone strike on Kryvyi Rih took the lives of four children, the city council said.'],
    ['Russian shelling of Nikopol has claimed the lives of two residents since Friday.'],
    ['Missile strike on Ternopil: the toll from the attack on the housing block rose to 31 on Thursday.'],
    ['A Russian missile hit the square in Sloviansk, and eleven civilians were caught in the blast.'],
    ['Three people needed treatment for cuts from broken glass after the missile strike on Odesa.'],
    ['A missile struck Poltava overnight; four people sought medical help, the regional administration said.'],
    ['The glide bomb attack on Kupiansk left a 72-year-old woman with burns.'],
    ['A Russian drone hit a car in Beryslav; the driver is in a serious condition.'],
    ['A glide bomb hit a block of flats in Dnipro. Rescuers recovered the bodies of three residents from the ruins.'],
    ['Drones struck Kharkiv overnight. The body of a man was recovered from the debris on Monday, the emergency service said.'],
    ['Medics were treating seven people after the glide bomb attack on Kramatorsk.'],
    ['A 64-year-old man died in hospital after the shelling of Kherson.'],
  ])('%s', (text) => expectKind(text, 'casualties'))

  it('a toll in a clause after the event is a claim of its own', () => {
    const kinds = claimsOf('In Kursk region, Ukrainian drone crews went after a minibus near Rylsk and injured three people, the governor said.').map((r) => r.kind)
    expect(kinds).toContain('strike')
    expect(kinds).toContain('casualties')
  })

  it('the lives taken are the attacker’s doing', () => {
    expectKind('Since the start of the month, Russian shelling has taken the lives of nine people in Beryslav, the mayor said.', 'casualties', 'RU')
  })

  it('a survivor pulled out alive is no toll of its own (as the gold files write it)', () => {
    const rows = claimsOf('A missile hit a block of flats in Odesa. Firefighters freed two neighbours from under the collapsed stairwell alive.')
    expect(rows.filter((r) => r.kind === 'casualties')).toEqual([])
  })
})

describe('evacuations told as departures or placement', () => {
  it.each<[string]>([
    ['The governor ordered parents with young kids out of Borova and four nearby villages.'],
    ['Relocation of residents from the Nikopol district continues, officials said.'],
    ['Police escorted 17 elderly residents out of Kupiansk-Vuzlovyi under drone fire.'],
    ['Kharkiv officials said 2,100 people from Vovchansk had been placed in temporary shelters.'],
    ['About 450 residents have already gone since the shelling intensified, the mayor of Orikhiv said.'],
    ['The military administration plans to resettle all the remaining households with minors from the riverside villages before the frosts.'],
    ['Another 230 residents left the Kupiansk district over the weekend, the regional administration said.'],
  ])('%s', (text) => expectKind(text, 'evacuation'))

  it('an evacuation has no actor', () => {
    const rows = claimsOf('Russian shelling of Kupiansk went on all week. Another 86 residents left the town on Monday, the regional administration said.').filter((r) => r.kind === 'evacuation')
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.map((r) => r.side)).toEqual(rows.map(() => null))
  })
})

describe('air-defence totals', () => {
  it.each<[string]>([
    ['Russia launched 140 drones overnight. Ukrainian air defence destroyed 118 of the 140 attack drones, the Air Force said.'],
    ['Ukraine’s Air Force said it neutralised 74 drones and three missiles overnight.'],
    ['Ukrainian air defences knocked out 47 of the 60 attack drones over the southern regions.'],
    ['Ukraine’s Air Force said Russia attacked with 90 drones overnight. Hits were recorded at 11 locations.'],
    ['Ukraine’s Air Force said Russia attacked with 90 drones overnight. Another 20 were lost to electronic warfare.'],
    ['Ukraine’s air command reported that it downed 53 of the 70 Shaheds launched overnight.'],
  ])('%s', (text) => {
    const last = text.split('. ').at(-1)!
    const rows = claimsOf(text).filter((c) => c.kind === 'strike' && last.includes(c.text.slice(0, 20)))
    expect(rows.length, JSON.stringify(claimsOf(text))).toBeGreaterThan(0)
    expect(rows[0]!.side).toBe('RU')
  })
})

describe('everyday text stays no claim', () => {
  it.each<[string, Claim['kind']]>([
    ['The shop brought down prices for the holidays.', 'strike'],
    ['He did not survive the election.', 'casualties'],
    ['The storm knocked out power to 20,000 homes in Lviv.', 'strike'],
    ['The heatwave left the city without water for two days.', 'strike'],
    ['The old cinema was reduced to rubble by the developers in 2019.', 'strike'],
    ['The restaurant was left in ruins after the fire.', 'strike'],
    ['The power cut left the street without lights for an hour.', 'strike'],
    ['Her grandfather died in hospital last year.', 'casualties'],
    ['The patient was hospitalised with pneumonia.', 'casualties'],
    ['Three hikers perished in the avalanche.', 'casualties'],
    ['The body of a swimmer was recovered from the river in Kyiv.', 'casualties'],
    ['The toll of the flu season rose to 31.', 'casualties'],
    ['Four fans needed treatment after the concert in Kyiv.', 'casualties'],
    ['Another 230 guests left the hotel after the concert.', 'evacuation'],
    ['The family left Lviv for the seaside on Saturday.', 'evacuation'],
    ['The company made remote work compulsory for all staff.', 'evacuation'],
    ['The reporter went after the story for months in Kyiv.', 'strike'],
  ])('no %s claim: %s', (text, kind) => {
    expect(claimsOf(text).filter((c) => c.kind === kind)).toEqual([])
  })
})
