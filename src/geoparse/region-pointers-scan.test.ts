// The region-pointer pattern is tried only just before its key words (pointerMatches), not along the
// whole text: it must find what the pattern run along the whole text finds (a lower-cased key in the
// text, as the gate before it asked, or nothing). Sentences and word soups of our own.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { POINTER, pointerMatches } from './region-pointers.js'

/** The scan it replaces: the gate on the lower-cased text, then the pattern along all of it. */
function wholeTextScan(text: string): [number, string, string | undefined, string | undefined][] {
  if (!/region|oblast|province|област|регіон|регион|приграничь|прикордонн/.test(text.toLowerCase())) return []
  return [...text.matchAll(POINTER)].map((m) => [m.index, m[0], m[1], m[2]])
}

const found = (text: string) => pointerMatches(text).map((m) => [m.index, m[0], m[1], m[2]])

describe('pointers found by key are those of the whole-text scan', () => {
  it.each([
    'Вночі над областю збили шість дронів, а в області знеструмлено два села.',
    'Губернатор сообщил, что в регионе повреждены линии электропередачи; по региону объявлена тревога.',
    'Обласна влада Харківської області повідомила про обстріли прикордоння і населених пунктів області.',
    'Officials in the province said drones flew over THE REGION twice; this oblast has no power.',
    'The region\'s governor and the oblast-level council met; областной центр и регіональний штаб ні.',
    'областю почнемо: Області, «області» (області), "регионе", регіоном,регіон.',
    'над приграничьем сбили беспилотник, над приграничьями нет; прикордонню допомога.',
    'Над   областю,   у\u00a0області й над  регіоном.',
    'Tall regional oblasts provincial provinces: none of these.',
    'oblaſt and the oblaſt: a folded spelling alone is no key.',
    'the oblaſt and the oblast: beside a plain one it counts.',
    'Куп’янськ області, Кам\'янської області, d’області.',
    '',
    'області',
  ])('%s', (text) => {
    expect(found(text)).toEqual(wholeTextScan(text))
  })

  it('on texts made of keys, nouns, words, spaces and punctuation', () => {
    const parts = [
      'області', 'областю', 'область', 'области', 'областью', 'регіоні', 'регіону', 'регион', 'регионе', 'регионом',
      'приграничье', 'приграничьем', 'прикордонню', 'прикордонні', 'the region', 'this oblast', 'The Province', 'region', 'oblasts',
      'над', 'в', 'У', 'Над', 'Донецької', 'населені', 'пункти', 'the', 'this', 'Куп’янськ', "Кам'янки", 'oblaſt', 'ОБЛАСТІ', 'РЕГИОН',
      ' ', ' ', ' ', '  ', '\n', '\n\n', ',', '.', '(', ')', '«', '»', '"', '-', '’', '\u00a0', 'x', '𝐀',
    ]
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 40 }), (words) => {
        const text = words.join('')
        expect(found(text)).toEqual(wholeTextScan(text))
      }),
      { numRuns: 3000 },
    )
  })
})
