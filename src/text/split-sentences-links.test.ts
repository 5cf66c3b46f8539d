// A scraped page's link line of names ends its sentence when the next line starts a new phrase in
// lower case (round 13, from a real page whose run-on sentence gave a strike). Our own lines.
import { describe, expect, it } from 'vitest'
import { splitSentences } from './split-sentences.js'

function sentences(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.span[0], s.span[1]))
}

describe('a link line of names', () => {
  it('ends before a lower-case fragment that starts a new phrase', () => {
    const text = 'Russian troops keep pushing toward\nSiversk, Zvanivka and Bondarne\nrelentless enemy shelling of roads and bridges\nFighting goes on in\nKharkiv Oblast'
    expect(sentences(text)).toEqual([
      'Russian troops keep pushing toward\nSiversk, Zvanivka and Bondarne',
      'relentless enemy shelling of roads and bridges',
      'Fighting goes on in\nKharkiv Oblast',
    ])
  })

  it('carries on before a word that continues the clause', () => {
    for (const next of ['where fighting goes on.', 'and shelled the bridge.', 'last week.', 'captured two villages.']) {
      const text = `Russian troops keep pushing toward\nSiversk\n${next}`
      expect(sentences(text)).toHaveLength(1)
    }
  })

  it('leaves a line that was no continuation alone', () => {
    expect(sentences('Glide bombs hit Siversk\nrelentless shelling followed')).toHaveLength(1)
  })
})
