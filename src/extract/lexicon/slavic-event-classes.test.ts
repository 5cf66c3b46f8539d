import { describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../../domain/index.js'
import { extractClaims } from '../extract-claims.js'

// Round 11: classes of Ukrainian and Russian event phrasings the blind sets showed missing or read
// as the wrong kind (lines reached, pockets, rushes and infiltration attempts, facilities destroyed,
// clearing completed, compulsory departures, a rebutted story's event), each with the everyday
// sentences its guard keeps out. Our own sentences, none from a gold file.

type Row = { kind: Claim['kind']; actorSide?: Claim['actorSide'] }

function claimsOf(text: string, lang: Lang, outlet = 'Test Wire'): Row[] {
  const r = extractClaims({ id: 'doc-classes', text, lang, publishedAt: '2026-11-20', outlet })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, actorSide: c.actorSide }))
}

describe('event classes of round 11 (uk, ru)', () => {
  it.each<[string, Lang, Row[]]>([
    // lines reached: a motion verb out onto a line or up to a place, with a force as its subject
    ['Штурмовые отряды группировки «Восток» выдвинулись на новые рубежи западнее Успеновки.', 'ru', [{ kind: 'advance', actorSide: 'RU' }]],
    ['Российские подразделения к зиме выйдут к окраинам Гуляйполя.', 'ru', [{ kind: 'advance', actorSide: 'RU' }]],
    ['Окупанти вийдуть до околиць Костянтинівки вже взимку.', 'uk', [{ kind: 'advance', actorSide: 'RU' }]],
    ['Ворог підступив до південних околиць Лимана.', 'uk', [{ kind: 'advance', actorSide: 'RU' }]],
    // a pocket named by fire or staff words
    ['Украинский гарнизон Мирнограда оказался в огневом мешке.', 'ru', [{ kind: 'encirclement' }]],
    ['Російська група під Вовчанськом опинилася у вогневому мішку.', 'uk', [{ kind: 'encirclement' }]],
    // rushing at positions, pushing on, infiltration attempts
    ['Окупанти шість разів кидалися на наші позиції біля Петропавлівки.', 'uk', [{ kind: 'assault', actorSide: 'RU' }]],
    ['Росіяни пре на Костянтинівку з трьох боків.', 'uk', [{ kind: 'assault', actorSide: 'RU' }]],
    ['Противник бросается на наши окопы у Ямполя каждую ночь.', 'ru', [{ kind: 'assault', actorSide: 'UA' }]],
    ['Ворог намагається просочуватися дрібними групами до Куп’янська.', 'uk', [{ kind: 'assault', actorSide: 'RU' }]],
    ['ВСУ пытаются просачиваться в Волчанск мелкими группами.', 'ru', [{ kind: 'assault', actorSide: 'UA' }]],
    ['Окупанти намагаються перерізати трасу на Краматорськ.', 'uk', [{ kind: 'assault', actorSide: 'RU' }]],
    // a facility destroyed is a strike; people and tanks destroyed stay losses
    ['Огнём артиллерии уничтожены склад горючего и пункт управления ВСУ у Гуляйполя.', 'ru', [{ kind: 'strike', actorSide: 'RU' }]],
    ['Наші дронарі знищили командний пункт окупантів під Токмаком.', 'uk', [{ kind: 'strike', actorSide: 'UA' }]],
    ['Наші дронарі знищили два танки окупантів під Токмаком.', 'uk', [{ kind: 'casualties', actorSide: 'UA' }]],
    ['Уночі сили ППО знищили над Дніпром 14 ворожих дронів.', 'uk', [{ kind: 'strike', actorSide: 'RU' }]],
    // clearing completed in a settlement is its capture; of an industrial zone, ground gained
    ['Денис Пушилин заявил, что в Новоселовке завершена зачистка.', 'ru', [{ kind: 'capture', actorSide: 'RU' }]],
    ['Подразделения завершили зачистку Андреевки.', 'ru', [{ kind: 'capture', actorSide: 'RU' }]],
    ['Подразделения завершают зачистку промзоны в Андреевке.', 'ru', [{ kind: 'advance', actorSide: 'RU' }]],
    // compulsory departure as a regulation
    ['З понеділка в Лозівській громаді запроваджують обов’язковий виїзд родин із дітьми.', 'uk', [{ kind: 'evacuation', actorSide: null }]],
    ['В Суджанском округе объявлен обязательный выезд семей с детьми.', 'ru', [{ kind: 'evacuation', actorSide: null }]],
    // an evacuation beside the enemy's approach is nobody's act
    ['Ворог підступив до меж громади, триває примусова евакуація родин.', 'uk', [{ kind: 'advance', actorSide: 'RU' }, { kind: 'evacuation', actorSide: null }]],
    // a rebutted story of a force reaching a line
    ['Повідомлення пропагандистів про вихід росіян на підступи до Запоріжжя речник назвав вигадкою.', 'uk', [{ kind: 'advance', actorSide: 'RU' }]],
    // a town under attack at night; attacks breaking against the defence; attacks stopped
    ['Цієї ночі Суми знову були під атакою.', 'uk', [{ kind: 'strike' }]],
    ['Штурми ворога біля Ямполя розбилися об нашу оборону.', 'uk', [{ kind: 'repelled', actorSide: 'UA' }]],
    ['Наші захисники спинили сім ворожих штурмів біля Торського.', 'uk', [{ kind: 'repelled', actorSide: 'UA' }]],
    // lines, positions or woods seized are ground gained (gold call 10); a settlement seized is taken
    ['Штурмовые отряды овладели выгодными рубежами на северной окраине Ивановки.', 'ru', [{ kind: 'advance', actorSide: 'RU' }]],
    ['Десантники повернули під контроль ділянку лісосмуги біля Серебрянки.', 'uk', [{ kind: 'advance', actorSide: 'UA' }]],
    ['Подразделения взяли под контроль Новоалександровку.', 'ru', [{ kind: 'capture', actorSide: 'RU' }]],
    // fighting forecast to go on: the place is contested
    ['Бои за Торецк продлятся до зимы, считает эксперт.', 'ru', [{ kind: 'control', actorSide: null }]],
    // deaths counted as a noun
    ['Волонтерам удалось подтвердить гибель 9 тысяч военных.', 'ru', [{ kind: 'casualties' }]],
  ])('%s', (text, lang, expected) => {
    const speaker = lang === 'uk' ? 'Генштаб ЗСУ повідомив: ' : 'Минобороны России сообщило: '
    const own = /Генштаб|Минобороны|заявил/.test(text) ? text : speaker + text
    expect(claimsOf(own, lang)).toMatchObject(expected)
  })

  it.each<[string, Lang]>([
    // the everyday senses of the same words, and of three old phrases that fired on them
    ['Кооператив вийшов на новий рівень продажів.', 'uk'],
    ['Він опинився в мішку з покупками.', 'uk'],
    ['Он оказался в мешке с покупками.', 'ru'],
    ['У підвалі замінили старий газовий котел.', 'uk'],
    ['Новый котёл установили в котельной школы.', 'ru'],
    ['Завершено зачистку території від сміття.', 'uk'],
    ['Завершена зачистка берега от мусора.', 'ru'],
    ['Люди вышли из дома после дождя.', 'ru'],
    ['Люди вийшли з дому на прогулянку.', 'uk'],
    ['Он зашёл в магазин за хлебом.', 'ru'],
    ['Сусід зайшов у магазин по хліб.', 'uk'],
    ['Завод выпустил 97 снарядов к празднику.', 'ru'],
    ['Завод випустив першу партію дронів.', 'uk'],
    ['Діти кинулися на допомогу бабусі.', 'uk'],
    ['Компания вышла на рынок Казахстана.', 'ru'],
    ['Журналісти вийшли в ефір о дев’ятій.', 'uk'],
  ])('no claim: %s', (text, lang) => {
    expect(claimsOf(text, lang)).toEqual([])
  })
})
