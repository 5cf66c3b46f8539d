import { describe, expect, it } from 'vitest'
import { fingerprint, fingerprintBands, fingerprintSimilarity, NEAR_DUPLICATE_SIMILARITY } from './fingerprint.js'

const story =
  'Russian forces advanced near Siversk on Friday and captured two villages to the west, the Russian Defence Ministry said. ' +
  'Ukraine’s General Staff said its troops repelled 14 assaults in the area and that fighting continued on the outskirts of the town, ' +
  'where both sides have concentrated artillery and drones for weeks. Local officials ordered the evacuation of families with children.'
// Two daily reports in the same template: related, not duplicates.
const report1 =
  'The enemy attacked 57 times over the past day. On the Pokrovsk direction, the enemy attempted to advance 15 times in the areas of Dorozhne, Bilytske, Rodynske, Shevchenko and Udachne. ' +
  'On the Huliaipole direction there were 20 attacks near Zaliznychne and Varvarivka. Fighting continues on the Kupiansk, Lyman and Kostiantynivka directions.'
const report2 =
  'The enemy attacked 64 times over the past day. On the Pokrovsk direction, the enemy attempted to advance 21 times in the areas of Myrnohrad, Rodynske, Shakhove and Novopavlivka. ' +
  'On the Huliaipole direction there were 12 attacks near Dobropillia and Uspenivka. Fighting continues on the Kupiansk, Siversk and Kramatorsk directions.'

describe('fingerprint', () => {
  it('finds a lightly edited copy similar and a same-template report of another day not', () => {
    const edited = story.replace('on Friday', 'on Friday morning').replace('14 assaults', '15 assaults')
    expect(fingerprintSimilarity(fingerprint(story)!, fingerprint(edited)!)).toBeGreaterThanOrEqual(NEAR_DUPLICATE_SIMILARITY)
    expect(fingerprintSimilarity(fingerprint(report1)!, fingerprint(report2)!)).toBeLessThan(0.4)
  })

  it('gives near-duplicates a shared band key', () => {
    const edited = story.replace('on Friday', 'on Friday morning')
    const a = new Set(fingerprintBands(fingerprint(story)!))
    expect(fingerprintBands(fingerprint(edited)!).some((k) => a.has(k))).toBe(true)
  })

  it('is deterministic and gives no fingerprint to very short texts', () => {
    expect(fingerprint(story)).toBe(fingerprint(story))
    expect(fingerprint('Russian forces advanced.')).toBeNull()
  })
})
