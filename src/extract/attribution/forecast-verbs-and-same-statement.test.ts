import { describe, expect, it } from 'vitest'
import type { Lang } from '../../domain/index.js'
import { extractClaims } from '../extract-claims.js'

// Class: a speaker who "does not rule out" or "expressed confidence" that something will happen
// ("не исключил, что …", "не виключив, що …", "выразил уверенность, что …") speaks it, as after any verb
// of saying; and "В том же сообщении губернатор …", "У тому ж дописі голова ОВА …": the statement
// named again opens the phrase, and the title after it points back to the one who made it. Our own
// sentences.

type Row = { kind: string; speaker: string | null; via: string | null; modality: string }

function claimsOf(text: string, lang: Lang, outlet = 'Test Wire'): Row[] {
  return extractClaims({ id: 'doc-forecast-verbs', text, lang, publishedAt: '2026-11-20', outlet }).value.claims.map((c) => ({
    kind: c.kind,
    speaker: c.speaker.name,
    via: c.speaker.via,
    modality: c.modality,
  }))
}

describe('"не исключил", "выразил уверенность": the speaker of the forecast', () => {
  it.each<[string, Lang, string]>([
    ['Глава региона Иван Петров не исключил, что российские войска скоро выйдут к окраинам Григоровки.', 'ru', 'Иван Петров'],
    ['Иван Петров выразил уверенность, что российские войска возьмут Григоровку до конца месяца.', 'ru', 'Иван Петров'],
    ['Голова ОВА Іван Петренко не виключив, що евакуацію доведеться розширити на Григорівку.', 'uk', 'Іван Петренко'],
  ])('%s', (text, lang, speaker) => {
    const [first] = claimsOf(text, lang)
    expect(first?.speaker).toMatch(new RegExp(speaker.split(' ').at(-1)!.slice(0, 5), 'u'))
    expect(first?.speaker).not.toBe('Test Wire')
  })

  it('a title after "Собеседник агентства не исключил" points back to the person the agency spoke to', () => {
    const rows = claimsOf('Иван Петров рассказал РИА Новости, что войска заняли Григоровку. Собеседник агентства не исключил, что уже до конца месяца войска выйдут к окраинам Ступочек.', 'ru', 'РИА Новости')
    expect(rows.at(-1)).toMatchObject({ speaker: 'Иван Петров', via: 'RIA Novosti' })
  })
})

describe('"В том же сообщении губернатор …" continues the statement named again', () => {
  it('Russian, with the channel the first sentence names', () => {
    const rows = claimsOf('Губернатор Курской области Иван Петров сообщил в Telegram, что дрон атаковал Рыльск. В том же сообщении губернатор не исключил, что эвакуацию придётся распространить на соседний район.', 'ru', 'Коммерсантъ')
    expect(rows.at(-1)).toMatchObject({ kind: 'evacuation', speaker: 'Иван Петров', via: 'Telegram' })
  })

  it('Ukrainian', () => {
    const rows = claimsOf('Голова ОВА Іван Петренко повідомив у Telegram, що дрон атакував Григорівку. У тому ж дописі голова ОВА додав, що евакуацію розширять на сусідню громаду.', 'uk', 'Суспільне')
    expect(rows.at(-1)?.speaker).toMatch(/Петренк|Petrenk/u)
  })
})
