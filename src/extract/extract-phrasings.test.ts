import { describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// Phrasings real reports use, one class per test (our own sentences, EN/UK/RU): who did it, what
// kind of event, who says so. 2025-12-12 is a Friday.

type Row = { kind: Claim['kind']; actorSide?: Claim['actorSide']; speaker?: string | null; side?: string; modality?: Claim['modality'] }

function claimsOf(text: string, lang: Lang = 'en', outlet: string | null = 'Test Wire'): Row[] {
  const r = extractClaims({ id: 'doc-phrasings', text, lang, publishedAt: '2025-12-12', outlet })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, actorSide: c.actorSide, speaker: c.speaker.name, side: c.speaker.side, modality: c.modality }))
}

describe('being driven out of a settlement', () => {
  it.each<[string, Lang, Row[]]>([
    ['The occupiers were pushed out of the village after two days of fighting.', 'en', [{ kind: 'capture', actorSide: 'UA' }]],
    ['Russian troops had been driven out of Kupiansk, the brigade said.', 'en', [{ kind: 'capture', actorSide: 'UA' }]],
    ['Ukrainian units were forced out of the town of Siversk.', 'en', [{ kind: 'capture', actorSide: 'RU' }]],
    // a part of a town, or a line, is not the settlement: ground the pusher gained (gold convention 5)
    ['Ukrainian units have been pushed out of the town centre.', 'en', [{ kind: 'advance', actorSide: 'RU' }]],
    ['Russian units were pushed back from Kupiansk.', 'en', [{ kind: 'advance', actorSide: 'UA' }]],
    ["Окупантів відкинуто від Куп'янська.", 'uk', [{ kind: 'advance', actorSide: 'UA' }]],
    // after the pushed side's own attack or attempt: that attack repelled, by the pusher
    ['Russian troops tried to storm Lyman but were driven back with heavy losses.', 'en', [{ kind: 'assault', actorSide: 'RU' }, { kind: 'repelled', actorSide: 'UA' }]],
    ['Russian infantry attacked near Siversk and were beaten back.', 'en', [{ kind: 'assault', actorSide: 'RU' }, { kind: 'repelled', actorSide: 'UA' }]],
  ])('%s', (text, lang, expected) => {
    expect(claimsOf(text, lang)).toMatchObject(expected)
  })
})

describe('fending off attacks', () => {
  it.each<[string, Row[]]>([
    ["Ukraine's General Staff said its troops had fought off 46 Russian attacks near Pokrovsk.", [{ kind: 'repelled', actorSide: 'UA' }]],
    ['The defenders held the attackers off near Kostiantynivka for a third day.', [{ kind: 'repelled', actorSide: 'UA' }]],
    ['Ukrainian units kept Russian assault groups at bay near Lyman.', [{ kind: 'repelled', actorSide: 'UA' }]],
  ])('%s', (text, expected) => {
    expect(claimsOf(text)).toMatchObject(expected)
  })

  it('regaining positions is an advance, not a capture of a settlement', () => {
    expect(claimsOf('Ukrainian forces regained lost positions near Stupochky.')).toMatchObject([{ kind: 'advance', actorSide: 'UA' }])
  })
})

describe('a second speaker mid-sentence', () => {
  it('gives the clause after "but ISW assesses that" to ISW, with its denial', () => {
    expect(claimsOf('The Russian Ministry of Defense (MoD) claimed on December 4 that Russian forces seized Zvanivka, but ISW assesses that Russian forces have not seized the settlement.', 'en', 'ISW')).toMatchObject([
      { kind: 'capture', actorSide: 'RU', speaker: 'Russian Ministry of Defense', side: 'RU' },
      { kind: 'capture', actorSide: 'RU', speaker: 'ISW', side: 'independent', modality: 'denied' },
    ])
  })

  it('keeps the outlet for the clause before the contrast', () => {
    expect(claimsOf("Moscow's forces have been trying to encircle Kostiantynivka since the spring, but Ukraine's army says it has held them off.", 'en', 'AFP')).toMatchObject([
      { kind: 'assault', actorSide: 'RU', speaker: 'AFP' },
      { kind: 'repelled', actorSide: 'UA', speaker: "Ukraine's army", side: 'UA' },
    ])
  })

  it('works in Ukrainian', () => {
    expect(claimsOf('Російські війська нібито оточили Гуляйполе, але у Силах оборони півдня заявили, що ворог не зміг прорватися до міста.', 'uk', 'Суспільне')).toMatchObject([
      { kind: 'encirclement', actorSide: 'RU', speaker: 'Suspilne' },
      { speaker: 'Сили оборони півдня', side: 'UA' },
    ])
  })
})

