import fc from 'fast-check'
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

  it('keeps the signatures already stored: the value of a fixed text does not change', () => {
    const text = 'Russian forces advanced near Siversk on Friday and captured two villages, the Russian Defence Ministry said; Ukraine’s General Staff said 14 assaults were repelled. Ворог атакував 41 раз.'
    expect(fingerprint(text)).toBe(
      '07b325960af34e4f0699e95b0c4cbfc60ae1b4f6123732b517950e3a007c735a00250eef0849e79e02e58ee2137eea9e0cce89fc0ed8645303cec7b60e4f1368036d07cc061781b5083e0f54149a30dc01a939c400bbcb2705df38c70072268c239d2b890659f5bf0cb951bf1e011e740126feb3038f164101f5084422669404055a60ac04dbbfac0220ade9000a1cca02f35a9c1a60952c0f92cd0c04084a730a09014902aafa3f0232007d07f0de440b75a4da0217d927098e9849077626aa0abaf91b037c26bf05d55e5a217f276104c7e23f074801da03deb1071168286d000d757304f01467012960e000f82d4f0eb3cfff03a5e0740ff9f2fb00669b00',
    )
  })

  it('equals MinHash over the shingle strings built from the words, on any text', () => {
    const words = fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.constantFrom('Покровськ', 'İstanbul', 'ǅ', '𝐀𝐁', '\ud835', 'Kyiv’s', '12', 'ﬁre'))
    fc.assert(
      fc.property(fc.array(words, { maxLength: 40 }), fc.constantFrom(' ', ', ', '\n', '-'), (parts, sep) => {
        const text = parts.join(sep)
        expect(fingerprint(text)).toBe(fingerprintOfShingleStrings(text))
      }),
      { numRuns: 300 },
    )
  })
})

/** The definition spelled out: words by regex, each 3-shingle as a string, hashed with a plain MurmurHash3 loop. */
function fingerprintOfShingleStrings(text: string): string | null {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
  if (words.length < 12) return null
  const hash = (s: string): number => {
    let h = 0x811c9dc5
    for (let i = 0; i < s.length; i++) {
      let k = Math.imul(s.charCodeAt(i), 0xcc9e2d51)
      k = (k << 15) | (k >>> 17)
      h ^= Math.imul(k, 0x1b873593)
      h = (h << 13) | (h >>> 19)
      h = (Math.imul(h, 5) + 0xe6546b64) | 0
    }
    h ^= s.length
    h ^= h >>> 16
    h = Math.imul(h, 0x85ebca6b)
    h ^= h >>> 13
    h = Math.imul(h, 0xc2b2ae35)
    h ^= h >>> 16
    return h >>> 0
  }
  // The same 64 permutations as the module (xorshift from the golden-ratio seed).
  let x = 0x9e3779b9
  const next = (): number => {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    return x >>> 0
  }
  const perms = Array.from({ length: 64 }, () => [next() | 1, next()] as const)
  const mins = perms.map(([a, b]) => Math.min(...words.slice(0, -2).map((_, i) => (Math.imul(hash(`${words[i]} ${words[i + 1]} ${words[i + 2]}`), a) + b) >>> 0)))
  return mins.map((m) => m.toString(16).padStart(8, '0')).join('')
}
