import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'
import { readsAsMonitorCaption } from './monitor-caption-shape.js'

// Round 22: a monitor's caption handed to the extractor with no outlet (plain text, a record with text and
// date only) is read as the monitor's feed would be when its shape is a caption's: short, no dateline,
// byline, link or quotation, no finite clause (monitor-caption-shape.ts). Sentences of our own, in no gold file.
function claims(text: string, outlet: string | null = null): { kind: string; side: string | null; speaker: string | null }[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2022-05-10', outlet })
  return value.claims.map((c) => ({ kind: c.kind, side: c.actorSide, speaker: c.speaker.name }))
}

describe('the shape of a caption', () => {
  it.each([
    'Damage to a kindergarten',
    'Destroyed footbridge over the canal',
    'Ruined shopping centre seen from a drone',
    'Heavily damaged dormitory of the agrarian college',
    'Image 2: crater in the yard of a clinic',
    'Video 1: aftermath of strike near the bus depot',
    'Burnt-out Russian BMP-2 next to a petrol station',
    'Russian tank destroyed near the water tower',
    'Library #12 damaged',
    'Footage shows destroyed Ukrainian howitzer in a field',
    'Aftermath of shelling in the old town. Windows blown out in several houses',
    'Strike on the rail depot\n\nSmoke rising over the sidings',
  ])('%s reads as a caption', (text) => {
    expect(readsAsMonitorCaption(text)).toBe(true)
  })

  it.each([
    // finite clauses: a subject and its verb, auxiliaries, saying
    'Russian troops shelled Kostiantynivka overnight',
    'The army destroyed more than 40 armoured vehicles in a week',
    'Border guards repelled three attacks and killed 12 invaders',
    'Missile hits apartment block in the city centre',
    'Artillery strikes the outskirts of the town',
    'A warehouse was destroyed in the attack',
    'Two civilians have been wounded in the shelling',
    'Elderly man died after a mine blast in the forest',
    'Death toll from the strike rises to 11',
    'Damage to the port is extensive, the governor said',
    'Damage to the substation, according to the regional administration',
    // the marks of wire copy, articles and posts
    'Two killed in shelling of Kherson suburb - officials',
    'KYIV, March 3 (Reuters) - Damage to a power plant',
    'By Anna Petrenko\nDestroyed bridge in the south',
    'Destroyed tank near the village #UkraineWar https://example.org/post/1',
    'Damaged church, "a miracle nobody was inside"',
    'First line\nSecond line\nThird line of a post',
    'Destroyed bridge. '.repeat(30),
  ])('%s does not', (text) => {
    expect(readsAsMonitorCaption(text)).toBe(false)
  })
})

describe('a caption with no outlet gets the caption frames', () => {
  it.each([
    ['Damage to a block of flats', [{ kind: 'strike', side: null, speaker: null }]],
    ['Destroyed bridge over the canal', [{ kind: 'strike', side: null, speaker: null }]],
    ['Aftermath of strike near the grain elevator', [{ kind: 'strike', side: null, speaker: null }]],
    ['Music school #3 damaged', [{ kind: 'strike', side: null, speaker: null }]],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected)
    // the same claims as in the monitor's feed, but no speaker: the text names none, and no outlet says whose feed it is
    expect(claims(text, 'CIR').map((c) => ({ ...c, speaker: null }))).toEqual(expected)
  })

  it("a unit's own footage keeps the unit as its speaker", () => {
    const got = claims('93rd Brigade showing a destroyed Russian tank near a farm')
    expect(got.length).toBeGreaterThan(0)
    expect(got.every((c) => c.speaker !== null && /93rd/.test(c.speaker))).toBe(true)
  })

  it.each([
    // finite clauses of everyday news keep the usual reading: nothing of war in them, no claim
    'A storm damaged the roof of the school',
    'Firefighters said the damage to the warehouse came from a gas leak',
    'Residents inspected the damage to their flats after the flood.',
  ])('%s tells no event', (text) => {
    expect(claims(text)).toEqual([])
  })

  it('an outlet that is no monitor keeps the usual reading of a verbless line', () => {
    expect(claims('Damage to a block of flats', 'Some wire')).toEqual([])
  })
})

describe('a participle of saying before its noun', () => {
  it('counts a toll, not a statement', () => {
    expect(readsAsMonitorCaption('Crater beside a pharmacy, 2 reported injuries')).toBe(true)
    expect(readsAsMonitorCaption('Crater beside a pharmacy, injuries reported by police')).toBe(false)
  })
})

describe('agency headlines by their source marks and finite clauses', () => {
  it.each([
    'Up to 40 armoured vehicles destroyed in the Lyman direction - Russian Defense Ministry',
    'TASS: losses of the enemy in the southern direction over 90 per day',
    'Gunners destroyed equipment and a mortar crew near the river',
    'The enemy fired at the outskirts from multiple rocket launchers',
    'The army completely liberated the village in the north',
    'What happened at the depot? A fire points to sabotage',
    'UPDATE 3-Heavy fighting near the airport, two soldiers killed',
    'Two soldiers wounded amid shelling near the village - JFO',
    'Three civilians killed in shelling: regional prosecutors',
    'Fighting breaks out near the port as talks stall',
  ])('%s is no caption', (text) => {
    expect(readsAsMonitorCaption(text)).toBe(false)
  })

  it.each(['Widescale damaged car at the entrance to the town', '2 deceased civilians by the fence', 'Destroyed self-propelled guns in a field'])('%s still reads as a caption', (text) => {
    expect(readsAsMonitorCaption(text)).toBe(true)
  })
})
