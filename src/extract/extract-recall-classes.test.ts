import { describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// Round 9 recall classes: a toll told as a participle beside its strike, a weapon as the subject of
// what it did, movement and destruction verbs with their particles, repulse told by what the attacker
// got, evacuations made compulsory; and the look-alikes (titles, everyday senses) that are no claim.
// Our own sentences, in the styles of wire copy, bulletins and Telegram posts.

type Row = { kind: Claim['kind']; actorSide?: Claim['actorSide']; span?: string }

function claimsOf(text: string, lang: Lang): Row[] {
  const r = extractClaims({ id: 'doc-recall', text, lang, publishedAt: '2026-09-14', outlet: 'Test Wire' })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, actorSide: c.actorSide, span: text.slice(c.span[0], c.span[1]) }))
}

function kinds(text: string, lang: Lang): Claim['kind'][] {
  return claimsOf(text, lang).map((c) => c.kind)
}

describe('a toll told after its strike is a casualties claim beside the strike', () => {
  it.each<[string, Lang, Row[]]>([
    ['Russian glide bombs gouged a crater outside a clinic in Zaporizhzhia on Sunday, injuring 11 people.', 'en', [{ kind: 'strike', actorSide: 'RU' }, { kind: 'casualties', actorSide: 'RU', span: 'injuring 11 people' }]],
    ['A Russian ballistic missile ripped the facade off a dormitory in Kharkiv, wounding 23 students.', 'en', [{ kind: 'strike', actorSide: 'RU' }, { kind: 'casualties', span: 'wounding 23 students' }]],
    ['Russian troops fired heavy artillery and FPV drones at the Nikopol district 19 times, killing a 60-year-old man in Marhanets.', 'en', [{ kind: 'strike', actorSide: 'RU' }, { kind: 'casualties', span: 'killing a 60-year-old man in Marhanets' }]],
    ['A KAB glide bomb dropped by a Russian jet flattened a house in the town center, killing a woman and wounding two men.', 'en', [{ kind: 'strike', actorSide: 'RU' }, { kind: 'casualties', actorSide: 'RU' }]],
    ['Russian missiles pounded Odesa overnight, leaving three dead.', 'en', [{ kind: 'strike', actorSide: 'RU' }, { kind: 'casualties', actorSide: 'RU' }]],
    ['Росіяни атакували Запоріжжя дронами. Унаслідок атаки зайнялася багатоповерхівка, 8 людей дістали травм.', 'uk', [{ kind: 'strike', actorSide: 'RU' }, { kind: 'casualties' }]],
    ['Утром в результате атаки FPV-дрона ВСУ на грузовой автомобиль в Шебекино ранен водитель.', 'ru', [{ kind: 'strike', actorSide: 'UA' }, { kind: 'casualties', actorSide: 'UA' }]],
    ['Ночью ВСУ атаковали Белгород беспилотниками. Пострадавшие получили ранения различной степени тяжести.', 'ru', [{ kind: 'strike', actorSide: 'UA' }, { kind: 'casualties' }]],
  ])('%s', (text, lang, expected) => {
    expect(claimsOf(text, lang)).toMatchObject(expected)
  })

  it('a strike named as the cause with a target of its own is a strike of its own', () => {
    const text = 'Харків: ворожий «шахед» влучив у склад. Поранено охоронця.\n\nЧугуївський район: через удар FPV-дрона по автомобілю в Старому Салтові травмовано двох чоловіків.'
    expect(kinds(text, 'uk')).toEqual(['strike', 'casualties', 'strike', 'casualties'])
  })

  it('a strike named again as the cause of its toll is no new strike', () => {
    expect(kinds('Росіяни вдарили по Херсону. Внаслідок удару поранено двох людей.', 'uk')).toEqual(['strike', 'casualties'])
  })

  it('two weapons with their own verbs are two strikes; a list of strikes is one', () => {
    expect(kinds('A drone set fire to a gas pipeline in Nikopol, and a shell damaged a kindergarten in the Pokrovske community.', 'en')).toEqual(['strike', 'strike'])
    expect(kinds('Russia launched 64 air strikes, dropping 143 guided bombs on Kharkiv.', 'en')).toEqual(['strike'])
    expect(kinds('Ударами авиации и ракетных войск поражены цеха по сборке беспилотников.', 'ru')).toEqual(['strike'])
  })

  it('prisoners are a toll of their own beside the killed and wounded, on the same side', () => {
    expect(claimsOf('The enemy lost 38 men killed and wounded, and six more were taken prisoner.', 'en')).toMatchObject([
      { kind: 'casualties', span: 'The enemy lost 38 men killed and wounded' },
      { kind: 'casualties', span: 'six more were taken prisoner' },
    ])
    // The strikes are the subject of the toll's verb: its cause, no strike of their own (conventions 36,
    // 92; en-toll-cause-subject.test.ts). A target of their own keeps the strike.
    expect(kinds('Russian strikes killed two people and wounded 11 in Sumy.', 'en')).toEqual(['casualties'])
    expect(kinds('Russian strikes on a school killed two people and wounded 11 in Sumy.', 'en')).toEqual(['strike', 'casualties'])
  })
})

