// A region named after a long list qualifies every member back to the previous region, also across a
// word the writer cut short with a dot ("Балаган., Олександропіль Донецької області"): the dot before a
// comma ends no sentence and breaks no list. Sentences are the team's own; run against the shipped
// gazetteer (data/gazetteer).
import { beforeAll, describe, expect, it } from 'vitest'
import { type Gazetteer, geoparseText, loadGazetteer } from './index.js'
import { tokenize, SENTENCE_START, TokenBuffers } from './tokenize.js'
import { Vocabulary } from './vocabulary.js'

let g: Gazetteer
beforeAll(() => {
  g = loadGazetteer()
})

const admin1Of = (text: string, mention: string) => geoparseText(text, g).value.find((p) => p.mention === mention)?.admin1

describe('a cut word inside a list', () => {
  const text = 'Авіаудари по Бочковому Харківської області, Щербинівці, Петрівці, Балаган., Зоряне, Курахове Донецької області.'

  it.each(['Щербинівці', 'Петрівці', 'Зоряне'])('%s takes the region named after the list', (mention) => {
    expect(admin1Of(text, mention)).toBe('Donetsk Oblast')
  })

  it('the word after "., " does not start a sentence; after ". " it does', () => {
    const flagsOf = (t: string) => {
      const w = tokenize(t, 0, t.length, 0, new Vocabulary(), new TokenBuffers())
      return [...w.flags].map((f) => (f & SENTENCE_START) !== 0)
    }
    expect(flagsOf('Балаган., Зоряне')).toEqual([true, false])
    expect(flagsOf('Балаган. Зоряне')).toEqual([true, true])
  })
})