describe('speaker phrases are cleaned of what is not the name', () => {
  it.each<[string, Lang, string | null, string, string]>([
    ['The Kremlin on Wednesday said Russian troops had captured Kupiansk.', 'en', 'Reuters', 'Kremlin', 'RU'],
    ['The Russian Ministry of Defense (MoD) claimed that Russian forces seized Zvanivka.', 'en', 'ISW', 'Russian Ministry of Defense', 'RU'],
    ['Ранее украинские военные утверждали, что выбили российских военных из села.', 'ru', 'РИА Новости', 'украинские военные', 'UA'],
    // unnamed informants leave the outlet as the speaker
    ['По информации с мест, противник оставил позиции у вокзала.', 'ru', 'Рыбарь', 'Rybar', 'RU'],
    // a wire dateline at the sentence's start names where the story was filed, not who speaks
    ["SUMY, Ukraine (AFP) - Russia's defence ministry said Tuesday its forces had captured Yablunivka.", 'en', 'AFP', "Russia's defence ministry", 'RU'],
    ['MOSCOW, Dec 5 (Reuters) - Russian-installed officials said their forces had captured Kamianske.', 'en', 'Reuters', 'Russian-installed officials', 'RU'],
    ['DONETSK REGION, Ukraine — The Ukrainian military said it had pushed Russian troops back from Kupiansk.', 'en', 'AP', 'Ukrainian military', 'UA'],
  ])('%s', (text, lang, outlet, name, side) => {
    const claims = claimsOf(text, lang, outlet)
    expect(claims.length).toBeGreaterThan(0)
    expect(claims[0]).toMatchObject({ speaker: name, side })
  })
})

describe('Ukrainian and Russian phrasings', () => {
  it.each<[string, Lang, string | null, Row[]]>([
    // pushing the enemy out of a settlement retakes it
    ['Наші штурмовики вибили окупантів із села Кіндратівка.', 'uk', 'Суспільне', [{ kind: 'capture', actorSide: 'UA' }]],
    ['ВСУ вытеснили противника из Кондратовки.', 'ru', 'Рыбарь', [{ kind: 'capture', actorSide: 'UA' }]],
    // getting to a town is an advance, leaving it a withdrawal
    ['Російські війська можуть спробувати вийти до Оріхова.', 'uk', 'Укрінформ', [{ kind: 'advance', actorSide: 'RU', modality: 'expected' }]],
    ['Украинские подразделения вышли из Сватово.', 'ru', 'ТАСС', [{ kind: 'withdrawal', actorSide: 'UA' }]],
    // the genitive after "під контролем" is who controls
    ['Місто залишається під контролем ЗСУ.', 'uk', 'Суспільне', [{ kind: 'control', actorSide: 'UA' }]],
    ['Вокзал остаётся под контролем ВСУ.', 'ru', 'Медуза', [{ kind: 'control', actorSide: 'UA' }]],
    // "our assault detachments" in a Russian channel are Russian; its "противник" is Ukraine
    ['Наши штурмовые отряды продвинулись в северных кварталах.', 'ru', 'Рыбарь', [{ kind: 'advance', actorSide: 'RU' }]],
    ['Противник оставил позиции у вокзала.', 'ru', 'Рыбарь', [{ kind: 'withdrawal', actorSide: 'UA' }]],
    // drones as attackers or weapon: a strike, not a ground assault
    ['Ворог атакував Одесу 40 ударними дронами.', 'uk', 'Повітряні сили', [{ kind: 'strike', actorSide: 'RU' }]],
    ['Ukrainian drones attacked the Kursk region overnight.', 'en', 'Reuters', [{ kind: 'strike', actorSide: 'UA' }]],
    ['Ворог атакував позиції наших захисників біля Торського.', 'uk', 'Генштаб ЗСУ', [{ kind: 'assault', actorSide: 'RU' }]],
  ])('%s', (text, lang, outlet, expected) => {
    expect(claimsOf(text, lang, outlet)).toMatchObject(expected)
  })

  it('takes the speaker of an occupation official introduced by a participle, with the Russian side', () => {
    expect(claimsOf('Призначений Росією очільник окупованої частини області Євген Балицький заявив, що російські війська оточили Гуляйполе.', 'uk', 'Суспільне')).toMatchObject([
      { kind: 'encirclement', actorSide: 'RU', speaker: 'Yevgeny Balitsky', side: 'RU' },
    ])
  })

  it('reads the side of "противник" against a channel known by its Cyrillic name', () => {
    expect(claimsOf('Кроме того, противник обстрелял Каховку.', 'ru', 'Владимир Сальдо')).toMatchObject([{ kind: 'strike', actorSide: 'UA', speaker: 'Vladimir Saldo', side: 'RU' }])
  })

  it('does not count the day of a date as a quantity', () => {
    const r = extractClaims({ id: 'd', text: 'У ніч на 7 вересня противник атакував 810 ударними БпЛА.', lang: 'uk', publishedAt: '2025-09-07', outlet: 'Повітряні сили' })
    expect(r.value.claims[0]!.quantity?.value).toBe(810)
  })
})

describe('titles pointing back', () => {
  it('gives "the general said" to the last person named', () => {
    expect(claimsOf('Army chief Oleksandr Syrskyi said Russian forces had failed to encircle Kupiansk. Ukrainian units had recaptured Petropavlivka, the general said.', 'en', 'Reuters')).toMatchObject([
      { speaker: 'Oleksandr Syrskyi' },
      { kind: 'capture', actorSide: 'UA', speaker: 'Oleksandr Syrskyi' },
    ])
  })

  it('does not give a president\'s words to another person named before', () => {
    const claims = claimsOf('За словами речника Владислава Волошина, ворог атакував Степногірськ. Президент заявив, що росія готує наступ на Оріхів.', 'uk', 'Суспільне')
    expect(claims.at(-1)!.speaker).not.toBe('Vladyslav Voloshyn')
  })
})

