import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// Someone serving in a force, whose side nothing else tells, telling what one side alone did, is on the
// other side ("Russian troops shelled the village, a company commander said") - unless what that side did
// was to hold an attack off: the defender tells its own repelled assault. Sentences of our own.
function speakerSide(text: string, lang: 'en' | 'uk' | 'ru'): string | undefined {
  const { value } = extractClaims({ id: 't', text, lang, publishedAt: '2025-09-21', outlet: 'Test Desk' })
  return value.claims[0]?.speaker.side
}

describe('a unit telling what one side did', () => {
  it.each([
    ['Ukrainian troops repelled two assaults near Siversk, the battalion said.', 'en', 'UA'],
    ['Ukrainian defenders fought off an attack on the village overnight, a platoon commander said.', 'en', 'UA'],
    ['Russian units beat back an attack near Tyotkino, the regiment said.', 'en', 'RU'],
    ['Russian troops shelled the outskirts of Siversk overnight, the battalion said.', 'en', 'UA'],
    ['Ukrainian drones hit a warehouse near Horlivka, the regiment said.', 'en', 'RU'],
  ] as const)('%s', (text, lang, side) => {
    expect(speakerSide(text, lang)).toBe(side)
  })
})
