import { describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// Round 15, helper 116: who said a claim and through what (gold conventions 3, 16, 21, 22, 27, 30,
// 34, 41). Our own sentences, one table per class of phrasing, in every language the class has.

type Row = { kind: Claim['kind']; speaker: string | null; side: string; via: string | null; text: string }

function claimsOf(text: string, lang: Lang = 'en', outlet: string | null = 'Test Wire'): Row[] {
  const r = extractClaims({ id: 'doc-r15-h116', text, lang, publishedAt: '2026-11-20', outlet })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, speaker: c.speaker.name, side: c.speaker.side, via: c.speaker.via, text: text.slice(c.span[0], c.span[1]) }))
}

describe('class 1: the outlet an interviewee spoke to is the via of the whole interview (calls 22, 27)', () => {
  // The verbs: told / tells / рассказал / сказал / розповів; the outlet in the list, known to the entity
  // index only, or in guillemets in the dative; the interview continued by the surname, a title, a
  // pronoun, "По его прогнозу", "За його словами", in the same or a later paragraph.
  const cases: { name: string; lang: Lang; outlet: string; text: string; speaker: string; via: string }[] = [
    {
      name: 'told DW (an outlet the entity index knows), then the surname in later paragraphs',
      lang: 'en',
      outlet: 'Deutsche Welle',
      text: 'Russian units have pushed into Mala Tokmachka, district chief Petro Halych told DW on Tuesday.\n\nOn Monday night a drone hit a school in Orikhiv, Halych said, wounding a teacher.\n\nHalych said officials would evacuate 200 families from Stepnohirsk next week.',
      speaker: 'Petro Halych',
      via: 'DW',
    },
    {
      name: 'tells Sky News, present tense, leading',
      lang: 'en',
      outlet: 'Sky News',
      text: 'Major Danylo Rusak tells Sky News that Russian infantry entered Kupiansk from the north last week.\n\nRusak says his drone teams destroyed two tanks near Petropavlivka.',
      speaker: 'Danylo Rusak',
      via: 'Sky News',
    },
    {
      name: 'рассказал «Фонтанке» (its own outlet in the dative), then a pronoun and «По его словам»',
      lang: 'ru',
      outlet: 'Фонтанка',
      text: 'Доброволец с позывным «Кедр» рассказал «Фонтанке», что российские штурмовики зашли в Купянск с севера.\n\n«Наши закрепились у вокзала», — говорит он. По его словам, за неделю его рота потеряла ранеными шесть человек.',
      speaker: 'Кедр',
      via: 'Фонтанка',
    },
    {
      name: 'сказал «Новой газете» (an outlet the lists lack), trailing, with the speaker after it',
      lang: 'ru',
      outlet: 'Новая газета',
      text: 'Российские войска продвинулись у Тоненького, сказал «Новой газете» военный эксперт Олег Гусев. По его прогнозу, к весне Покровск будет окружён.',
      speaker: 'Олег Гусев',
      via: 'Новая газета',
    },
    {
      name: 'розповів «Дзеркалу тижня», then «Експерт також зазначив»',
      lang: 'uk',
      outlet: 'Дзеркало тижня',
      text: 'Російські війська просунулися біля Торецька, розповів «Дзеркалу тижня» військовий експерт Петро Гнатюк. Експерт також зазначив, що ворог штурмує Щербинівку.',
      speaker: 'Петро Гнатюк',
      via: 'Дзеркало тижня',
    },
    {
      name: 'рассказал «Известиям», then «Эксперт также отметил» and «По его прогнозу»',
      lang: 'ru',
      outlet: 'Известия',
      text: 'Российские подразделения продвинулись у Северска, рассказал «Известиям» военный эксперт Иван Пахомов.\n\nЭксперт также отметил, что ВСУ потеряли у Серебрянки два танка. По его прогнозу, к концу января Северск будет полностью освобождён.',
      speaker: 'Иван Пахомов',
      via: 'Izvestia',
    },
  ]
  for (const c of cases) {
    it(c.name, () => {
      const rows = claimsOf(c.text, c.lang, c.outlet)
      expect(rows.length).toBeGreaterThan(1)
      for (const r of rows) expect(r, r.text).toMatchObject({ speaker: c.speaker, via: c.via })
    })
  }
  it('a name in the nominative after the verb is the speaker, not an outlet', () => {
    const rows = claimsOf('«Наши зашли в Степногорск с востока», — добавил «Кедр».', 'ru', 'Фонтанка')
    expect(rows[0]).toMatchObject({ speaker: 'Кедр', via: null })
  })
  it('a forecast told by "По его прогнозу" keeps the speaker\'s side for a capture he expects', () => {
    const rows = claimsOf('Военный эксперт Иван Пахомов рассказал ТАСС, что бои идут у Северска. По его прогнозу, к концу января Северск будет освобождён.', 'ru', 'ТАСС')
    expect(rows.at(-1)).toMatchObject({ kind: 'capture', speaker: 'Иван Пахомов' })
  })
})