describe('modality and speakers across sentences', () => {
  it('lowers the claim before "could not independently verify" to unverified, not the one after', () => {
    expect(claimsOf("Russia's Defence Ministry said its forces had taken the village of Pishchane. Reuters could not independently verify the battlefield report. Ukraine's military said it repelled 20 attacks near Lyman.", 'en', 'Reuters')).toMatchObject([
      { kind: 'capture', modality: 'unverified' },
      { kind: 'repelled', modality: 'asserted' },
    ])
  })

  it('lowers every claim of the speaker before "either claim"', () => {
    expect(claimsOf('A Russian milblogger claimed that Russian assault groups had infiltrated Myrnohrad. The milblogger also asserted that Ukrainian forces were withdrawing from Rodynske. ISW has not observed visual confirmation of either claim.', 'en', 'ISW')).toMatchObject([
      { kind: 'advance', modality: 'unverified', side: 'RU' },
      { kind: 'withdrawal', modality: 'unverified', side: 'RU' },
    ])
  })

  it('reads "Официального подтверждения пока нет" in Russian', () => {
    expect(claimsOf('По данным военкоров, российские подразделения вошли в Кондратовку. Официального подтверждения пока нет.', 'ru', 'Рыбарь')).toMatchObject([{ kind: 'advance', modality: 'unverified' }])
  })

  it('keeps the speaker who declined to comment but said something', () => {
    expect(claimsOf("Ukraine's General Staff did not comment on the report but said its troops had fought off 52 Russian attacks near Lyman.", 'en', 'Reuters')).toMatchObject([
      { kind: 'repelled', actorSide: 'UA', speaker: "Ukraine's General Staff" },
    ])
    expect(claimsOf('В Минобороны не стали комментировать эти сообщения, но заявили, что российские войска продвинулись у Купянска.', 'ru', 'ТАСС')).toMatchObject([
      { kind: 'advance', actorSide: 'RU', speaker: 'Russian Defense Ministry' },
    ])
  })

  it('gives an analysis "by" an outlet to the outlet, and "the analysis found" back to it', () => {
    expect(claimsOf('Russian forces seized about 3,900 square kilometres in 2025, according to an analysis of DeepState maps by BBC Russian. In 2024, Russian forces captured roughly 3,100 square kilometres, the analysis found.', 'en', 'Test Wire')).toMatchObject([
      { kind: 'area-change', speaker: 'BBC Russian', side: 'independent' },
      { kind: 'area-change', speaker: 'BBC Russian', side: 'independent' },
    ])
  })

  it('reads a ministry announcing captures without naming whose as its own side\'s', () => {
    expect(claimsOf('Минобороны России за неделю объявило о захвате пяти населённых пунктов.', 'ru', 'Медуза')).toMatchObject([
      { kind: 'capture', actorSide: 'RU', speaker: 'Russian Defense Ministry', side: 'RU' },
    ])
  })
})

describe('regional officials, link lines, spokespeople', () => {
  it('gives a regional official the side of the region named in the sentence', () => {
    expect(claimsOf("Ukrainian drones attacked Russia's Belgorod region overnight, wounding a driver, the region's acting governor said on Monday.", 'en', 'Reuters')).toMatchObject([
      { kind: 'strike', actorSide: 'UA', side: 'RU' },
      { kind: 'casualties', actorSide: 'UA', side: 'RU' },
    ])
    expect(claimsOf('Russian guided bombs hit the central market of Kostiantynivka, killing a woman, according to the Donetsk regional prosecutor\'s office.', 'en', 'AFP')[0]).toMatchObject({ side: 'UA' })
    expect(claimsOf('В результате атаки беспилотников на Брянскую область пострадали два человека, сообщили в оперштабе региона.', 'ru', 'Известия')[0]).toMatchObject({ side: 'RU' })
  })

  it('skips "Read also:" lines and the headline under a bare "Related news" label', () => {
    const text = 'Ukrainian defenders have recaptured the village of Novoandriivka, the Southern Defence Forces said.\nRead also: Russians claim capture of two villages near Orikhiv\n"The occupiers were pushed out of the village after heavy fighting," the spokesperson said.\nRelated news\nSyrskyi: Russia is massing troops for a new offensive in the south\nShare\nRussian troops continue to attack Ukrainian positions near Stepnohirsk, he added.'
    expect(claimsOf(text, 'en', 'Ukrainska Pravda')).toMatchObject([
      { kind: 'capture', actorSide: 'UA', speaker: 'Southern Defence Forces' },
      // "the spokesperson" with no person named before: the institution's voice
      { kind: 'capture', actorSide: 'UA', speaker: 'Southern Defence Forces' },
      { kind: 'assault', actorSide: 'RU' },
    ])
  })

  it('reads "ведут бои" with the subject of the verb before it', () => {
    expect(claimsOf('Российские подразделения продвинулись на окраине Покровска и ведут бои в жилой застройке.', 'ru', 'ТАСС')).toMatchObject([
      { kind: 'advance', actorSide: 'RU' },
      { kind: 'assault', actorSide: 'RU' },
    ])
  })
})

