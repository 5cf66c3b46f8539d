import { describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// Precision classes of round 14, in sentences of our own (in no gold file): forecasts that an event
// will not happen (convention 32), purpose, fear and avoidance clauses, a title-case headline's toll
// restating the body (convention 14), a bare verdict followed by the rebuttal in full (convention 7),
// "pushed back" after a forecast rather than an attempt, and a counter-move named without its side.

type Row = { text: string; kind: Claim['kind']; side: Claim['actorSide']; modality: Claim['modality']; speaker: string | null }

function claimsOf(text: string, lang: Lang = 'en', outlet = 'Test Wire'): Row[] {
  const r = extractClaims({ id: 'doc-r14p', text, lang, publishedAt: '2026-11-20', outlet })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ text: text.slice(c.span[0], c.span[1]), kind: c.kind, side: c.actorSide, modality: c.modality, speaker: c.speaker.name }))
}

describe('a forecast that an event will not happen is no claim (convention 32)', () => {
  it.each<[string, Lang]>([
    ['The brigade commander does not expect Russian troops to storm Kramatorsk this winter.', 'en'],
    ['Kovalenko said he did not expect an assault on Orikhiv before the spring.', 'en'],
    ['Officials do not anticipate a Russian offensive on Zaporizhzhia in the coming weeks.', 'en'],
    ['The general does not believe Russia will capture Kostiantynivka this year.', 'en'],
    ['Russian forces are unlikely to capture Pokrovsk before the end of the year, analysts said.', 'en'],
    ['A Russian offensive on Zaporizhzhia is not expected before spring, the general said.', 'en'],
    ['Командир батальйону не очікує штурму Краматорська найближчим часом.', 'uk'],
    ['Військові не прогнозують оточення Покровська найближчими тижнями.', 'uk'],
    ['Генерал не вірить, що росіяни зможуть захопити Покровськ цього року.', 'uk'],
    ['Наступу на Харків найближчим часом не буде, заявив Синєгубов.', 'uk'],
    ['Командир не ожидает наступления на Славянск до весны.', 'ru'],
    ['Штурма Херсона в ближайшие недели не ожидается, сообщил Сальдо.', 'ru'],
  ])('%s', (text, lang) => {
    expect(claimsOf(text, lang)).toEqual([])
  })

  it('a forecast in the positive stays expected', () => {
    expect(claimsOf('He expects Russian troops to storm Kramatorsk this winter.').map((c) => [c.kind, c.modality])).toEqual([['assault', 'expected']])
    expect(claimsOf('В штабе не исключают, что противник попытается штурмовать Купянск.', 'ru').map((c) => c.modality)).toEqual(['expected'])
  })

  it('a claim after "but" in the same sentence stays', () => {
    const claims = claimsOf('He does not expect an assault on Orikhiv soon, but Russian troops captured Mala Tokmachka on Monday.')
    expect(claims.map((c) => [c.kind, c.side, c.modality])).toEqual([['capture', 'RU', 'asserted']])
  })

  it('a gerund "without waiting" is no forecast', () => {
    expect(claimsOf('Не чекаючи підкріплення, бійці відійшли з Торецька.', 'uk').map((c) => c.kind)).toEqual(['withdrawal'])
  })
})

describe('purpose, fear and avoidance clauses neither qualify nor add claims', () => {
  it.each<[string, Lang]>([
    ['Our mortar crews fell back from Zarichne so that the crews would not be trapped.', 'en'],
    ['Ukrainian units left the village of Berestok to avoid being encircled.', 'en'],
    ['The garrison withdrew from Siversk so as not to be surrounded.', 'en'],
    ['Troops fell back from the ridge for fear of being cut off, the spokesman said.', 'en'],
    ['Наші підрозділи відійшли з Новопавлівки, щоб не потрапити в оточення.', 'uk'],
    ['Бійці залишили позиції біля Торецька, аби уникнути оточення.', 'uk'],
    ['Подразделения ВСУ отошли из Двуречной, чтобы не оказаться в окружении.', 'ru'],
    ['Украинские военные покинули село, опасаясь окружения.', 'ru'],
  ])('%s', (text, lang) => {
    expect(claimsOf(text, lang).map((c) => [c.kind, c.modality])).toEqual([['withdrawal', 'asserted']])
  })

  it('an event after the purpose clause stays', () => {
    const claims = claimsOf('The brigade withdrew from Kurakhove to avoid encirclement, and Russian troops entered the town a day later.')
    expect(claims.map((c) => c.kind)).toEqual(['withdrawal', 'advance'])
  })
})

