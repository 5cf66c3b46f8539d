import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LEADING_REFERENCE, refusalTail, stripRelativeTail } from './leading-speech.js'
import { SPEAKER_MODIFIER_TAIL, stripSpeakerModifier } from './trailing-speech.js'

// The speaker-phrase tails skip their patterns where a word each match needs is absent: the answers
// must be the patterns' own. SCALE=100 runs each property a hundred times as often.
const SCALE = Number(process.env.PROPERTY_SCALE ?? 1)

const WORDS = [
  'The', 'commander', 'Ukraine’s', 'General', 'Staff', 'did not', 'didn’t', "didn't", 'declined to', 'refused to', 'has not', 'immediately', 'comment', 'COMMENT', 'respond', 'reſpond',
  'confirm', 'elaborate', 'give details', 'specify', 'on', 'the', 'report', 'but', 'and', 'also', 'later', 'instead', 'не', 'не став', 'не стал', 'відмовився', 'отказался',
  'коментувати', 'прокоментувати', 'комментировать', 'прокомментировать', 'але', 'но', 'и', 'та', ',', 'who', 'which', 'який', 'которые', 'spoke', 'fighting', 'FIGHTING', 'serving',
  'deployed', 'near', 'interviewed', 'posted', 'що', 'воює', 'воюють', 'служить', 'который', 'служит', 'quoted', ':', '"', '«', 'x',
]
const SEPARATORS = [' ', ' ', ' ', '  ', '\n', '', ', ']
const phrase = fc.array(fc.tuple(fc.constantFrom(...SEPARATORS), fc.constantFrom(...WORDS)), { maxLength: 12 }).map((parts) => parts.map(([s, w]) => s + w).join(''))
const anyPhrase = fc.oneof(phrase, fc.string({ unit: 'grapheme', maxLength: 40 }))

describe('speaker phrase tails', () => {
  it('refusalTail finds what REFUSAL_TAIL finds', () => {
    fc.assert(
      fc.property(anyPhrase, (p) => {
        const fast = refusalTail(p)
        const plain = LEADING_REFERENCE.REFUSAL_TAIL.exec(p)
        expect(fast && [fast.index, fast[0]]).toEqual(plain && [plain.index, plain[0]])
      }),
      { numRuns: 3000 * SCALE },
    )
    expect(refusalTail('The ministry did not immediately comment on the report but')?.index).toBe(12)
  })

  it('stripRelativeTail and stripSpeakerModifier remove what their patterns remove', () => {
    fc.assert(
      fc.property(anyPhrase, (p) => {
        expect(stripRelativeTail(p)).toBe(p.replace(LEADING_REFERENCE.RELATIVE_TAIL, ''))
        expect(stripSpeakerModifier(p)).toBe(p.replace(SPEAKER_MODIFIER_TAIL, ''))
      }),
      { numRuns: 3000 * SCALE },
    )
    expect(stripSpeakerModifier('the commander of a drone company fighting near Pokrovsk')).toBe('the commander of a drone company')
    expect(stripRelativeTail('The commander, who spoke on condition of anonymity,')).toBe('The commander')
  })
})
