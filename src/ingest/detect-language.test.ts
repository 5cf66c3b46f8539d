import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { detectLanguage } from './detect-language.js'

/** The rule spelled out with regexes over the first 20,000 code units: what the one-pass count must equal. */
function byRegexes(text: string, declared: string | null): string {
  const sample = text.slice(0, 20_000)
  const count = (re: RegExp): number => sample.match(re)?.length ?? 0
  const cyrillic = count(/\p{Script=Cyrillic}/gu)
  const latin = count(/\p{Script=Latin}/gu)
  const byScript = cyrillic > latin ? (count(/[іїєґ]/giu) >= count(/[ыэъё]/giu) ? 'uk' : 'ru') : 'en'
  const tag = declared?.trim().toLowerCase().slice(0, 2)
  return (tag === 'uk' || tag === 'ru') && byScript !== 'en' ? tag : byScript
}

describe('detectLanguage', () => {
  it('tells English, Ukrainian and Russian apart by script and by the letters only one of them uses', () => {
    expect(detectLanguage('Russian forces advanced near Pokrovsk.', null)).toBe('en')
    expect(detectLanguage('Ворог атакував позиції наших захисників поблизу Покровська.', null)).toBe('uk')
    expect(detectLanguage('Подразделения группировки войск освободили населённый пункт.', null)).toBe('ru')
    expect(detectLanguage('Сили оборони', 'ru')).toBe('ru')
    expect(detectLanguage('Russian forces advanced.', 'uk')).toBe('en')
  })

  it('counts exactly what the script and letter regexes count, in any script and with broken surrogates', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.constantFrom('Покровськ їжак', 'освобождён ЪЫЭ', 'Ґрунт', 'Kyiv', 'ﬁ Ａ 𝐀 \ud835', '\udc00x', 'ⱥ ꙁ 𞀰'),
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), fc.constantFrom(null, 'uk', 'ru', 'en'), (pieces, declared) => {
        const text = pieces.join('')
        expect(detectLanguage(text, declared)).toBe(byRegexes(text, declared))
      }),
      { numRuns: 300 },
    )
  })

  it('reads only the first 20,000 code units', () => {
    const text = 'Russian forces advanced. '.repeat(800) + 'Ворог атакував. '.repeat(5000)
    expect(detectLanguage(text, null)).toBe(byRegexes(text, null))
    expect(detectLanguage(text, null)).toBe('en')
  })
})
