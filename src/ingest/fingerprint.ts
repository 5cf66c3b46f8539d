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
  // The words ([\p{L}\p{N}]+ of the lower-cased text) as [start, end) pairs, hashed in place: a
  // shingle's hash is that of "w1 w2 w3" without building the string (signatures are stored, so the
  // value must stay what the string version gives).
  const lower = text.toLowerCase()
  const bounds = wordBounds(lower)
  const words = bounds.length / 2
  if (words < MIN_WORDS) return null
  const mins = new Uint32Array(HASHES).fill(0xffffffff)
  for (let i = 0; i + 2 < words; i++) {
    let h = SEED
    h = hashRange(h, lower, bounds[2 * i]!, bounds[2 * i + 1]!)
    h = hashUnit(h, 0x20)
    h = hashRange(h, lower, bounds[2 * i + 2]!, bounds[2 * i + 3]!)
    h = hashUnit(h, 0x20)
    h = hashRange(h, lower, bounds[2 * i + 4]!, bounds[2 * i + 5]!)
    const length = bounds[2 * i + 1]! - bounds[2 * i]! + (bounds[2 * i + 3]! - bounds[2 * i + 2]!) + (bounds[2 * i + 5]! - bounds[2 * i + 4]!) + 2
    h = finish(h, length)
    for (let k = 0; k < HASHES; k++) {
      const v = (Math.imul(h, A[k]!) + B[k]!) >>> 0
      if (v < mins[k]!) mins[k] = v
    }
  }
  let out = ''
  for (let k = 0; k < HASHES; k++) out += mins[k]!.toString(16).padStart(8, '0')
  return out
}

// Whether a code unit below 0x3000 is a letter or digit (\p{L} or \p{N}); above, the regex decides.
const WORD_UNIT = /[\p{L}\p{N}]/u
const TABLE_SIZE = 0x3000
const wordUnit = new Uint8Array(TABLE_SIZE)
for (let c = 0; c < TABLE_SIZE; c++) wordUnit[c] = WORD_UNIT.test(String.fromCharCode(c)) ? 1 : 0

/** The code units of the letter or digit at `i` (1 or 2), or 0 when none starts there. */
function wordCharWidth(text: string, i: number): number {
  const c = text.charCodeAt(i)
  if (c < TABLE_SIZE) return wordUnit[c]!
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
    return WORD_UNIT.test(text.slice(i, i + 2)) ? 2 : 0
  }
  return WORD_UNIT.test(text[i]!) ? 1 : 0
}

/** The runs of letters and digits in `text`, as start, end, start, end, … */
function wordBounds(text: string): number[] {
  const bounds: number[] = []
  const n = text.length
  let i = 0
  while (i < n) {
    let w = wordCharWidth(text, i)
    if (w === 0) {
      i++
      continue
    }
    const start = i
    while (w !== 0) {
      i += w
      w = i < n ? wordCharWidth(text, i) : 0
    }
    bounds.push(start, i)
  }
  return bounds
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
  return finish(hashRange(SEED, s, 0, s.length), s.length)
}

const SEED = 0x811c9dc5

function hashUnit(h: number, unit: number): number {
  let k = Math.imul(unit, 0xcc9e2d51)
  k = (k << 15) | (k >>> 17)
  h ^= Math.imul(k, 0x1b873593)
  h = (h << 13) | (h >>> 19)
  return (Math.imul(h, 5) + 0xe6546b64) | 0
}

function hashRange(h: number, s: string, start: number, end: number): number {
  for (let i = start; i < end; i++) h = hashUnit(h, s.charCodeAt(i))
  return h
}

function finish(h: number, length: number): number {
  h ^= length
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}