describe("a title-case headline's toll restating the body is no claim (convention 14)", () => {
  it.each([
    'Russian Missile Strikes Dnipro, Two Killed\n\nA Russian missile hit an industrial site in Dnipro on Tuesday, the regional governor said. Two people were killed.',
    'Shelling Kills Two In Nikopol\n\nRussian artillery shelled Nikopol on Sunday, governor Serhii Lysak said. Two men were killed.',
    'Russian Strike On Odesa Port: One Dead, Seven Hurt\n\nA Russian missile hit the port of Odesa overnight, the governor said. One person was killed and seven were hurt.',
    'Drone Attack On Kherson Leaves Five Wounded\n\nRussian drones attacked Kherson on Friday, the regional administration said. Five people were wounded.',
  ])('%s', (text) => {
    const claims = claimsOf(text)
    expect(claims.map((c) => c.kind)).toEqual(['strike', 'casualties'])
    expect(claims.every((c) => c.speaker !== 'Test Wire')).toBe(true)
  })
})

describe('a bare verdict and the rebuttal told in full after it are one rebuttal (convention 7)', () => {
  it('"— Це неправда. Село досі контролюють Сили оборони."', () => {
    const claims = claimsOf('Міноборони РФ заявило про захоплення Кіндратівки.\n\n— Це неправда. Село досі контролюють Сили оборони.', 'uk')
    // Rebutted in the next sentence: `reported` (convention 42, round 15).
    expect(claims.map((c) => [c.kind, c.modality])).toEqual([
      ['capture', 'reported'],
      ['capture', 'denied'],
    ])
    expect(claims[1]!.text).toContain('Село досі')
  })
  it('"Fake. Our troops still hold the village," an officer told AFP', () => {
    const claims = claimsOf('Moscow claimed the capture of Zarichne on Sunday. "Fake. Our troops still hold the village," a Ukrainian officer told AFP.')
    expect(claims.map((c) => [c.kind, c.side, c.modality])).toEqual([
      ['capture', 'RU', 'reported'],
      ['capture', 'RU', 'denied'],
    ])
    expect(claims[1]!.text).toContain('still hold')
  })
  it('a grey zone after the verdict is the capture called premature', () => {
    const claims = claimsOf('— Росіяни заявили, що взяли Білогірʼя.\n\n— Це вигадка. Там сіра зона, закріпитися не може ніхто.', 'uk')
    expect(claims.filter((c) => c.modality === 'denied')).toEqual([])
    expect(claims.filter((c) => c.modality === 'premature').map((c) => c.kind)).toEqual(['capture'])
  })
  it('a bare verdict with nothing after it stays the rebuttal', () => {
    const claims = claimsOf('The Russian ministry claimed its troops had taken Novoselivka. "Nonsense," the commander said.')
    expect(claims.map((c) => [c.kind, c.modality])).toEqual([
      ['capture', 'reported'],
      ['capture', 'denied'],
    ])
  })
})

describe('"pushed back" after a forecast is the pusher\'s ground, not an attack repelled', () => {
  it('after a forecast of an offensive, in the next paragraph', () => {
    const text = 'Analysts believe Russia may attempt a new offensive near Huliaipole in the spring.\n\nBy the end of the month, Ukrainian forces had regained the initiative: Russian units were pushed back from Zaliznychne.'
    const claims = claimsOf(text)
    expect(claims.find((c) => c.text.includes('pushed back'))?.kind).toBe('advance')
  })
  it('after an attempt told just before, it stays the attack repelled', () => {
    const claims = claimsOf('Russian troops tried to break into Siversk on Monday. They were pushed back by drone crews.')
    expect(claims.map((c) => c.kind)).toContain('repelled')
  })
})

describe('a counter-move named without its side is the defender\'s', () => {
  it.each<[string, Lang, string, Claim['actorSide']]>([
    ['The counteroffensive near Kupiansk is continuing, the General Staff said.', 'en', 'counteroffensive', 'UA'],
    ['Контрнаступ на цій ділянці триває, повідомили в Генштабі ЗСУ.', 'uk', 'Контрнаступ', 'UA'],
    ['Ukrainian troops pushed the Russians back from the edge of Kupiansk. The counteroffensive is continuing, analysts said.', 'en', 'counteroffensive', 'UA'],
  ])('%s', (text, lang, word, side) => {
    const claim = claimsOf(text, lang).find((c) => c.text.includes(word))
    expect(claim?.side).toBe(side)
  })
})

