import { describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../../domain/index.js'
import { extractClaims } from '../extract-claims.js'

// Round 11, wave 2: classes of Ukrainian and Russian event phrasings that unseen writing told by
// slang, euphemism or a verb of some other sense (biting off ground, dropping or using counted
// munitions, a munition falling on a place, sending a force at a line, pushing or climbing at it,
// soldiers who "no longer hurry", equipment "taken apart", a force leaving a named place, units in a
// ring, pressure stepped up, a place "pressed to the end"), each with everyday sentences its guard
// keeps out. Our own sentences, none from a gold file.

type Row = { kind: Claim['kind']; actorSide?: Claim['actorSide']; modality?: Claim['modality'] }

function claimsOf(text: string, lang: Lang): Row[] {
  const r = extractClaims({ id: 'doc-unseen', text, lang, publishedAt: '2026-11-20', outlet: 'Test Wire' })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, actorSide: c.actorSide, modality: c.modality }))
}

describe('unseen event classes (uk, ru)', () => {
  it.each<[string, Lang, Row[]]>([
    // ground bitten or added off, with an area figure
    ['За місяць росіяни відкусили від країни ще 40 км².', 'uk', [{ kind: 'area-change', actorSide: 'RU' }]],
    ['За три недели армия России прибавила около 300 км².', 'ru', [{ kind: 'area-change' }]],
    ['Оккупанты откусили у Запорожской области ещё 25 кв. км.', 'ru', [{ kind: 'area-change' }]],
    // counted munitions dropped or used
    ['Окупанти скинули на околиці Оріхова 40 керованих авіабомб.', 'uk', [{ kind: 'strike', actorSide: 'RU' }]],
    ['За добу ворог задіяв понад 300 дронів-камікадзе.', 'uk', [{ kind: 'strike', actorSide: 'RU' }]],
    ['ВСУ задействовали более 300 дронов.', 'ru', [{ kind: 'strike', actorSide: 'UA' }]],
    // a munition falling on a place
    ['Керовані бомби падали, серед іншого, на Оріхів.', 'uk', [{ kind: 'strike' }]],
    ['Бомбы падали, в частности, на Орехов.', 'ru', [{ kind: 'strike' }]],
    // a force sent at a line or a place, pushing or climbing at it
    ['Увечері ворог пустив на наші позиції біля Іванівки три БМП з піхотою.', 'uk', [{ kind: 'assault', actorSide: 'RU' }]],
    ['Вчора ворог кинув на Нову Іванівку до роти піхоти з танками.', 'uk', [{ kind: 'assault', actorSide: 'RU' }]],
    ['ВСУ бросили на наши окопы взвод пехоты.', 'ru', [{ kind: 'assault', actorSide: 'UA' }]],
    ['Окупанти двічі пхалися на українські позиції біля Іванівки.', 'uk', [{ kind: 'assault', actorSide: 'RU' }]],
    ['Хохлы лезли на наши позиции всю ночь.', 'ru', [{ kind: 'assault', actorSide: 'UA' }]],
    // losses by euphemism and equipment taken apart
    ['Після бою 20 загарбників більше нікуди не поспішають.', 'uk', [{ kind: 'casualties', actorSide: 'UA' }]],
    ['Ці окупанти вже відвоювалися.', 'uk', [{ kind: 'casualties', actorSide: 'UA' }]],
    ['После боя 20 боевиков больше никуда не спешат.', 'ru', [{ kind: 'casualties' }]],
    ['Наші пілоти розібрали 2 танки і БМП.', 'uk', [{ kind: 'casualties' }]],
    ['Расчёты разобрали 2 танка и БМП.', 'ru', [{ kind: 'casualties' }]],
    // a force leaving a named place, now or expected
    ['Вночі останні підрозділи ЗСУ залишили Бахмут.', 'uk', [{ kind: 'withdrawal', actorSide: 'UA' }]],
    ['Российские войска оставили Херсон.', 'ru', [{ kind: 'withdrawal', actorSide: 'RU' }]],
    ['Ожидаем, что ВСУ оставят Северск до конца месяца.', 'ru', [{ kind: 'withdrawal', actorSide: 'UA', modality: 'expected' }]],
    // units in a ring
    ['Бійці добивають оточені підрозділи ворога біля Купʼянська.', 'uk', [{ kind: 'encirclement' }]],
    ['Войска продолжают уничтожение окружённых подразделений противника у Купянска.', 'ru', [{ kind: 'encirclement' }]],
    // pressure stepped up by a force, expected
    ['Вважаємо, що ворог посилить тиск на Покровськ.', 'uk', [{ kind: 'assault', actorSide: 'RU', modality: 'expected' }]],
    ['ВСУ усилят давление на Покровск.', 'ru', [{ kind: 'assault', actorSide: 'UA', modality: 'expected' }]],
    // driven from the last positions in a named place: the place taken; from other positions, ground gained
    ['Российские штурмовики выбили ВСУ из последних укреплений в Ивановке.', 'ru', [{ kind: 'capture', actorSide: 'RU' }]],
    ['Наші бійці вибили окупантів з останніх позицій у Новоселівці.', 'uk', [{ kind: 'capture', actorSide: 'UA' }]],
    ['Российские штурмовики выбили ВСУ из двух укреплений в Ивановке.', 'ru', [{ kind: 'advance', actorSide: 'RU' }]],
    // a place pressed to the end
    ['Думаю, к весне Ивановку всё-таки дожмём.', 'ru', [{ kind: 'capture', modality: 'expected' }]],
  ])('%s', (text, lang, expected) => {
    expect(claimsOf(text, lang)).toMatchObject(expected)
  })

  it.each<[string, Lang]>([
    ['Діти відгризли шматок пирога.', 'uk'],
    ['Цены прибавили 5% за месяц.', 'ru'],
    ['Магазин скинув ціни на 20 відсотків.', 'uk'],
    ['Ціни скинули на 20%.', 'uk'],
    ['Сніг падав на дахи.', 'uk'],
    ['Снег падал на крыши.', 'ru'],
    ['Він кинув на стіл ключі від машини.', 'uk'],
    ['Сусід пустив на дачу друзів.', 'uk'],
    ['Кіт ліз на дерево.', 'uk'],
    ['Кіт більше нікуди не поспішає.', 'uk'],
    ['Кот больше никуда не спешит.', 'ru'],
    ['Діти розібрали конструктор.', 'uk'],
    ['Дети разобрали конструктор.', 'ru'],
    ['Он разобрал 2 танка на запчасти в музее.', 'ru'],
    ['Марія залишила Париж у 2014 році.', 'uk'],
    ['Он оставит квартиру до конца месяца.', 'ru'],
    ['Он оставил Москву в 2014 году.', 'ru'],
    ['Ребёнок, окружённый заботой родителей, растёт.', 'ru'],
    ['ЄС посилить тиск на Москву.', 'uk'],
    ['ЕС усилит давление на Москву.', 'ru'],
    ['Думаю, до Нового года мы всё-таки дожмём этот проект.', 'ru'],
    ['Мы всё-таки дожмём этот проект.', 'ru'],
  ])('no claim: %s', (text, lang) => {
    expect(claimsOf(text, lang)).toEqual([])
  })
})
