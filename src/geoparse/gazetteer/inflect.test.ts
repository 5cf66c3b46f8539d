import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { inflectWord, isFormOf, nominativeCandidates } from './inflect.js'

describe('inflectWord', () => {
  it.each([
    ['покровськ', 'uk', ['покровська', 'покровську', 'покровськом']],
    ['покровське', 'uk', ['покровського', 'покровському', 'покровським']],
    ['харків', 'uk', ['харкова', 'харкову', 'харкові']],
    ['авдіївка', 'uk', ['авдіївки', 'авдіївці', 'авдіївку', 'авдіївкою']],
    ['велика', 'uk', ['великої', 'великій', 'велику']],
    ['покровск', 'ru', ['покровска', 'покровске', 'покровском']],
    ['покровское', 'ru', ['покровского', 'покровском']],
    ['авдеевка', 'ru', ['авдеевки', 'авдеевке', 'авдеевку', 'авдеевкой']],
    ['курахово', 'ru', ['курахова', 'курахове']],
    ['малі', 'uk', ['малих', 'малим']],
    ['часів', 'uk', ['часового', 'часовому']],
    ['малые', 'ru', ['малых', 'малым']],
    ['верхня', 'uk', ['верхньої', 'верхній', 'верхню', 'верхньою']],
    ['русин', 'uk', ['русиного', 'русиному', 'русиним']],
    ['гай', 'uk', ['гаю', 'гаєм', 'гаї']],
    ['гай', 'ru', ['гая', 'гаю', 'гаем', 'гае']],
    ['суджа', 'ru', ['суджи', 'судже', 'суджей', 'суджею']],
    ['суджа', 'uk', ['суджі', 'суджу', 'суджею']],
    ['область', 'ru', ['области', 'областью']],
  ] as const)('%s (%s) has %j', (nom, lang, forms) => {
    expect(inflectWord(nom, lang)).toEqual(expect.arrayContaining([...forms]))
  })

  it('keeps Pokrovsk and Pokrovske apart in each language', () => {
    expect(isFormOf('покровського', 'покровськ', 'uk')).toBe(false)
    expect(isFormOf('покровська', 'покровське', 'uk')).toBe(false)
    expect(isFormOf('покровске', 'покровское', 'ru')).toBe(false)
    expect(isFormOf('покровського', 'покровське', 'uk')).toBe(true)
  })

  it('gives adjectives in -ий/-ій/-ый no noun forms in -й (Зелений is never "Зеленю")', () => {
    expect(inflectWord('зелений', 'uk')).not.toContain('зеленю')
    expect(inflectWord('красный', 'ru')).not.toContain('красные')
    expect(inflectWord('синій', 'uk')).not.toContain('синію')
  })
})

describe('nominativeCandidates', () => {
  const nominatives = fc.constantFrom(
    ...['покровськ', 'покровське', 'харків', 'київ', 'ямпіль', 'авдіївка', 'новосілка', 'балаклія', 'піски', 'дніпро', 'запоріжжя', 'гуляйполе', 'велика', 'верхня', 'русин', 'гай', 'суджа'].map((w) => [w, 'uk'] as const),
    ...['покровск', 'покровское', 'харьков', 'авдеевка', 'великая', 'курахово', 'пески', 'северодонецк', 'днепр', 'лозовая', 'гай', 'суджа', 'область'].map((w) => [w, 'ru'] as const),
  )

  it('finds the nominative back from every form it generates (property)', () => {
    fc.assert(
      fc.property(nominatives, fc.nat(), ([nom, lang], k) => {
        const forms = inflectWord(nom, lang)
        const form = forms[k % forms.length]!
        expect(nominativeCandidates(form)).toContain(nom)
      }),
    )
  })

  it('returns the word itself first and nothing for Latin', () => {
    expect(nominativeCandidates('покровську')[0]).toBe('покровську')
    expect(nominativeCandidates('pokrovsk')).toEqual(['pokrovsk'])
  })
})
