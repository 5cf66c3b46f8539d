// Near-duplicate detection by MinHash (Broder 1997) over word 3-shingles, with locality-sensitive
// hashing bands so that a store finds candidates by exact key lookups instead of comparing every pair.
// SimHash was tried first: on short news items (~60 words) an edited copy lay 8 bits away while two
// different daily General Staff reports lay 26 bits apart, and a threshold that wide cannot be
// indexed with bands; MinHash estimates the shingle Jaccard similarity directly.

/** Signature length (hash functions). */
const HASHES = 64
/** LSH: 16 bands of 4 rows. A pair with Jaccard 0.7 shares a band with probability ≈ 0.9996; 0.3 ≈ 0.12. */
const BANDS = 16
const ROWS = HASHES / BANDS

/** Estimated shingle Jaccard similarity at or above which two documents are near-duplicates. */
export const NEAR_DUPLICATE_SIMILARITY = 0.7

/** Texts with fewer words get no fingerprint: too little to compare reliably. */
const MIN_WORDS = 12

// Fixed odd multipliers and offsets for the 64 hash permutations (h * a + b mod 2^32), from a
// deterministic generator so fingerprints are stable across runs and machines.
const A = new Uint32Array(HASHES)
const B = new Uint32Array(HASHES)
{
  let x = 0x9e3779b9
  const next = (): number => {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    return x >>> 0
  }
  for (let i = 0; i < HASHES; i++) {
    A[i] = next() | 1
    B[i] = next()
  }
}

/** The MinHash signature of `text` as 512 hex digits, or null for texts too short to fingerprint. */
export function fingerprint(text: string): string | null {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
  if (words.length < MIN_WORDS) return null
  const mins = new Uint32Array(HASHES).fill(0xffffffff)
  for (let i = 0; i + 2 < words.length; i++) {
    const h = hash32(`${words[i]} ${words[i + 1]} ${words[i + 2]}`)
    for (let k = 0; k < HASHES; k++) {
      const v = (Math.imul(h, A[k]!) + B[k]!) >>> 0
      if (v < mins[k]!) mins[k] = v
    }
  }
  let out = ''
  for (let k = 0; k < HASHES; k++) out += mins[k]!.toString(16).padStart(8, '0')
  return out
}

/** Estimated Jaccard similarity of the shingle sets behind two signatures (share of equal minima). */
export function fingerprintSimilarity(a: string, b: string): number {
  let same = 0
  for (let k = 0; k < HASHES; k++) if (a.slice(k * 8, k * 8 + 8) === b.slice(k * 8, k * 8 + 8)) same++
  return same / HASHES
}

/** The LSH band keys of a signature: documents sharing any key are near-duplicate candidates. */
export function fingerprintBands(signature: string): string[] {
  const keys: string[] = []
  for (let band = 0; band < BANDS; band++) {
    keys.push(`${band}:${hash32(signature.slice(band * ROWS * 8, (band + 1) * ROWS * 8)).toString(16)}`)
  }
  return keys
}

/** MurmurHash3-style 32-bit hash of a string's UTF-16 code units. */
function hash32(s: string): number {
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
