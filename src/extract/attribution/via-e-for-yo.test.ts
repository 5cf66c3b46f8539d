import { describe, expect, it } from 'vitest'
import { extractClaims } from '../extract-claims.js'

// Class: Russian text writes «е» for «ё» more often than not ("в своем Telegram-канале" for "в своём
// …"): the via after the verb is the same platform either way. Our own sentences.

describe('"в своем" / "в своём" before a platform', () => {
  it.each(['своем', 'своём'])('сообщил в %s Telegram-канале', (own) => {
    const text = `Глава Брянской области Петр Иванов сообщил в ${own} Telegram-канале, что ВСУ ночью атаковали Климово дронами.`
    const claims = extractClaims({ id: 'doc-yo', text, lang: 'ru', publishedAt: '2026-11-20', outlet: 'Test Wire' }).value.claims
    expect(claims[0]?.speaker).toMatchObject({ name: 'Петр Иванов', via: 'Telegram' })
  })
})
