import { describe, expect, it } from 'vitest'
import { extractClaims } from '../extract-claims.js'
import { resolveOutlet } from './resolve-speaker.js'

// Class (round 18): the outlets, wires and officials of the real-text dev pools (VIINA 2022-24
// sources_matching, UCDP source_office) had no entry in the registry, so a claim told in their own
// voice, or quoting them, had no side (convention 24: a Ukrainian newsroom UA, one working in Russia
// RU, exile, foreign and international bodies independent). Sentences of our own.
function speakerOf(text: string, lang: 'uk' | 'ru' | 'en', outlet: string | null = null) {
  const claims = extractClaims({ id: 't', text, lang, publishedAt: '2024-05-14', outlet }).value.claims
  return claims[0]?.speaker ?? null
}

describe('feed outlets by name', () => {
  it('gives Ukrainian newsrooms UA', () => {
    for (const name of ['Liveuamap', 'Espreso', 'Espreso.TV', '24 Kanal', 'Interfax-Ukraine', 'Forbes Ukraine', 'MemoryBook', 'Interfax: Ukrainian General Newswire']) {
      expect(resolveOutlet(name).side, name).toBe('UA')
    }
    expect(resolveOutlet('Interfax-Ukraine').name).toBe('Interfax-Ukraine')
  })
  it('gives newsrooms and wires working in Russia RU', () => {
    for (const name of ['Unified news feed', 'World Service Wire', 'ITAR-TASS World Service', 'TASS World Service', 'Nezavisimaya Gazeta', 'Interfax: Russia & CIS General Newswire', 'Voice of Russia']) {
      expect(resolveOutlet(name).side, name).toBe('RU')
    }
    expect(resolveOutlet('TASS World Service').name).toBe('TASS')
  })
  it('gives foreign agencies, exile media and international bodies independent', () => {
    for (const name of ['Reuters News', 'Agence France Presse', 'Associated Press Newswires', 'Xinhua News Agency', 'BBC Monitoring Ukraine & Baltics', 'OSCE', 'ASTRA', 'International Crisis Group']) {
      expect(resolveOutlet(name).side, name).toBe('independent')
    }
  })
  it('does not take a longer unknown name for a registry outlet', () => {
    expect(resolveOutlet('Liveuamap Weekly Digest Club').side).not.toBe('UA')
  })
})

describe('feed outlets and officials quoted in the text', () => {
  it('names a Ukrainian TV channel in quotes, not a date', () => {
    expect(speakerOf('Російська ракета влучила в нафтобазу в Сумах, повідомляє «Україна 24».', 'uk')).toMatchObject({ name: 'Ukraine 24', side: 'UA' })
    expect(speakerOf('Україна 24 лютого зазнала ракетного удару по Києву.', 'uk')?.name ?? null).not.toBe('Ukraine 24')
  })
  it('gives officials quoted by surname their side in both languages', () => {
    expect(speakerOf('Ворог вдарив ракетою по складу в Луцьку, – Погуляйко.', 'uk')).toMatchObject({ name: 'Yurii Pohuliaiko', side: 'UA' })
    expect(speakerOf('Ракета попала в склад в Луцке, сообщил Юрий Погуляйко.', 'ru')).toMatchObject({ name: 'Yurii Pohuliaiko', side: 'UA' })
    expect(speakerOf('По данным Олега Синегубова, ночью дроны атаковали Харьков.', 'ru')).toMatchObject({ name: 'Oleh Syniehubov', side: 'UA' })
    expect(speakerOf('Ракета влучила в адмінбудівлю в Сєвєродонецьку – Гайдай.', 'uk')).toMatchObject({ name: 'Serhii Haidai', side: 'UA' })
  })
  it('gives the head of an oblast state administration UA', () => {
    expect(speakerOf('Окупанти обстріляли Рівне ракетами, – голова Рівненської ОДА.', 'uk')?.side).toBe('UA')
  })
})

// Class: evidence is not a speaker ("Супутникові знімки підтвердили …", "Спутниковые снимки показали
// …"): the claim stays the outlet's.
describe('evidence as the subject of a verb of saying', () => {
  it('leaves the claim to the outlet', () => {
    expect(speakerOf('Супутникові знімки підтвердили знищення двох літаків на аеродромі в Саках.', 'uk', 'UNIAN')).toMatchObject({ name: 'UNIAN', side: 'UA' })
    expect(speakerOf('Свежие спутниковые снимки подтвердили удар по аэродрому под Джанкоем.', 'ru', 'Meduza')).toMatchObject({ name: 'Meduza' })
    expect(speakerOf('Кадри з місця події свідчать про влучання в нафтобазу в Бердянську.', 'uk', 'UNIAN')).toMatchObject({ name: 'UNIAN' })
  })
  it('still takes a named source that confirms', () => {
    expect(speakerOf('Генштаб підтвердив удар по нафтобазі у Феодосії.', 'uk', 'UNIAN')?.name).toBe('General Staff of the Armed Forces of Ukraine')
  })
})

// Class: speakers of the real feeds whose side the registry or the title did not give: Ukraine's
// services by abbreviation, the unnamed media and emergency services (the quoting outlet's side, 79),
// an analyst named by the word alone in a Ukrainian or Russian outlet (90), a foreign government's
// official named by the country in the genitive (90).
describe('speaker sides of the real feeds', () => {
  it('Ukraine’s services and commands by their abbreviations', () => {
    expect(speakerOf('СБУ: дрони підпалили нафтобазу під Бєлгородом.', 'uk', 'Espreso')).toMatchObject({ name: 'SBU', side: 'UA' })
    expect(speakerOf('Дрони уразили радар під Джанкоєм – ССО', 'uk', 'Espreso')).toMatchObject({ name: 'Special Operations Forces of Ukraine', side: 'UA' })
    expect(speakerOf('Ракета влучила в елеватор в Ізмаїлі, повідомили в ДСНС.', 'uk', 'Espreso')).toMatchObject({ name: 'State Emergency Service of Ukraine', side: 'UA' })
  })
  it('the unnamed media take the quoting outlet’s side, Russian media are Russian', () => {
    expect(speakerOf('У Макіївці вибухнув склад боєприпасів – ЗМІ.', 'uk', 'Ukrainska Pravda')).toMatchObject({ name: 'ЗМІ', side: 'UA' })
    expect(speakerOf('У Макіївці вибухнув склад боєприпасів – росЗМІ', 'uk', 'Ukrainska Pravda')).toMatchObject({ side: 'RU' })
  })
  it('a bare analyst in a Ukrainian outlet is UA; one named with a foreign country is not', () => {
    expect(speakerOf('Удари по аеродрому в Саках змінили ситуацію на морі, – аналітик', 'uk', 'UNIAN')?.side).toBe('UA')
    expect(speakerOf('Військовий експерт Жданов пояснив, що стоїть за ударом по аеродрому в Саках', 'uk', 'Espreso')?.side).toBe('UA')
    expect(speakerOf('Британський аналітик: удар по аеродрому в Саках змінив ситуацію на морі', 'uk', 'UNIAN')?.side).toBe('independent')
  })
  it('a foreign minister named by the country in the genitive is independent', () => {
    expect(speakerOf('Транзит нафти зупинено через удар дрона по насосній станції, - заявив міністр закордонних справ Словаччини.', 'uk', 'Liveuamap')?.side).toBe('independent')
    expect(speakerOf('Транзит нефти остановлен из-за удара дрона по насосной станции, заявил глава МИД Венгрии.', 'ru', 'Meduza')?.side).toBe('independent')
  })
})
