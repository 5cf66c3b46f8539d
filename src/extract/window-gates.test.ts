// The window tests run before and after every event word (fear and avoidance, "indicating", air-raid
// alerts, "declined to comment on", habitual causes, "could not verify") are gated by the literals their
// patterns need (text/gated-regexp.ts). A gate may only skip a regex that could not match: extraction
// must read the same with every gate off. Sentences here are this file's own; each names the phrase
// a window test looks for (its claim dropped) or only a near miss (its claim kept).
import { describe, expect, it } from 'vitest'
import { useLiteralGates } from '../text/index.js'
import { extractClaims } from './extract-claims.js'

type Lang = 'en' | 'uk' | 'ru'

const SENTENCES: readonly [Lang, string][] = [
  ['en', 'The garrison left the hamlet on Tuesday, fearing encirclement by the advancing units.'],
  ['en', 'Officers pulled the battalion back for fear of a Russian assault on the ridge.'],
  ['en', 'Two brigades withdrew from the bridgehead, avoiding being surrounded.'],
  ['en', 'Drone footage showed smoke over the depot, indicating a strike on the fuel tanks.'],
  ['en', 'Satellite pictures show fresh craters, which suggests shelling of the airfield overnight.'],
  ['en', 'The air raid sirens sounded in Zaporizhzhia shortly before dawn.'],
  ['en', 'The army declined to comment on the attack on the bridge near Siversk.'],
  ['en', 'Families left the town because of constant shelling of the market.'],
  ['en', 'The ministry could not independently verify accounts of the fighting near the crossroads.'],
  ['en', 'Russian forces shelled the market in Kherson on Monday, wounding three people.'],
  ['en', 'Ukrainian troops recaptured the village after fierce fighting, the brigade said.'],
  ['uk', 'Підрозділи залишили село, побоюючись оточення, повідомив речник бригади.'],
  ['uk', 'Уникаючи оточення, бійці відійшли на нові позиції біля Покровська.'],
  ['uk', 'На кадрах видно дим над складом, що свідчить про удар по пальному.'],
  ['uk', 'Увечері у Харкові оголосили повітряну тривогу.'],
  ['uk', 'У штабі атаку на міст не коментували.'],
  ['uk', 'Через постійні обстріли з міста виїхали сотні родин.'],
  ['uk', 'Російські війська обстріляли Нікополь у вівторок, поранено двох людей.'],
  ['ru', 'Гарнизон оставил село, опасаясь окружения, сообщил командир.'],
  ['ru', 'Избегая окружения, подразделения отошли к реке.'],
  ['ru', 'Над заводом поднялся дым, что свидетельствует об ударе по цехам.'],
  ['ru', 'В Белгороде объявили воздушную тревогу после полуночи.'],
  ['ru', 'Из-за постоянных обстрелов жители покинули поселок.'],
  ['ru', 'Российские войска заняли село под Купянском, заявили в Минобороны.'],
]

function read(lang: Lang, text: string): unknown {
  return extractClaims({ id: 'window-gates', text, lang, publishedAt: '2025-11-04', outlet: null }).value.claims.map((c) => [c.kind, c.actorSide, c.modality, c.speaker.name, c.time, c.quantity])
}

describe('window tests before and after event words, gated', () => {
  it('read every sentence as they do with the gates off', () => {
    for (const [lang, text] of SENTENCES) {
      const gatedReading = read(lang, text)
      useLiteralGates(false)
      try {
        expect(gatedReading, text).toEqual(read(lang, text))
      } finally {
        useLiteralGates(true)
      }
    }
  })

  it('still drop the event a window names as feared, avoided, alerted or uncommented', () => {
    const kinds = (lang: Lang, text: string): string[] => extractClaims({ id: 'w', text, lang, publishedAt: '2025-11-04', outlet: null }).value.claims.map((c) => c.kind)
    expect(kinds('en', 'The garrison left the hamlet on Tuesday, fearing encirclement by the advancing units.')).not.toContain('encirclement')
    expect(kinds('ru', 'Гарнизон оставил село, опасаясь окружения, сообщил командир.')).not.toContain('encirclement')
    expect(kinds('uk', 'Увечері у Харкові оголосили повітряну тривогу.')).not.toContain('strike')
    // A near miss keeps its claim: no fear word, a strike told outright.
    expect(kinds('en', 'Russian forces shelled the market in Kherson on Monday, wounding three people.')).toContain('strike')
  })
})
