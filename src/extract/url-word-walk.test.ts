// isInUrl walks back from an event word over the run of non-space characters it is part of, asking
// of each character code whether `\s` would match it. The walk must stop where the regex did: at every
// BMP character `\s` matches, and nowhere else.
import { describe, expect, it } from 'vitest'
import { isInUrl } from './page-furniture.js'

describe('isInUrl: the word run walked back by character code', () => {
  it('stops at exactly the characters \\s matches, over the BMP', () => {
    const word = 'liberated'
    for (let c = 0; c <= 0xffff; c++) {
      const sep = String.fromCharCode(c)
      // A URL run then the separator then the event word: inside the URL only when the separator is no space.
      const text = `Read more at https://news.example/kupiansk${sep}${word} today.`
      const at = text.indexOf(word, 40)
      expect(isInUrl(text, at), `U+${c.toString(16).padStart(4, '0')}`).toBe(!/\s/u.test(sep))
    }
  })

  it('reads event words in and out of links', () => {
    const inLink = 'See https://example.org/news/russians-captured-the-village for more.'
    expect(isInUrl(inLink, inLink.indexOf('captured'))).toBe(true)
    const prose = 'Russian forces captured the village,\u00a0captured two more\u2009captured.'
    expect(isInUrl(prose, prose.indexOf('captured'))).toBe(false)
    expect(isInUrl(prose, prose.lastIndexOf('captured'))).toBe(false)
  })
})
