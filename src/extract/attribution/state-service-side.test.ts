import { describe, expect, it } from 'vitest'
import { hostedSpeakerSide } from './speaker-side.js'

// Class: a state service named without its state ("the State Emergency Service", "the rescue service",
// "ДСНС", "МЧС") speaks for the state the story is told from. Sentences of our own.
describe('a state service named without the state', () => {
  const ask = (phrase: string, lang: 'en' | 'uk' | 'ru', host: 'UA' | 'RU' | null) => hostedSpeakerSide({ phrase, apposition: '', words: 'a warehouse burned', lang }, host)
  it('takes the host side', () => {
    expect(ask('the State Emergency Service', 'en', 'UA')).toBe('UA')
    expect(ask('the regional rescue service', 'en', 'RU')).toBe('RU')
    expect(ask('ДСНС', 'uk', 'UA')).toBe('UA')
    expect(ask('МЧС', 'ru', 'RU')).toBe('RU')
  })
  it('no host, or no service', () => {
    expect(ask('the State Emergency Service', 'en', null)).toBeNull()
    expect(ask('a think-tank analyst', 'en', 'UA')).toBeNull()
  })
})