describe('reduced passives and war correspondents', () => {
  it('reads "Russian servicemen killed in Ukraine" as losses inflicted by Ukraine, "soldiers killed two civilians" as active', () => {
    expect(claimsOf('Researchers have confirmed the names of 120,000 Russian servicemen killed in Ukraine.', 'en', 'Meduza')).toMatchObject([{ kind: 'casualties', actorSide: 'UA' }])
    expect(claimsOf('Russian soldiers killed two civilians in Kherson.', 'en', 'Meduza')).toMatchObject([{ kind: 'casualties', actorSide: 'RU' }])
  })

  it('gives a military correspondent writing in Russian the Russian side', () => {
    expect(claimsOf('Военный корреспондент Александр Коц сообщил, что российские военные вошли в Кондратовку.', 'ru', 'РИА Новости')).toMatchObject([{ kind: 'advance', actorSide: 'RU', side: 'RU' }])
  })
})

describe('Russian MoD passives', () => {
  it('reads an agent in the instrumental before "освобождён" as the actor', () => {
    expect(claimsOf('Подразделениями группировки войск «Юг» в результате активных действий освобождён населённый пункт Константиновка.', 'ru', 'Минобороны России')).toMatchObject([
      { kind: 'capture', actorSide: 'RU', speaker: 'Russian Defense Ministry' },
    ])
    expect(claimsOf('Отражены три контратаки штурмовых групп ВСУ.', 'ru', 'Минобороны России')).toMatchObject([{ kind: 'repelled', actorSide: 'RU' }])
  })
})

describe('a belligerent answering a gain it does not name the actor of', () => {
  it.each<[string, Lang, Row[]]>([
    // "not yet" and denials answer the other side's claim; an announcement is the speaker's own gain
    ["Ukraine's General Staff said talk of the capture of Kupiansk remains premature.", 'en', [{ kind: 'capture', actorSide: 'RU', modality: 'premature' }]],
    ['Генштаб ЗСУ заявив, що говорити про захоплення Куп’янська передчасно.', 'uk', [{ kind: 'capture', actorSide: 'RU', modality: 'premature' }]],
    ['Минобороны России заявило, что сообщения о взятии Купянска не соответствуют действительности.', 'ru', [{ kind: 'capture', actorSide: 'UA', modality: 'denied' }]],
    ['Минобороны России объявило о захвате Купянска.', 'ru', [{ kind: 'capture', actorSide: 'RU' }]],
  ])('%s', (text, lang, expected) => {
    expect(claimsOf(text, lang)).toMatchObject(expected)
  })
})

describe('a force some distance from a place: an advance without an event verb', () => {
  it.each<[string, Lang, Row[]]>([
    ['Russian troops are within 5 km of Kostiantynivka, the General Staff said.', 'en', [{ kind: 'advance', actorSide: 'RU' }]],
    ['The enemy is now 3 km from the city of Dobropillia.', 'en', [{ kind: 'advance', actorSide: 'RU' }]],
    ['Russian forces are about two kilometres from the outskirts of Kramatorsk.', 'en', [{ kind: 'advance', actorSide: 'RU' }]],
    ['Російські війська перебувають приблизно за 5 кілометрів від Костянтинівки.', 'uk', [{ kind: 'advance', actorSide: 'RU' }]],
    ['Ворог за 3 кілометри від Добропілля.', 'uk', [{ kind: 'advance', actorSide: 'RU' }]],
    ['Российские войска находятся в 5 км от Краматорска.', 'ru', [{ kind: 'advance', actorSide: 'RU' }]],
    ['До околиць Покровська окупантам залишилося близько двох кілометрів.', 'uk', [{ kind: 'advance', actorSide: 'RU' }]],
    ['До Запорожья российским войскам осталось около 15 километров.', 'ru', [{ kind: 'advance', actorSide: 'RU' }]],
  ])('%s', (text, lang, expected) => {
    expect(claimsOf(text, lang)).toMatchObject(expected)
  })

  it.each<[string, Lang]>([
    // a place located relative to another is a description, not a claim
    ['Bilytske is 15 km from Dobropillia.', 'en'],
    ['Село розташоване за 10 км від Покровська.', 'uk'],
    ['Село находится в 10 км от Покровска.', 'ru'],
  ])('not: %s', (text, lang) => {
    expect(claimsOf(text, lang)).toEqual([])
  })
})

describe('a place held by neither side', () => {
  it.each<[string, Lang]>([
    ['Siversk is now in the grey zone, DeepState said.', 'en'],
    ['The village of Kurakhove is contested, according to ISW.', 'en'],
    ['Село Шахове наразі в сірій зоні.', 'uk'],
    ['Село Степногорск находится в серой зоне.', 'ru'],
  ])('%s', (text, lang) => {
    expect(claimsOf(text, lang)).toMatchObject([{ kind: 'control', actorSide: null }])
  })

  it('keeps no side even when forces are named', () => {
    expect(claimsOf('Because of Russian infiltration, the town is now in the gray zone.')).toMatchObject([{ kind: 'advance' }, { kind: 'control', actorSide: null }])
  })
})

