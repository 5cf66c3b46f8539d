import { describe, expect, it } from 'vitest'
import type { Lang } from '../../domain/index.js'
import { extractClaims } from '../extract-claims.js'
import { findCataphoricSpeech } from './cataphoric-speech.js'

// Class: the English of "Так оцінює ситуацію X" — a sentence that only names whose the words before it
// are ("That is how X explains …", "This is how X described it", "So says X", "Such is the assessment
// of X"), with whom X told it ("in an interview with …", "speaking to …") as the via; and a rank
// ("the colonel", "the major") pointing back to the officer named. Our own sentences.

const en = (text: string) => findCataphoricSpeech({ text, offset: 0, lang: 'en' as Lang })

describe('findCataphoricSpeech, English', () => {
  it.each([
    ['That is how Lt. Col. Petro Marchuk, who commands an artillery battalion near Toretsk, explained the retreat to the BBC.', 'Lt. Col. Petro Marchuk, who commands an artillery battalion near Toretsk', 'BBC'],
    ['This is how Olena Bondar, a medic with the 24th Brigade, describes the last week in an interview with Reuters.', 'Olena Bondar, a medic with the 24th Brigade', 'Reuters'],
    ["That's how the regional governor sums it up.", 'the regional governor', null],
    ['So says Serhii Kuzan, a former adviser to the defence minister.', 'Serhii Kuzan', null],
    ['Such is the assessment of a battalion commander speaking to the Financial Times.', 'a battalion commander', 'Financial Times'],
  ])('%s', (text, speaker, via) => {
    const f = en(text)
    expect(f?.speaker?.startsWith(speaker.split(',')[0]!)).toBe(true)
    expect(f?.via ?? null).toBe(via)
  })

  it.each([
    'That is how the town fell in the end.',
    'This is how drones changed the war in the south.',
    'So the brigade pulled back to the ridge.',
    'That is why Kyiv asked for more shells.',
  ])('no frame: %s', (text) => {
    expect(en(text)).toBeNull()
  })
})

describe('the quote before it, and the interview after it', () => {
  it('takes the speaker and via, and "the colonel" later points back to him', () => {
    const text = '"We pulled the platoon out of Nelipivka because the houses there were gone." That is how Col. Ivan Moroz, who commands a brigade near Toretsk, explains the withdrawal in an interview with the BBC.\nThe colonel says Russian troops captured Shcherbynivka last week.'
    const claims = extractClaims({ id: 'doc-that-is-how', text, lang: 'en', publishedAt: '2026-11-20', outlet: 'BBC' }).value.claims
    const capture = claims.find((c) => c.kind === 'capture')
    expect(capture?.speaker.name).toBe('Ivan Moroz')
    expect(capture?.speaker.via).toBe('BBC')
  })
})
