import { describe, expect, it } from 'vitest'
import type { Lang } from '../../domain/index.js'
import { extractClaims } from '../extract-claims.js'

// Class: the via a back-reference gives the speaker ("Speaking to AP by phone, he said …", "За його
// словами в ефірі телемарафону …") is the via of that statement from then on: the surname or title in
// a later paragraph continues it (calls 22, 27), as it does when the via came with the full name. And
// "who … and spoke to CNN" inside the speaker's phrase names whom they spoke to. Our own sentences.

type Row = { kind: string; speaker: string | null; via: string | null }

function claimsOf(text: string, lang: Lang, outlet: string): Row[] {
  const r = extractClaims({ id: 'doc-via-back', text, lang, publishedAt: '2026-11-20', outlet })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, speaker: c.speaker.name, via: c.speaker.via }))
}

describe('a via given on a back-reference carries to the next paragraph', () => {
  it('English: "Speaking to Reuters, he said" then the surname', () => {
    const rows = claimsOf(
      'Russian troops entered the outskirts of Huliaipole, according to Petro Savchuk, a spokesman for the brigade.\nSpeaking to Reuters by phone, he said Ukrainian units repelled three assaults near Zaliznychne on Monday.\n\nSavchuk said Russian forces shelled Huliaipole 40 times overnight.',
      'en',
      'Reuters',
    )
    const strike = rows.find((r) => r.kind === 'strike')
    expect(strike?.speaker).toBe('Petro Savchuk')
    expect(strike?.via).toBe('Reuters')
  })

  it('English: no via on a claim before the outlet is named (never carried backwards)', () => {
    const rows = claimsOf(
      'Russian troops entered the outskirts of Huliaipole, according to Petro Savchuk, a spokesman for the brigade.\nSpeaking to Reuters by phone, he said Ukrainian units repelled three assaults near Zaliznychne on Monday.',
      'en',
      'Reuters',
    )
    expect(rows[0]?.via).toBeNull()
  })

  it('Ukrainian: "в ефірі телемарафону він розповів" then the surname', () => {
    const rows = claimsOf(
      'Окупанти увійшли на околиці Гуляйполя, повідомив речник бригади Петро Савчук.\nВ ефірі телемарафону він розповів, що наші підрозділи відбили три штурми біля Залізничного.\n\nСавчук також зазначив, що росіяни вночі 40 разів обстріляли Гуляйполе.',
      'uk',
      'Тестове видання',
    )
    const strike = rows.find((r) => r.kind === 'strike')
    expect(strike?.speaker).toBe('Петро Савчук')
    expect(strike?.via).toBe('телемарафон')
  })
})

describe('a broadcast opening a Ukrainian or Russian speaker phrase, and "телемарафону речник"', () => {
  it('"В интервью РИА Новости губернатор заявил" gives the via, not a speaker', () => {
    const rows = claimsOf('В интервью РИА Новости губернатор области Петр Иванов заявил, что ВСУ ночью атаковали Рыльск дронами.', 'ru', 'Test Wire')
    expect(rows[0]).toMatchObject({ speaker: 'Петр Иванов', via: 'RIA Novosti' })
  })

  it('"в ефірі телемарафону речник …" ends the via at the broadcast', () => {
    const rows = claimsOf('Росіяни вночі атакували порт Ізмаїла дронами, розповів в ефірі телемарафону речник ВМС Петро Савчук.', 'uk', 'Тестове видання')
    expect(rows[0]).toMatchObject({ speaker: 'Петро Савчук', via: 'телемарафон' })
  })
})

describe('"who … and spoke to X" in the speaker phrase', () => {
  it('names the via of a trailing frame', () => {
    const rows = claimsOf('Russian troops now sit about 9 kilometers from Rodynske, said a platoon commander who goes by the call sign Lys and spoke to CNN near Bilytske.', 'en', 'CNN')
    expect(rows[0]).toMatchObject({ speaker: 'Lys', via: 'CNN' })
  })

  it('not an outlet: a village after "spoke to" is no via', () => {
    const rows = claimsOf('Russian troops now sit about 9 kilometers from Rodynske, said a platoon commander who goes by the call sign Lys and spoke to villagers near Bilytske.', 'en', 'CNN')
    expect(rows[0]?.via).toBeNull()
  })
})