describe('a push-back verb whose object is a statement rejects it; it is no ground claim', () => {
  it.each<[string, Lang]>([
    ['Речник відкинув повідомлення російських каналів про оточення біля Борової.', 'uk'],
    ['Генштаб відкинув твердження окупантів про захоплення Сухецького.', 'uk'],
    ['The ministry pushed back on reports of a breakthrough at Myrnohrad.', 'en'],
    ['Командование ВСУ отвергло заявления Минобороны России о захвате Купянска.', 'ru'],
  ])('%s', (text, lang) => {
    expect(claimsOf(text, lang).filter((c) => c.kind === 'advance' && c.modality === 'asserted')).toEqual([])
  })
})

describe('a toll whose subject is nobody is no claim (convention 12)', () => {
  it.each<[string, Lang]>([
    ['Rescuers put out the fire within an hour, and nobody had been injured, the mayor said.', 'en'],
    ['None of the residents were hurt, the mayor said.', 'en'],
    ['Ніхто з мешканців не постраждав, повідомив голова громади.', 'uk'],
    ['Никто из жителей не пострадал, сообщил губернатор.', 'ru'],
  ])('%s', (text, lang) => {
    expect(claimsOf(text, lang).filter((c) => c.kind === 'casualties')).toEqual([])
  })
  it('the strike beside it stays', () => {
    expect(claimsOf('A Russian drone hit a garage in Sumy; no one was reported injured.').map((c) => c.kind)).toEqual(['strike'])
  })
})

describe('an event named as what someone did not comment on or could not verify is no event of its own', () => {
  it.each<[string, Lang]>([
    ['The newspaper was unable to confirm the sergeant\'s account of combat near the station.', 'en'],
    ['Reuters could not verify the reports of fighting in the town.', 'en'],
    ['The Russian Defence Ministry declined to comment on the strike.', 'en'],
    ['Командування бригади цей штурм не коментувало.', 'uk'],
    ['В Белгороде удар по подстанции не прокомментировали.', 'ru'],
  ])('%s', (text, lang) => {
    expect(claimsOf(text, lang)).toEqual([])
  })
  it('the verification lowers the claim told before it', () => {
    const claims = claimsOf('A local commander said Russian infantry had entered the market district of Kupiansk. Reuters could not verify his account of the fighting.')
    expect(claims.map((c) => c.modality)).toEqual(['unverified'])
  })
})

describe('an attack named as the means of a gain is that gain, one claim', () => {
  it.each<[string, Lang]>([
    ['Ukrainian troops regained positions near Kurylivka in a counterattack, the brigade said.', 'en'],
    ['Ukrainian units retook a strongpoint south of Lyman during a counterattack on Friday.', 'en'],
    ['Сили оборони відбили позиції біля Ямполя в ході контратаки.', 'uk'],
    ['В результате контратаки ВСУ вернули позиции у Кучеровки, сообщил Рыбарь.', 'ru'],
  ])('%s', (text, lang) => {
    expect(claimsOf(text, lang).map((c) => c.kind)).toEqual(['advance'])
  })
})

describe('a conclusion drawn from what the sentence told is that claim again', () => {
  it.each([
    'Footage published on Friday shows Russian soldiers about a kilometer from Kupiansk, suggesting a fresh Russian advance.',
    'Geolocated video shows Russian troops moving along the road two kilometers east of Druzhkivka, suggesting a recent advance.',
  ])('%s', (text) => {
    expect(claimsOf(text).filter((c) => c.kind === 'advance')).toHaveLength(1)
  })
  it('a conclusion with nothing before it stays', () => {
    expect(claimsOf('Pro-Kremlin channels posted new footage, suggesting a Russian advance near Lyman.').map((c) => c.kind)).toContain('advance')
  })
})

describe('the forces that met an air attack are no repulse of a ground attack', () => {
  it.each<[string, Lang]>([
    ['Повітряну атаку відбивали винищувачі, зенітники та екіпажі РЕБ.', 'uk'],
    ['The air attack was repelled by aviation, anti-aircraft units and electronic warfare teams.', 'en'],
    ['Воздушное нападение отражали силы ПВО и мобильные огневые группы.', 'ru'],
  ])('%s', (text, lang) => {
    expect(claimsOf(text, lang)).toEqual([])
  })
})

describe('the rest of a tally restates it; a count of ongoing battles is a tally (convention 9)', () => {
  it.each<[string, Lang]>([
    ['Since the morning there have been 120 clashes. Ukrainian troops repelled 80 assaults; the rest of the clashes are still ongoing.', 'en'],
    ['Від початку доби відбулося 98 боєзіткнень. Сили оборони зупинили 70 штурмів, решта боїв триває.', 'uk'],
    ['С начала суток произошло 90 боестолкновений, остальные бои продолжаются.', 'ru'],
  ])('%s', (text, lang) => {
    expect(claimsOf(text, lang).filter((c) => /rest|решта|остальные/.test(c.text))).toEqual([])
  })
  it('"Two of the battles are still ongoing" is an actorless assault', () => {
    const claims = claimsOf('Since the morning there have been 40 clashes. Two of the battles are still ongoing.')
    expect(claims.map((c) => [c.kind, c.side])).toEqual([
      ['assault', null],
      ['assault', null],
    ])
  })
})