describe('military idiom: clearing, infiltrating, taking positions back, improving the position', () => {
  it.each<[string, Lang, Row[]]>([
    // clearing a settlement takes it; clearing woods, positions or part of a town is ground gained
    ['Russian forces cleared the village of Ivanivka.', 'en', [{ kind: 'capture', actorSide: 'RU' }]],
    ['Russian forces continue to clear the adjacent woodland near Borova.', 'en', [{ kind: 'advance', actorSide: 'RU' }]],
    ['Russian forces are clearing the western outskirts of Kostiantynivka.', 'en', [{ kind: 'advance', actorSide: 'RU' }]],
    ['Наші воїни зачистили лісосмугу біля Іванівки.', 'uk', [{ kind: 'advance' }]],
    ['Сили оборони зачистили село Іванівка.', 'uk', [{ kind: 'capture', actorSide: 'UA' }]],
    ['Российские войска завершают зачистку Северска.', 'ru', [{ kind: 'advance', actorSide: 'RU' }]],
    ['Российские подразделения зачистили Кураховку.', 'ru', [{ kind: 'capture', actorSide: 'RU' }]],
    ['Ворог просочився в Мирноград малими групами.', 'uk', [{ kind: 'advance', actorSide: 'RU' }]],
    ['ВСУ просочились в Купянск.', 'ru', [{ kind: 'advance', actorSide: 'UA' }]],
    ['Сили оборони відбили позиції біля Степногірська.', 'uk', [{ kind: 'advance', actorSide: 'UA' }]],
    ['ВСУ отбили часть позиций у Степногорска.', 'ru', [{ kind: 'advance', actorSide: 'UA' }]],
    ['Battlegroup West units improved their tactical position near Borova.', 'en', [{ kind: 'advance', actorSide: 'RU' }]],
    ['Подразделения группировки войск «Запад» улучшили тактическое положение.', 'ru', [{ kind: 'advance', actorSide: 'RU' }]],
    ['Российские войска заходят в Мирноград.', 'ru', [{ kind: 'advance', actorSide: 'RU' }]],
    ['Хохлы отошли из Северска.', 'ru', [{ kind: 'withdrawal', actorSide: 'UA' }]],
    ['ВСУ заявили о вытеснении российских подразделений из Степногорска.', 'ru', [{ kind: 'capture', actorSide: 'UA' }]],
  ])('%s', (text, lang, expected) => {
    expect(claimsOf(text, lang)).toMatchObject(expected)
  })

  it('still reads attacks beaten off as repelled', () => {
    expect(claimsOf('Сили оборони відбили 35 атак біля Степногірська.', 'uk')).toMatchObject([{ kind: 'repelled', actorSide: 'UA' }])
  })
})

describe('a rebuttal with no event of its own answers the claim before it', () => {
  it.each<[string, Lang, Row[]]>([
    [
      'The Kremlin claimed on Sunday that its forces had seized Rodynske. Ukrainian military spokesman Viktor Trehubov called the claim "pure fiction."',
      'en',
      [{ kind: 'capture', actorSide: 'RU', speaker: 'Kremlin' }, { kind: 'capture', actorSide: 'RU', speaker: 'Viktor Trehubov', modality: 'denied' }],
    ],
    [
      'Russia said its troops had captured Kupiansk. "These claims are false," the General Staff said.',
      'en',
      [{ kind: 'capture', actorSide: 'RU' }, { kind: 'capture', actorSide: 'RU', side: 'UA', modality: 'denied' }],
    ],
    [
      'Russian forces captured Kupiansk, the Russian Defence Ministry said. Kyiv rejected that as propaganda.',
      'en',
      [{ kind: 'capture', actorSide: 'RU' }, { kind: 'capture', actorSide: 'RU', speaker: 'Kyiv', modality: 'denied' }],
    ],
    [
      "Росіяни заявили про захоплення Куп'янська. Це фейк, заявили в Генштабі.",
      'uk',
      [{ kind: 'capture', actorSide: 'RU', side: 'RU' }, { kind: 'capture', actorSide: 'RU', speaker: 'General Staff of the Armed Forces of Ukraine', modality: 'denied' }],
    ],
    [
      'Російські війська нібито оточили Костянтинівку. Заяву окупантів про повне оточення Костянтинівки Трегубов назвав фейком.',
      'uk',
      [{ kind: 'encirclement', actorSide: 'RU' }, { kind: 'encirclement', actorSide: 'RU', speaker: 'Viktor Trehubov', modality: 'denied' }],
    ],
    [
      'Минобороны России заявило о взятии Степногорска. Эти заявления в ВСУ назвали выдумкой.',
      'ru',
      [{ kind: 'capture', actorSide: 'RU' }, { kind: 'capture', actorSide: 'RU', side: 'UA', modality: 'denied' }],
    ],
  ])('%s', (text, lang, expected) => {
    expect(claimsOf(text, lang)).toMatchObject(expected)
  })

  it('does not let the remark deny the claim that follows it', () => {
    expect(claimsOf('ВСУ заявили о вытеснении российских подразделений из Степногорска. «Это не соответствует действительности, город полностью под контролем наших войск», — заявил военный эксперт Андрей Марочко.', 'ru', 'Интерфакс')).toMatchObject([
      // Rebutted in the next sentence: `reported` (convention 42, round 15).
      { kind: 'capture', actorSide: 'UA', modality: 'reported' },
      { kind: 'control', actorSide: 'RU', speaker: 'Andrei Marochko', modality: 'asserted' },
      { kind: 'capture', actorSide: 'UA', speaker: 'Andrei Marochko', modality: 'denied' },
    ])
  })
})

