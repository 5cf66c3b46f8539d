import { describe, expect, it } from 'vitest'
import { extractClaims } from '../extract-claims.js'

// Class (round 18, real VIINA feeds; conventions 24, 52, 79, 80, 90): the speaker of a Ukrainian or
// Russian headline that reacts to a strike or names its source after a dash. Foreign governments,
// their ministers and parties, foreign outlets and intelligence services are `independent`; a name the
// registry knows after the last dash speaks (a commander's call sign too); a bare "– источник" or
// "- джерела" is the outlet's unnamed source, through the outlet; a Russian region named in the
// locative ("На Кубани …") is its authorities, on Russia's side. Sentences of our own.
function first(text: string, lang: 'uk' | 'ru' = 'uk', outlet = 'UNIAN') {
  return extractClaims({ id: 't', text, lang, publishedAt: '2025-08-20', outlet }).value.claims[0] ?? null
}

describe('foreign officials reacting to a strike', () => {
  it('a foreign minister who accuses, an intelligence service that analyses', () => {
    expect(first('Сійярто знову звинуватив Київ в ударі по нафтопроводу біля Брянська.', 'uk', 'Ukrainska Pravda')?.speaker).toMatchObject({ name: 'Péter Szijjártó', side: 'independent' })
    expect(first('Британська розвідка проаналізувала удар дронів по аеродрому в Моздоку.', 'uk', 'Ukrainska Pravda')?.speaker.side).toBe('independent')
  })
  it('a foreign outlet after the dash', () => {
    expect(first('Українські дрони вперше дістали завод у Башкирії, - BI')?.speaker).toMatchObject({ name: 'BI', side: 'independent' })
  })
  it('a Ukrainian official who accuses stays Ukrainian', () => {
    expect(first('Буданов звинуватив Росію в ударі по енергетиці Сум.')?.speaker).toMatchObject({ name: 'Kyrylo Budanov', side: 'UA' })
  })
})

describe('a known name or a bare source after the dash', () => {
  it('a call sign the registry knows', () => {
    expect(first('Сили оборони знову атакували нафтобазу в Брянській області, - Мадяр')?.speaker).toMatchObject({ name: 'Robert Brovdi', side: 'UA' })
  })
  it('a bare source speaks through the outlet, asserted', () => {
    const c = first('Дроны СБУ поразили нефтебазу под Новороссийском – источник', 'ru', 'LIGA.net')
    expect(c?.speaker).toMatchObject({ name: 'source', side: 'UA', via: 'LIGA.net' })
    expect(c?.modality).toBe('asserted')
    expect(first('Дрони ГУР уразили склад у Джанкої, - джерела (відео)')?.speaker).toMatchObject({ name: 'sources', via: 'UNIAN' })
  })
  it('the media after the dash stay hearsay, and no dash leaves the outlet', () => {
    expect(first('Дрони уразили склад у Джанкої, - ЗМІ')?.modality).toBe('reported')
    expect(first('Дрони ГУР уразили склад у Джанкої вночі.')?.speaker.name).toBe('UNIAN')
  })
})

describe('a Russian region in the locative', () => {
  it('is its authorities, on the Russian side', () => {
    expect(first('На Кубани пожаловались на атаку дронов по нефтебазе в Тихорецке', 'ru', 'LIGA.net')?.speaker.side).toBe('RU')
  })
  it('a setting with an event is no speaker', () => {
    expect(first('На Кубани горит нефтебаза после атаки дронов', 'ru', 'LIGA.net')?.speaker.name).toBe('LIGA.net')
  })
})
