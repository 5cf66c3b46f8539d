import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { SpeakerContext, type ResolvedSpeaker } from './resolve-speaker.js'

/** recallSurname as a look-back over every speaker met (what the surname index must answer). */
function naiveSurname(seen: readonly ResolvedSpeaker[], word: string): ResolvedSpeaker | null {
  const w = word.toLowerCase()
  if (w.length < 4) return null
  for (let i = seen.length - 1; i >= 0; i--) {
    const s = seen[i]!
    const surname = s.type === 'person' ? s.speaker.name?.split(/\s+/).at(-1)?.toLowerCase() : undefined
    if (!surname || surname.length < 4) continue
    let common = 0
    while (common < surname.length && common < w.length && surname[common] === w[common]) common++
    if (common >= surname.length - 1 && w.length - common <= 3) return s
  }
  return null
}

const nameWord = fc.constantFrom('Лисак', 'Лисака', 'Лис', 'Волошин', 'Волошина', 'Волошинові', 'Сирський', 'Сирського', 'Smith', 'Smithe', 'Smi', 'SMITH', 'Trehubov', 'Trehubova', 'Ivan', 'Олександр', 'x', 'Генштаб', '')

describe('SpeakerContext', () => {
  it('recallSurname finds the most recent speaker the naive look-back finds', () => {
    const speaker = fc.record({
      first: nameWord,
      last: nameWord,
      type: fc.constantFrom('person' as const, 'org' as const),
      trailingSpace: fc.boolean(),
      named: fc.boolean(),
    })
    fc.assert(
      fc.property(fc.array(speaker, { maxLength: 12 }), fc.array(nameWord, { maxLength: 6 }), (met, asked) => {
        const context = new SpeakerContext()
        const seen: ResolvedSpeaker[] = []
        for (const m of met) {
          const name = m.named ? `${m.first} ${m.last}${m.trailingSpace ? ' ' : ''}` : null
          const resolved: ResolvedSpeaker = { speaker: { name, side: 'unknown', via: null }, type: m.type, words: [] }
          context.remember(resolved)
          seen.push(resolved)
        }
        for (const word of asked) expect(context.recallSurname(word)).toBe(naiveSurname(seen, word))
      }),
      { numRuns: 1000 },
    )
  })
})