describe('hedged gains', () => {
  it.each<[string, Claim['modality']]>([['Russian forces made marginal gains southwest of Siversk.', 'asserted']])('%s', (text, modality) => {
    expect(claimsOf(text)).toMatchObject([{ kind: 'advance', modality }])
  })

  // Gold convention 12: gains the speaker says were not made are no claim.
  it.each<[string]>([['Russian forces have made little or no headway near Lyman.'], ['There were no confirmed advances near Kupiansk.']])('%s', (text) => {
    expect(claimsOf(text).filter((c) => c.kind === 'advance')).toEqual([])
  })
})

describe('attacks counted by a belligerent without naming whose', () => {
  it.each<[string, Lang, string, Row[]]>([
    ['The Pokrovsk direction saw the most attacks, 21, near Rodynske and Bilytske.', 'en', 'Ukrinform', [{ kind: 'assault', actorSide: 'RU' }]],
    ['На Покровському напрямку зафіксовано 15 атак.', 'uk', 'Укрінформ', [{ kind: 'assault', actorSide: 'RU' }]],
    ['На Купянском направлении отражено пять атак.', 'ru', 'ТАСС', [{ kind: 'repelled', actorSide: 'RU' }]],
    // engagements are both sides' and stay sideless
    ['Since the start of the day, 94 combat engagements have taken place.', 'en', 'Ukrinform', [{ kind: 'assault', actorSide: null }]],
  ])('%s', (text, lang, outlet, expected) => {
    expect(claimsOf(text, lang, outlet)).toMatchObject(expected)
  })
})

describe('an institution referred back to in another case', () => {
  it('reads "заявили в ведомстве" as the ministry named before', () => {
    expect(claimsOf('В Минобороны России эту информацию опровергли. «Российские подразделения удерживают вокзал», — заявили в ведомстве.', 'ru', 'РИА Новости')).toMatchObject([
      { kind: 'control', actorSide: 'RU', speaker: 'Russian Defense Ministry', side: 'RU' },
    ])
  })
})

describe('losing ground, being thrown back, rebuttal appositions', () => {
  it.each<[string, Lang, Row[]]>([
    ['Ukraine has lost control of the village of Pishchane, the military admitted.', 'en', [{ kind: 'withdrawal', actorSide: 'UA' }]],
    ['ЗСУ втратили контроль над Піщаним.', 'uk', [{ kind: 'withdrawal', actorSide: 'UA' }]],
    ['ВСУ потеряли контроль над Песчаным.', 'ru', [{ kind: 'withdrawal', actorSide: 'UA' }]],
    ["Російські окупанти намагалися прорватися до Куп'янська, але були відкинуті.", 'uk', [{ kind: 'assault', actorSide: 'RU' }, { kind: 'repelled', actorSide: 'UA' }]],
    ['Украинские подразделения пытались прорваться к Малой Токмачке, но были отброшены.', 'ru', [{ kind: 'assault', actorSide: 'UA' }, { kind: 'repelled', actorSide: 'RU' }]],
    ['ВСУ пытались контратаковать у Андреевки, но были отброшены с потерями.', 'ru', [{ kind: 'assault', actorSide: 'UA' }, { kind: 'repelled', actorSide: 'RU' }]],
    ['Russian forces seized the initiative near Orikhiv.', 'en', []],
    [
      "The Russian Defense Ministry said its troops had liberated Novopavlivka, a claim Ukraine's military denied.",
      'en',
      [{ kind: 'capture', actorSide: 'RU', speaker: 'Russian Defense Ministry' }, { kind: 'capture', actorSide: 'RU', speaker: "Ukraine's military", modality: 'denied' }],
    ],
  ])('%s', (text, lang, expected) => {
    const claims = claimsOf(text, lang)
    expect(claims).toHaveLength(expected.length)
    expect(claims).toMatchObject(expected)
  })

  it('finds the speaker named after a quote that ends in a comma', () => {
    expect(claimsOf('"The enemy is trying to cut the last roads into the city," Serhii Dobriak, head of the Pokrovsk city military administration, told The Associated Press.', 'en', 'Associated Press')).toMatchObject([
      { kind: 'assault', actorSide: 'RU', speaker: 'Serhii Dobriak' },
    ])
  })
})

describe('success idioms, plans and who holds a place', () => {
  it.each<[string, Lang, string, Row[]]>([
    ['Також окупанти мають успіх на Гуляйпільському напрямку.', 'uk', 'DeepState', [{ kind: 'advance', actorSide: 'RU' }]],
    ['Противник добился успеха на Купянском направлении.', 'ru', 'Рыбарь', [{ kind: 'advance', actorSide: 'UA' }]],
    ['Він додав, що окупанти намагаються накопичити сили.', 'uk', 'Суспільне', [{ kind: 'other', actorSide: 'RU' }]],
    ['Pokrovsk remains under Ukrainian control.', 'en', 'Reuters', [{ kind: 'control', actorSide: 'UA' }]],
    ['"The situation is difficult but under control," Trehubov said.', 'en', 'Kyiv Independent', []],
    [
      'Russian forces have made further advances around Pokrovsk, according to Russian war bloggers, though Kyiv insists its troops still hold the city center.',
      'en',
      'Reuters',
      [{ kind: 'advance', actorSide: 'RU', side: 'RU' }, { kind: 'control', actorSide: 'UA', speaker: 'Kyiv', side: 'UA' }],
    ],
  ])('%s', (text, lang, outlet, expected) => {
    const claims = claimsOf(text, lang, outlet)
    expect(claims).toHaveLength(expected.length)
    expect(claims).toMatchObject(expected)
  })
})