describe('a weapon as the subject of what it did is a strike', () => {
  it.each<[string, Lang]>([
    ['A wave of Shahed-type drones cut electricity across much of Orikhiv.', 'en'],
    ['Ukrainian drones ignited fuel tanks at an oil depot outside Klimovo.', 'en'],
    ['A missile blew out the windows of a school in Sumy.', 'en'],
    ['Two rockets struck an apartment block in Kramatorsk.', 'en'],
    ['Ukrainian forces ignited a fuel depot near Klintsy.', 'en'],
    ['Оріхів залишається під постійним вогнем.', 'uk'],
    ['Орехов остаётся под постоянным огнём.', 'ru'],
  ])('%s', (text, lang) => {
    expect(kinds(text, lang)).toEqual(['strike'])
  })

  it.each<[string, Lang]>([
    ['The new rules cut electricity prices for households.', 'en'],
    ['The speech ignited a debate in parliament.', 'en'],
    ['The bomb shelter was full of children.', 'en'],
    ['The coach fired the striker on Monday.', 'en'],
    ['Він залишається під постійним наглядом лікарів.', 'uk'],
    ['Он остаётся под постоянным наблюдением врачей.', 'ru'],
  ])('no strike: %s', (text, lang) => {
    expect(kinds(text, lang)).not.toContain('strike')
  })
})

describe('movement, fighting and destruction in the words the lexicons lacked', () => {
  it.each<[string, Lang, Row[]]>([
    ['Russian troops had wedged into Stepnohirsk but were gradually being squeezed out.', 'en', [{ kind: 'advance', actorSide: 'RU' }, { kind: 'advance', actorSide: 'UA' }]],
    ['Russian troops pushed as far as the station.', 'en', [{ kind: 'advance', actorSide: 'RU' }]],
    ['Russian infantry squeezed through the tree lines toward Bilozerske.', 'en', [{ kind: 'advance', actorSide: 'RU' }]],
    ['Ukrainian units muscled forward along the railway.', 'en', [{ kind: 'advance', actorSide: 'UA' }]],
    ['The army had pulled a company out of the ruins of the plant.', 'en', [{ kind: 'withdrawal' }]],
    ['Russian forces withdrew two battalions back across the river.', 'en', [{ kind: 'withdrawal', actorSide: 'RU' }]],
    ['Roughly 40 Russian soldiers were put out of action in the fighting.', 'en', [{ kind: 'casualties', actorSide: 'UA' }]],
    ['Ukrainian drones put two Russian tanks out of action near Pokrovsk.', 'en', [{ kind: 'casualties', actorSide: 'UA' }]],
    ['Противник посунувся вперед у Мирнограді.', 'uk', [{ kind: 'advance', actorSide: 'RU' }]],
    ['У серпні російська армія загарбала 418 км² українських земель.', 'uk', [{ kind: 'area-change', actorSide: 'RU' }]],
    ['До кінця року ця цифра може сягнути 4,5 тис. кв. км.', 'uk', [{ kind: 'area-change' }]],
    ['Росіяни пробували прорватися до траси, однак щоразу отримували відсіч.', 'uk', [{ kind: 'assault', actorSide: 'RU' }, { kind: 'repelled', actorSide: 'UA' }]],
    ['Противник тричі пробував контратакувати, але щоразу відкочувався назад.', 'uk', [{ kind: 'assault', actorSide: 'RU' }, { kind: 'repelled', actorSide: 'UA' }]],
    ['Ворог кинув на штурм 20 одиниць бронетехніки — колону розбили дрони та артилерія.', 'uk', [{ kind: 'assault', actorSide: 'RU' }, { kind: 'casualties' }]],
    ['Наибольший прирост пришёлся на Покровское направление — около 420 кв. км.', 'ru', [{ kind: 'area-change' }]],
    ['Российские бойцы сожгли два «Брэдли» и «Хамви».', 'ru', [{ kind: 'casualties', actorSide: 'RU' }]],
    ['ВСУ каждый раз получали отпор.', 'ru', [{ kind: 'repelled', actorSide: 'RU' }]],
    ['В северной части станции сидят хохлы.', 'ru', [{ kind: 'control', actorSide: 'UA' }]],
    ['Three weeks into a Russian drive on this farming town, most shops are shuttered.', 'en', [{ kind: 'assault', actorSide: 'RU' }]],
    ["Russia's gains inside Dnipropetrovsk province over the same month came to around 60 square miles.", 'en', [{ kind: 'area-change', actorSide: 'RU' }]],
    ['Группировка «Восток» отбила три контратаки украинских штурмовиков.', 'ru', [{ kind: 'repelled' }]],
    ['Ворог двічі намагався переправити піхоту через Оскіл, обидві спроби зірвано.', 'uk', [{ kind: 'assault', actorSide: 'RU' }, { kind: 'repelled', actorSide: 'UA' }]],
    ['Угруповання звільнило село Іванівка.', 'uk', [{ kind: 'capture' }]],
  ])('%s', (text, lang, expected) => {
    expect(claimsOf(text, lang)).toMatchObject(expected)
  })

  it.each<[string, Lang]>([
    ['Prices crept up as far as the forecast said.', 'en'],
    ['The company was squeezed out of the market.', 'en'],
    ['He pulled a chair out of the kitchen.', 'en'],
    ['Він сидить удома і читає.', 'uk'],
    ['Дети сидят в классе.', 'ru'],
    ['Он получил отказ в визе.', 'ru'],
    ['Наш фільм отримав нагороду.', 'uk'],
    ['He took a test drive on the new highway.', 'en'],
  ])('no claim: %s', (text, lang) => {
    expect(kinds(text, lang)).toEqual([])
  })
})

