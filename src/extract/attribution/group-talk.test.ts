import { describe, expect, it } from 'vitest'
import { extractClaims } from '../extract-claims.js'

// Class (convention 30): a group's claim told as what the group has been doing ("Z-channels have spent
// the weekend writing about …", "Russian milbloggers jumped the gun, announcing that …"): the group
// is the speaker, not the writer who relays it. Our own sentences.

function first(text: string): { kind: string; speaker: string | null } | undefined {
  const c = extractClaims({ id: 'doc-group', text, lang: 'en', publishedAt: '2026-11-20', outlet: 'Test Notes' }).value.claims[0]
  return c ? { kind: c.kind, speaker: c.speaker.name } : undefined
}

describe('a group that has been writing about an event', () => {
  it.each([
    ['Pro-Kremlin channels have spent the weekend writing about an encirclement of the Pokrovsk garrison.', 'Pro-Kremlin channels'],
    ['Russian war bloggers have been claiming that Siversk had fallen.', 'Russian war bloggers'],
  ])('%s', (text, speaker) => {
    expect(first(text)?.speaker).toBe(speaker)
  })

  it('the writer keeps a sentence in which the group does something else', () => {
    expect(first('Russian channels were blocked after Russian forces captured Novoselivka.')?.speaker).toBe('Test Notes')
  })
})

describe('a group named before a participle of speech', () => {
  it('"Russian milbloggers jumped the gun, announcing that …" keeps the noun', () => {
    expect(first('Russian milbloggers jumped the gun again on Friday, announcing that Siversk had fallen.')?.speaker).toBe('Russian milbloggers')
  })
})
