import { describe, expect, it } from 'vitest'
import { findEnglishFrames, verbForms } from './en-frames.js'
import { lexiconFor, tokenize, withFrames } from './index.js'

describe('verbForms inflects a lemma by the regular rules, with irregular forms given', () => {
  it.each<[string, string[]]>([
    ['torch', ['torch', 'torches', 'torching', 'torched']],
    ['disable', ['disable', 'disables', 'disabling', 'disabled']],
    ['bag+', ['bag', 'bags', 'bagging', 'bagged']],
    ['fry/fried', ['fry', 'fries', 'frying', 'fried']],
    ['sink/sank/sunk', ['sink', 'sinks', 'sinking', 'sank', 'sunk']],
  ])('%s', (spec, forms) => {
    expect(verbForms(spec).forms).toEqual(expect.arrayContaining(forms))
  })
})

describe('findEnglishFrames', () => {
  const frames = (text: string): string[] => {
    const tokens = tokenize(text)
    const lexicon = lexiconFor('en')
    const triggers = lexicon.triggers.match(text, tokens)
    return findEnglishFrames({ text, tokens, triggers, sides: lexicon.sides.match(text, tokens) }).map((m) => `${m.data.kind}:${m.text}`)
  }

  it('reads the verb slot of a frame, whatever the verb', () => {
    expect(frames('Russian troops sidled into the eastern quarter of Kupiansk.')).toEqual(['advance:sidled into'])
    expect(frames('Ukrainian troops have frogmarched the Russians out of Bohdanivka.')).toEqual(['capture:frogmarched the Russians out of'])
    expect(frames('Ukrainian crews scuttled three Russian boats.')).toEqual(['casualties:scuttled three Russian boats'])
  })

  it('needs its force: the same shapes with people, goods or teams are no frame', () => {
    expect(frames('Commuters sidled into the eastern quarter of Kupiansk.')).toEqual([])
    expect(frames('The club frogmarched its rivals out of the cup.')).toEqual([])
    expect(frames('Storms scuttled three fishing boats.')).toEqual([])
  })

  it('reads no verb into a noun or preposition after a force, and no act into a caption', () => {
    expect(frames('Four servicemen were killed by Ukrainian troops over past day.')).toEqual([])
    expect(frames('Columns of Russian troops past Izium, a video shows.')).toEqual([])
    expect(frames('Russian forces inside the Azot plant.')).toEqual([])
    expect(frames('Burning Russian BMP on the road to Lyman.')).toEqual([])
  })

  it('adds only where no lexicon phrase covers its words, in order of start', () => {
    const text = 'Russian troops advanced into Pokrovsk and later sidled into the eastern quarter of Myrnohrad.'
    const tokens = tokenize(text)
    const lexicon = lexiconFor('en')
    const listed = lexicon.triggers.match(text, tokens)
    const merged = withFrames(listed, findEnglishFrames({ text, tokens, triggers: listed, sides: lexicon.sides.match(text, tokens) }))
    expect(merged.map((m) => m.text)).toEqual(['advanced', 'sidled into'])
    expect(merged.map((m) => m.span[0])).toEqual([...merged.map((m) => m.span[0])].sort((a, b) => a - b))
  })
})
