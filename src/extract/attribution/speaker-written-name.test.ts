import { describe, expect, it } from 'vitest'
import type { Lang } from '../../domain/index.js'
import { extractClaims } from '../extract-claims.js'

// Class: a known organisation named in Latin script is put out under the words the document names it
// by ("Ukraine's General Staff", "the Russian MoD"), not under a canonical expansion ("General Staff of
// the Armed Forces of Ukraine"): annotators list a speaker's names as each text writes them. The first
// such words name the speaker for the whole document, also where a later sentence names it otherwise or
// points back to it. A Ukrainian or Russian mention may be in any case, so those keep the canonical
// name. Our own sentences.

function speakersOf(text: string, lang: Lang = 'en', outlet: string | null = 'Test Wire'): (string | null)[] {
  return extractClaims({ id: 'doc-written-name', text, lang, publishedAt: '2026-11-20', outlet }).value.claims.map((c) => c.speaker.name)
}

describe('an English speaker is named as the document names it', () => {
  it.each<[string, string]>([
    ["Ukraine's General Staff said Russian troops attacked near Lyman 14 times on Sunday.", "Ukraine's General Staff"],
    ['The Ukrainian General Staff reported that Russian units stormed positions near Lyman nine times.', 'Ukrainian General Staff'],
    ['The General Staff said Russian troops attacked near Lyman 14 times on Sunday.', 'General Staff'],
    ["Russia's Defence Ministry claimed its forces had taken Hryhorivka.", "Russia's Defence Ministry"],
    ['The Russian MoD said on Tuesday that its troops had captured Hryhorivka.', 'Russian MoD'],
    ["Russian troops entered Hryhorivka, Ukraine's army said.", "Ukraine's army"],
  ])('%s', (text, speaker) => {
    expect(speakersOf(text)[0]).toBe(speaker)
  })

  it('the first words stand for the whole document, through a back-reference and a second form', () => {
    expect(speakersOf("Russia's Defence Ministry claimed its forces had taken Hryhorivka. The ministry later said its troops had also advanced near Siversk.")).toEqual([
      "Russia's Defence Ministry",
      "Russia's Defence Ministry",
    ])
    expect(speakersOf("The Russian MoD said its troops had captured Hryhorivka. Later, Russia's Defense Ministry said they had advanced near Siversk.")).toEqual(['Russian MoD', 'Russian MoD'])
  })

  it('the canonical name stays with the claim as its entity, for the ledger', () => {
    const claims = extractClaims({ id: 'doc-written-entity', text: "Ukraine's General Staff said Russian troops attacked near Lyman 14 times on Sunday.", lang: 'en', publishedAt: '2026-11-20', outlet: 'Test Wire' }).value.claims
    expect(claims[0]?.speaker).toMatchObject({ name: "Ukraine's General Staff", entity: 'General Staff of the Armed Forces of Ukraine' })
  })

  it("a claim in the outlet's own voice keeps the outlet's name", () => {
    expect(speakersOf('Russian troops advanced near Siversk on Monday.')).toEqual(['Test Wire'])
  })
})

describe('a Ukrainian or Russian mention keeps the canonical name', () => {
  it.each<[string, Lang, string]>([
    ['Генштаб ЗСУ повідомив, що від початку доби відбулося 40 атак біля Покровська.', 'uk', 'General Staff of the Armed Forces of Ukraine'],
    ['У Генштабі ЗСУ заявили, що ворог 12 разів атакував біля Лимана.', 'uk', 'General Staff of the Armed Forces of Ukraine'],
    ['Минобороны России заявило, что войска заняли Григоровку.', 'ru', 'Russian Defense Ministry'],
    ['В Минобороны России сообщили, что войска заняли Григоровку.', 'ru', 'Russian Defense Ministry'],
  ])('%s', (text, lang, speaker) => {
    expect(speakersOf(text, lang)[0]).toBe(speaker)
  })
})