describe('launches and interceptions, people put out of action, attacks being prepared', () => {
  it('keeps a launch and its interception apart', () => {
    expect(claimsOf("Ukraine's Air Force said Russia launched 134 drones overnight, of which 110 drones were shot down.")).toMatchObject([
      { kind: 'strike', actorSide: 'RU' },
      { kind: 'strike', actorSide: 'RU' },
    ])
  })

  it.each<[string, Lang, Row[]]>([
    ['Протягом доби знешкоджено 112 окупантів.', 'uk', [{ kind: 'casualties', actorSide: 'UA' }]],
    ['Russian forces are preparing an assault on Orikhiv, Mashovets wrote.', 'en', [{ kind: 'assault', actorSide: 'RU', modality: 'expected' }]],
  ])('%s', (text, lang, expected) => {
    expect(claimsOf(text, lang)).toMatchObject(expected)
  })
})

describe('occupying a place (зайняти / заняти / занять) is a capture; taking up a line is not', () => {
  it.each<[string, Lang, string | null, Row[]]>([
    ['Також ворог зайняв Бересток, Сили оборони відійшли з села на більш вигідні рубежі.', 'uk', 'DeepState', [{ kind: 'capture', actorSide: 'RU' }, { kind: 'withdrawal', actorSide: 'UA' }]],
    ['Окупанти зайняли село Іванівка.', 'uk', 'Суспільне', [{ kind: 'capture', actorSide: 'RU' }]],
    ['Росіяни заняли Торецьк.', 'uk', 'Укрінформ', [{ kind: 'capture', actorSide: 'RU' }]],
    ['Противник заняла Степанівку.', 'uk', 'Генштаб ЗСУ', [{ kind: 'capture', actorSide: 'RU' }]],
    ['Российская армия заняла Берестки, ВСУ отошли на более выгодные рубежи.', 'ru', 'Медуза', [{ kind: 'capture', actorSide: 'RU' }, { kind: 'withdrawal', actorSide: 'UA' }]],
    ['Наши подразделения заняли Ивановку.', 'ru', 'Рыбарь', [{ kind: 'capture', actorSide: 'RU' }]],
    // a line taken is ground gained (gold call 10); a defence taken up is no settlement taken
    ['Сили оборони зайняли вигідні рубежі.', 'uk', 'Суспільне', [{ kind: 'advance', actorSide: 'UA' }]],
    ['Наші бійці зайняли оборону біля Покровська.', 'uk', 'Суспільне', []],
    ['ВСУ заняли оборону у Покровска.', 'ru', 'Медуза', []],
    ['Наші бійці зайняли кругову оборону в селі.', 'uk', 'Суспільне', []],
    ['ВСУ заняли круговую оборону у Покровска.', 'ru', 'Медуза', []],
    ['Наші підрозділи зайняли оборонні позиції.', 'uk', 'Суспільне', []],
    ['Подразделения заняли оборонительные позиции.', 'ru', 'Медуза', []],
    ['Ukrainian troops took up defensive positions near Pokrovsk.', 'en', 'Test Wire', []],
    ['Ukrainian troops are occupying defensive positions on the outskirts.', 'en', 'Test Wire', []],
    // lines and positions taken (gold call 10): the side that took them advanced, also by the gerund
    ['Russian troops took up more favourable positions near Pokrovsk.', 'en', 'Test Wire', [{ kind: 'advance', actorSide: 'RU' }]],
    ['Russian units have occupied more advantageous lines and positions near Lyman.', 'en', 'Test Wire', [{ kind: 'advance', actorSide: 'RU' }]],
    ['Ворог займає вигідніші рубежі біля Ямполя.', 'uk', 'Суспільне', [{ kind: 'advance', actorSide: 'RU' }]],
    ['Подразделения группировки «Запад» заняли более выгодные рубежи и позиции.', 'ru', 'Минобороны России', [{ kind: 'advance', actorSide: 'RU' }]],
    // falling back to better lines is a withdrawal
    ['Сили оборони відійшли на більш вигідні рубежі.', 'uk', 'Суспільне', [{ kind: 'withdrawal', actorSide: 'UA' }]],
    ['ВСУ отошли на более выгодные рубежи.', 'ru', 'Медуза', [{ kind: 'withdrawal', actorSide: 'UA' }]],
    ['Ukrainian units withdrew to more favourable positions.', 'en', 'Test Wire', [{ kind: 'withdrawal', actorSide: 'UA' }]],
    // a stance taken is no position on the ground
    ['The party took up positions on the budget.', 'en', 'Test Wire', []],
    ['Депутат зайняв позицію щодо бюджету.', 'uk', 'Суспільне', []],
    ['Депутат занял позицию по вопросу бюджета.', 'ru', 'Медуза', []],
  ])('%s', (text, lang, outlet, expected) => {
    const claims = claimsOf(text, lang, outlet)
    expect(claims).toHaveLength(expected.length)
    expect(claims).toMatchObject(expected)
  })
})

