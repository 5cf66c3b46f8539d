import { describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../../domain/index.js'
import { extractClaims } from '../extract-claims.js'

// Round 24: strikes on fuel, military and energy sites told by the event's noun in any case (a blast or
// fire "of" the site in the genitive, fires in the plural), by the site's fate after it, by bombing,
// blowing up, gun-fire compounds and dropped devices (slavic-facility-strikes.ts), with the everyday
// sentences each class keeps out. Our own sentences, none from a gold file or a data set.

type Row = { kind: Claim['kind']; actorSide?: Claim['actorSide'] }

function claimsOf(text: string, lang: Lang): Row[] {
  const r = extractClaims({ id: 'doc-sites', text, lang, publishedAt: '2023-06-10', outlet: 'Test Wire' })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, actorSide: c.actorSide }))
}

describe('strikes on sites, every case form (uk, ru)', () => {
  it.each<[string, Lang, Row[]]>([
    // the event's noun with the site in the genitive
    ['Потужний вибух складу боєприпасів під Луганськом.', 'uk', [{ kind: 'strike' }]],
    ['Наслідки детонації арсеналу окупантів показали на відео.', 'uk', [{ kind: 'strike' }]],
    ['Рятувальники досі гасять пожежу нафтосховища біля Ровеньок.', 'uk', [{ kind: 'strike' }]],
    ['Ночной взрыв нефтебазы в Донецке попал на видео.', 'ru', [{ kind: 'strike' }]],
    ['Показаны кадры уничтожения военного аэродрома в Крыму.', 'ru', [{ kind: 'strike' }]],
    // a fire's other forms, at a site
    ['Супутник зняв сліди пожеж на авіабазі під Джанкоєм.', 'uk', [{ kind: 'strike' }]],
    ['Пожары на нефтебазах под Брянском тушили двое суток.', 'ru', [{ kind: 'strike' }]],
    // the site first, its fate after
    ['Склад пального окупантів біля Токмака повністю знищений.', 'uk', [{ kind: 'strike' }]],
    ['Арсенал под Горловкой, уничтоженный накануне, горел всю ночь.', 'ru', [{ kind: 'strike' }]],
    // bombing, blowing up
    ['Ворожа авіація розбомбила нафтобазу на Полтавщині.', 'uk', [{ kind: 'strike', actorSide: 'RU' }]],
    ['Российские самолёты разбомбили склад под Изюмом.', 'ru', [{ kind: 'strike', actorSide: 'RU' }]],
    ['Окупанти підірвали міст через річку біля села.', 'uk', [{ kind: 'strike', actorSide: 'RU' }]],
    ['Оккупанты взорвали подстанцию на окраине Херсона.', 'ru', [{ kind: 'strike', actorSide: 'RU' }]],
    // gun fire as a compound noun
    ['ВСУ нанесли артудар по окраине Донецка.', 'ru', [{ kind: 'strike', actorSide: 'UA' }]],
    ['Вночі окупанти здійснили артобстріл Нікополя.', 'uk', [{ kind: 'strike', actorSide: 'RU' }]],
    // a dropped device
    ['Дрон скинув саморобний вибуховий пристрій на подвір’я.', 'uk', [{ kind: 'strike' }]],
    ['Зафиксирован сброс гранаты с дрона на жилой дом.', 'ru', [{ kind: 'strike' }]],
  ])('%s', (text, lang, want) => {
    expect(claimsOf(text, lang)).toMatchObject(want)
  })

  it.each<[string, Lang]>([
    // a fire with a peacetime cause, a mine blowing up under someone, a choice of site, a meeting
    ['Пожежа на підстанції сталася через коротке замикання.', 'uk'],
    ['Пожар на подстанции возник из-за короткого замыкания.', 'ru'],
    ['Трактор підірвався на міні в полі.', 'uk'],
    ['Мэр рассказал о строительстве новой подстанции.', 'ru'],
    ['Біля аеродрому відкрили новий торговий центр.', 'uk'],
  ])('no claim: %s', (text, lang) => {
    expect(claimsOf(text, lang)).toEqual([])
  })
})