describe('evacuations made compulsory', () => {
  it.each<[string, Lang]>([
    ['Authorities have made leaving mandatory for parents and children in eight more villages around Orikhiv.', 'en'],
    ['The regional administration made it compulsory in June for children to leave Bilozerske.', 'en'],
    ['Officials required families with children to leave 11 villages.', 'en'],
    ['Влада зобов\'язала родини з дітьми виїхати з Оріхова.', 'uk'],
    ['Власти обязали жителей приграничных сёл выехать.', 'ru'],
    ['Началось принудительное отселение жителей Глушкова.', 'ru'],
  ])('%s', (text, lang) => {
    expect(kinds(text, lang)).toEqual(['evacuation'])
  })

  it.each<[string, Lang]>([
    ['The school made it compulsory for pupils to wear uniforms.', 'en'],
    ['The law made voting mandatory.', 'en'],
    ['Батьки зобов\'язали сина виконати домашнє завдання.', 'uk'],
  ])('no evacuation: %s', (text, lang) => {
    expect(kinds(text, lang)).not.toContain('evacuation')
  })
})

describe('look-alikes that are no claim of their kind', () => {
  it('a report title with its date is a heading, not an assault', () => {
    expect(kinds('Russian Offensive Campaign Assessment, May 16, 2026\nRussian forces advanced near Pokrovsk.', 'en')).toEqual(['advance'])
  })

  it('a tag line of a scraped page states nothing', () => {
    expect(kinds('Tags: Kharkiv, Kupiansk, Russian strikes', 'en')).toEqual([])
    expect(kinds('Теги: Харків, обстріли, Куп\'янськ', 'uk')).toEqual([])
  })

  it('infiltrators killed or captured are a toll, not ground captured', () => {
    expect(kinds('Some 40 Russian infantrymen have been killed or captured since Sept. 1.', 'en')).toEqual(['casualties'])
  })

  it('people captured are losses; ground captured stays a capture', () => {
    expect(claimsOf('Two Ukrainian soldiers were captured by Russian troops near Pokrovsk.', 'en')).toMatchObject([{ kind: 'casualties', actorSide: 'RU' }])
    expect(kinds('Russian troops captured Yampil.', 'en')).toEqual(['capture'])
  })

  it.each<[string, Lang]>([
    ['He still holds the record for the longest flight.', 'en'],
    ['The ministry held talks with the governors.', 'en'],
    ['Protesters occupied the square outside parliament.', 'en'],
    ['Students occupied the university library for a week.', 'en'],
  ])('no claim: %s', (text, lang) => {
    expect(kinds(text, lang)).toEqual([])
  })

  it('forces holding ground and occupying a town stay claims', () => {
    expect(kinds('Ukrainian troops still hold the northern part of Kupiansk.', 'en')).toEqual(['control'])
    expect(kinds('Russian forces occupied Berestok.', 'en')).toEqual(['capture'])
  })
})