describe('an adverb between the speaker and its verb is not part of the name', () => {
  it.each<[string, string]>([
    ['Russia said its forces had captured Yablunivka, a claim Kyiv swiftly rejected.', 'Kyiv'],
    ['Russia said its forces had captured Yablunivka, a claim Kyiv promptly dismissed.', 'Kyiv'],
    ['Russia said its forces had captured Yablunivka, a claim the Ukrainian military later denied.', 'Ukrainian military'],
    ['Russia said its forces had captured Yablunivka. The Ukrainian military swiftly denied the claim.', 'Ukrainian military'],
  ])('%s', (text, name) => {
    const claims = claimsOf(text, 'en', 'AFP')
    expect(claims).toHaveLength(2)
    expect(claims[1]).toMatchObject({ kind: 'capture', actorSide: 'RU', speaker: name, side: 'UA' })
  })
})

describe('who holds a place "under control"', () => {
  it.each<[string, Lang, string | null, Row[]]>([
    // the genitive after "control of" / "hands of" is the holder, not a target
    ['The village remains under the control of the Ukrainian army, the spokesman said.', 'en', 'AFP', [{ kind: 'control', actorSide: 'UA' }]],
    ['The town is under the full control of Russian forces, the governor said.', 'en', 'AFP', [{ kind: 'control', actorSide: 'RU' }]],
    // "our control" is the speaker's side's
    ['Kupiansk is under our control, the Ukrainian brigade said.', 'en', 'Reuters', [{ kind: 'control', actorSide: 'UA' }]],
    ['Степногірськ під нашим контролем, заявив речник Сил оборони півдня Владислав Волошин.', 'uk', 'Суспільне', [{ kind: 'control', actorSide: 'UA' }]],
    ['Село під нашим повним контролем, заявив Пушилін.', 'uk', 'Укрінформ', [{ kind: 'control', actorSide: 'RU' }]],
    ['Степногорск под нашим полным контролем, заявил Пушилин.', 'ru', 'ТАСС', [{ kind: 'control', actorSide: 'RU' }]],
  ])('%s', (text, lang, outlet, expected) => {
    expect(claimsOf(text, lang, outlet)).toMatchObject(expected)
  })
})

describe('"the statement" points back at the last speaker', () => {
  it.each<[string, Lang, string | null, string, string]>([
    ['Russian troops attempted to advance toward Prymorske nine times, the Southern Defense Forces said. All assaults were repelled, according to the statement.', 'en', 'Ukrainska Pravda', 'Southern Defense Forces', 'UA'],
    ['The General Staff said Russian forces attacked near Pokrovsk 40 times. All attacks were repelled, the statement said.', 'en', 'Reuters', 'General Staff', 'UA'],
    ['Zelensky said Russian forces attacked near Pokrovsk 40 times. All attacks were repelled, according to the statement.', 'en', 'Reuters', 'Volodymyr Zelensky', 'UA'],
    ['Сили оборони півдня повідомили про 12 атак біля Степногірська. За даними заяви, усі штурми відбито.', 'uk', 'Суспільне', 'Сили оборони півдня', 'UA'],
  ])('%s', (text, lang, outlet, name, side) => {
    const claims = claimsOf(text, lang, outlet)
    expect(claims).toHaveLength(2)
    expect(claims[1]).toMatchObject({ kind: 'repelled', actorSide: 'UA', speaker: name, side })
  })
})

describe('dropping bombs is a strike, whatever stands between the verb and the bombs', () => {
  it.each<[string, Lang, string | null, Row[]]>([
    ['Росіяни вдень скинули на Краматорськ дві керовані авіабомби.', 'uk', 'Новини Донбасу', [{ kind: 'strike', actorSide: 'RU' }]],
    ['Окупанти скидають на Херсон авіабомби щодня.', 'uk', 'Суспільне', [{ kind: 'strike', actorSide: 'RU' }]],
    ['ВСУ сбросили на Шебекино две управляемые авиабомбы.', 'ru', 'ТАСС', [{ kind: 'strike', actorSide: 'UA' }]],
    ['Russian aircraft dropped two guided aerial bombs on Kramatorsk overnight.', 'en', 'Reuters', [{ kind: 'strike', actorSide: 'RU' }]],
    // something else dropped is no strike
    ['Russia dropped its demand for talks.', 'en', 'Reuters', []],
  ])('%s', (text, lang, outlet, expected) => {
    const claims = claimsOf(text, lang, outlet)
    expect(claims).toHaveLength(expected.length)
    expect(claims).toMatchObject(expected)
  })
})

describe('a title in another case, or with the place it serves, points back to the person so titled', () => {
  it.each<[string, Lang, string]>([
    ['Губернатор Курской области Александр Хинштейн сообщил, что дрон атаковал Рыльск. В Глушково повреждены два дома, добавил глава региона.', 'ru', 'Alexander Khinshtein'],
    ['Речник бригади Іван Петренко заявив, що ворог атакував Куп’янськ. За словами речника, противник накопичує сили біля Дворічної.', 'uk', 'Іван Петренко'],
    ["Governor Oleh Syniehubov said Russian drones hit Kharkiv. Russian troops attacked near Vovchansk, the region's governor added.", 'en', 'Oleh Syniehubov'],
  ])('%s', (text, lang, speaker) => {
    const rows = claimsOf(text, lang, null)
    expect(rows.length).toBeGreaterThanOrEqual(2)
    expect(rows.at(-1)!.speaker).toBe(speaker)
  })
})
