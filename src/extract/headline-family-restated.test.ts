import { describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// Convention 14 by the event's family: a headline sums the body up in a kind of its own ("offensive",
// "assault beaten back", "о раненых") or keeps a claim whose body twin came out with another kind or
// side. When the body tells an event of the same family (ground fighting; hits and their tolls) and
// names a place the headline names, or the headline names no place of its own (title case, a
// "Where …" topic line), the headline is no claim. Sentences are our own and in no gold file.

type Row = { text: string; kind: Claim['kind'] }

function claimsOf(text: string, lang: Lang = 'en'): Row[] {
  const r = extractClaims({ id: 'doc-headline-family', text, lang, publishedAt: '2026-11-20', outlet: 'Test Wire' })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ text: text.slice(c.span[0], c.span[1]), kind: c.kind }))
}

function headerClaims(text: string, lang: Lang = 'en'): Row[] {
  const end = text.indexOf('\n\n')
  return claimsOf(text, lang).filter((c) => text.indexOf(c.text) < end)
}

describe('a headline of the same family as the body is no claim (convention 14)', () => {
  it.each<[string, string, Lang]>([
    // The headline's attack, the body's ground gained.
    [
      "Russian troops storm Lyman's northern outskirts",
      "Russian troops pushed about 800 metres closer to Lyman's northern edge over the weekend, a Ukrainian officer said on Monday.",
      'en',
    ],
    // The headline's repulse, the body's attack.
    [
      'Ukrainian troops repel Russian assault on Huliaipole',
      "Ukraine's southern command said on Tuesday that Russian units had attacked the eastern outskirts of Huliaipole six times overnight.",
      'en',
    ],
    // A title-case headline whose capitalised words are no places.
    ['Drone Barrage Damages Substations Overnight', 'Russian drones hit two substations in Kharkiv region overnight, the governor said on Tuesday.', 'en'],
    // A "Where …" topic line over the body's list.
    ['FACTBOX-Where Russian forces are attacking in Donetsk region', "Russian troops advanced near Siversk, Ukraine's General Staff said on Friday.", 'en'],
    ['Окупанти штурмують Покровськ з півдня', 'За тиждень російські війська просунулися поблизу Покровська на кілька сотень метрів, повідомили в бригаді.', 'uk'],
    ['Губернатор сообщил о трёх раненых при обстреле Курской области', 'Украинские военные обстреляли Суджанский район Курской области, ранены три человека, сообщил губернатор.', 'ru'],
  ])('%s', (headline, body, lang) => {
    const text = `${headline}\n\n${body}`
    // Alone, the headline is a claim; over a body that retells it, it is not.
    expect(claimsOf(headline, lang).length).toBeGreaterThan(0)
    expect(claimsOf(text, lang).length).toBeGreaterThan(0)
    expect(headerClaims(text, lang)).toEqual([])
  })
})

describe('a headline that tells something the body does not stays', () => {
  it('a headline naming a town the body never names', () => {
    const text = 'Russian drones hit Poltava overnight — windows blown out\n\nIn Kremenchuk, a missile struck an oil depot on Tuesday, the regional governor said.'
    expect(headerClaims(text).map((c) => c.kind)).toEqual(['strike'])
  })

  it('a headline of another family than every body claim', () => {
    const text = 'Evacuation of Kupiansk district widened\n\nRussian troops advanced near Kupiansk on Sunday, the General Staff said.'
    expect(headerClaims(text).map((c) => c.kind)).toEqual(['evacuation'])
  })

  it("the other side's gain at the place the body names", () => {
    const text = "Ukrainian troops retake Novoselivka's eastern edge\n\nRussian units pushed into the eastern streets of Novoselivka on Monday, Ukraine's army said."
    expect(headerClaims(text).map((c) => c.kind)).toEqual(['capture'])
  })

  it('a Telegram post whose first line is its news and whose body tells other strikes', () => {
    const text = '⚡️ВСУ ночью атаковали Курск дронами — повреждены два дома\n\nДнем в Рыльске дрон ВСУ атаковал автобус, ранены двое.\n\n#Курск #новости'
    expect(headerClaims(text, 'ru').map((c) => c.kind)).toEqual(['strike'])
  })
})
