import { describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// Convention 46: a part of a toll just told, or the strike named again as the subject with no place or
// figure of its own, is a detail of the event already claimed, no new claim. Sentences are our own and
// in no gold file.

function kinds(text: string, lang: Lang): Claim['kind'][] {
  const r = extractClaims({ id: 'doc-details', text, lang, publishedAt: '2026-11-20', outlet: 'Test Wire' })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => c.kind)
}

describe('a detail of a toll or strike just claimed is no claim', () => {
  it.each<[string, Lang, Claim['kind'][]]>([
    ['Russian missiles struck Sumy overnight, killing three people, the governor said. Among the dead was a 12-year-old girl.', 'en', ['strike', 'casualties']],
    ['A Russian drone hit a bus in Nikopol, wounding six passengers. All the injured were taken to hospital.', 'en', ['strike', 'casualties']],
    ['Уночі росіяни атакували Харків дронами, поранено чотирьох людей. Серед поранених — двоє дітей.', 'uk', ['strike', 'casualties']],
    ['ВСУ обстреляли Шебекино, ранены пять человек. Все пострадавшие доставлены в больницу.', 'ru', ['strike', 'casualties']],
    ['ВСУ нанесли удар дронами по Льгову, погиб мужчина. Удар пришелся по зданию бывшей школы.', 'ru', ['strike', 'casualties']],
    ['Вранці ворог атакував Запоріжжя ракетами. Влучання у складське приміщення, виникла пожежа.', 'uk', ['strike']],
    // A part of the toll counted out of it: "two of the injured", "most of them".
    ['A Russian glide bomb hit a clinic in Sloviansk on Monday, wounding nine people, the mayor said. Three of the wounded are nurses, he added.', 'en', ['strike', 'casualties']],
    // What the event just told was: "it" or "this" with the event noun as its predicate.
    ['Ukrainian drones struck the oil depot in Liski overnight. It was the third attack on the depot since the summer.', 'en', ['strike']],
    ['Ukrainian troops pulled back from two positions near Borova. It was an orderly withdrawal, the brigade said.', 'en', ['withdrawal']],
  ])('%s', (text, lang, expected) => {
    expect(kinds(text, lang)).toEqual(expected)
  })
})

describe('a new place, figure or event stays a claim', () => {
  it('the strike named again with a place of its own', () => {
    expect(kinds('Russian drones attacked Odesa overnight, the governor said. The strike hit a warehouse in Izmail as well.', 'en')).toEqual(['strike', 'strike'])
  })

  it('a toll part with no toll before it', () => {
    expect(kinds('Among the wounded in the Kherson shelling on Monday were two medics, the regional administration said.', 'en')).toContain('casualties')
  })

  it('a predicate with a figure or no event noun is no detail', () => {
    expect(kinds('Russian forces captured 480 sq km in October. That is the most since May, and it brings the year\'s total to 3,900 sq km.', 'en')).toEqual(['area-change', 'area-change'])
    expect(kinds('It was Russian troops that took Kurakhove in January, the general said.', 'en')).toEqual(['capture'])
  })

  it('the same words far from any strike', () => {
    const filler = ' The town council met to discuss the heating season and the school timetable for the winter months.'.repeat(8)
    expect(kinds(`Russian troops shelled Kupiansk on Sunday.${filler} Удар пришелся по складу.`, 'en')).toEqual(['strike'])
  })
})