describe('a participle with an earlier year describes its noun: history, no claim', () => {
  it.each<[string, Lang]>([
    ['Moscow now holds about a fifth of Ukraine, including Crimea and the districts of Luhansk occupied since 2014.', 'en'],
    ['Россия контролирует Крым и оккупированные в 2014 году районы Донбасса.', 'ru'],
  ])('%s', (text, lang) => {
    expect(claimsOf(text, lang).map((c) => c.kind)).toEqual(['control'])
  })
  it('a verb with its object in an earlier year stays', () => {
    expect(claimsOf('Russia seized Crimea in 2014.').map((c) => c.kind)).toEqual(['capture'])
  })
})

describe('an air-raid alert, information still being gathered and a standing cause tell no strike', () => {
  it.each<[string, Lang]>([
    ['Shortly after midnight sirens wailed across the city.', 'en'],
    ['Air raid alerts were declared in Kharkiv and Sumy regions overnight.', 'en'],
    ['Информация о повреждениях в Шебекинском округе уточняется.', 'ru'],
    ['Інформація про наслідки атаки на Нікополь уточнюється.', 'uk'],
  ])('%s', (text, lang) => {
    expect(claimsOf(text, lang)).toEqual([])
  })
  it.each<[string, Lang]>([
    ['Через постійні обстріли з Куп\'янська виїхали понад 2 тисячі людей.', 'uk'],
    ['Because of constant drone attacks, more than 900 residents have left Pokrovske since October.', 'en'],
  ])('%s', (text, lang) => {
    expect(claimsOf(text, lang).map((c) => c.kind)).toEqual(['evacuation'])
  })
  it('a strike told after the siren stays', () => {
    expect(claimsOf('Air raid sirens went off at 2 a.m., and minutes later a Russian missile hit a warehouse in Dnipro.').map((c) => c.kind)).toEqual(['strike'])
  })
})

describe('a title asking where or how ends on a quoted name and claims nothing', () => {
  it('"Где российские войска продвинулись в октябре: проверка «Медиазоны»"', () => {
    expect(claimsOf('Где российские войска продвинулись в октябре: проверка «Медиазоны»\n\nЗа месяц армия России заняла около 400 кв. км, подсчитали журналисты.', 'ru').map((c) => c.kind)).toEqual(['area-change'])
  })
})

describe('an attack joined by "and" to the gain it made is one claim', () => {
  it('the attack names the place, the gain does not: one advance over both clauses', () => {
    const claims = claimsOf('Вчера днём ВСУ контратаковали у Кругляковки и выбили наших из опорника.', 'ru')
    expect(claims.map((c) => [c.kind, c.side])).toEqual([['advance', 'UA']])
    expect(claims[0]!.text).toContain('Кругляковки')
  })
  it('an axis before a named gain: the gain', () => {
    const claims = claimsOf('Ukrainian forces counterattacked in the Lyman direction and regained positions west of Zarichne.')
    expect(claims.map((c) => c.kind)).toEqual(['advance'])
  })
  it('an attack and a capture at two named places stay two claims', () => {
    expect(claimsOf('Russian troops stormed positions near Borova and captured Hlushkivka.').map((c) => c.kind)).toEqual(['assault', 'capture'])
  })
})

describe('a verdict on how an event just told went is that event again', () => {
  it.each<[string, Lang]>([
    ['Українські підрозділи залишили Торецьк уночі. Відхід пройшов організовано, повідомили в угрупованні.', 'uk'],
    ['Ukrainian units pulled out of Kurakhove overnight. The withdrawal went smoothly, the brigade said.', 'en'],
    ['Подразделения ВСУ отошли из Двуречной. Отход прошёл организованно, заявили в штабе.', 'ru'],
  ])('%s', (text, lang) => {
    expect(claimsOf(text, lang).map((c) => c.kind)).toEqual(['withdrawal'])
  })
})

describe('a holding in a relative clause on what a gain took describes it', () => {
  it('"опорник …, який ворог утримував з вересня"', () => {
    expect(claimsOf('Десантники відбили опорний пункт біля Іванівки, який ворог утримував з вересня.', 'uk').map((c) => c.kind)).toEqual(['advance'])
  })
  it('a holding in its own main clause stays', () => {
    expect(claimsOf('Росіяни утримують Ямпіль, який вони захопили восени.', 'uk').map((c) => c.kind)).toContain('control')
  })
})
