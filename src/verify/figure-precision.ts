/** How a stated figure bounds the true value, and how finely it was stated. */
export interface FigurePrecision {
  /** `about`: the figure, rounded; `at-least`: "over 3,000"; `at-most`: "up to 500". */
  readonly bound: 'about' | 'at-least' | 'at-most'
  /** Half the last stated digit's step as a share of the figure: "3,386" → 0.5/3386; "1.3 thousand" → 0.05/1.3. */
  readonly halfStepShare: number
}

// Words before a figure that make it a bound or an approximation (EN, UK, RU).
const AT_LEAST = /^(?:over|more than|at least|upwards of|in excess of|понад|більше(?:\s+ніж)?|більш ніж|щонайменше|не менше(?:\s+ніж)?|свыше|более|больше|не менее|по меньшей мере)\s/iu
const AT_MOST = /^(?:up to|less than|fewer than|under|no more than|до|менше(?:\s+ніж)?|не більше(?:\s+ніж)?|менее|меньше|не более)\s/iu
const APPROXIMATE = /^(?:about|some|roughly|nearly|almost|around|approximately|close to|an estimated|близько|майже|приблизно|орієнтовно|около|почти|примерно|порядка|приблизительно)\s/iu
const SCALE_WORD = /(?:thousand|million|billion|mln|bn|тис|тыс|млн|мільйон|миллион|млрд)/iu

/**
 * Reads the words a quantity was stated with (`Quantity.text`: "3,386 square kilometers", "about
 * 1.3 thousand sq km", "over 3,000 km²", "0.6%") for its bound and its rounding. A figure ending in
 * zeros ("3,400", "500") is taken as rounded to its last non-zero digit when it has three or more
 * digits or comes with "about"; smaller round numbers ("20 km²") are taken as exact. Separators:
 * a comma, dot, space or apostrophe followed by exactly three digits groups thousands ("3,386",
 * "3 386"); otherwise it is the decimal mark ("1.3", "0,6").
 */
export function figurePrecision(text: string): FigurePrecision {
  const words = text.trim()
  const bound: FigurePrecision['bound'] = AT_LEAST.test(words) ? 'at-least' : AT_MOST.test(words) ? 'at-most' : 'about'
  const approximate = APPROXIMATE.test(words)
  const m = /\d+(?:[ \u00a0\u202f,.'’]\d+)*/u.exec(words)
  if (!m) return { bound, halfStepShare: 0 }
  const token = m[0]
  const groups = token.split(/[ \u00a0\u202f,.'’]/u)
  const last = groups[groups.length - 1] as string
  const hasScale = SCALE_WORD.test(words.slice(m.index + token.length))
  // "1.3 thousand": a scale word after the figure makes the last group decimals whatever its length.
  const decimalMark = groups.length > 1 && (last.length !== 3 || hasScale)
  let integerDigits: string
  let decimals: string
  if (decimalMark) {
    integerDigits = groups.slice(0, -1).join('')
    decimals = last
  } else {
    integerDigits = groups.join('')
    decimals = ''
  }
  const value = Number(`${integerDigits || '0'}.${decimals || '0'}`)
  if (!(value > 0)) return { bound, halfStepShare: 0 }
  let step: number
  if (decimals.length > 0) step = 10 ** -decimals.length
  else {
    const trailingZeros = /0*$/.exec(integerDigits)?.[0].length ?? 0
    const significant = integerDigits.replace(/^0+/, '').length
    step = trailingZeros > 0 && (significant >= 3 || approximate) ? 10 ** Math.min(trailingZeros, significant - 1) : 1
  }
  return { bound, halfStepShare: step / 2 / value }
}
