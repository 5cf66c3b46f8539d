import { describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// Round 10 precision: gold conventions 12-14 (negated events in the speaker's own voice, failing
// attacks, headlines restating the body), events in conditions and negative purposes, and questions.
// Our own sentences, in the styles of wire copy, analyst reports, bulletins and Telegram posts; each
// group has the look-alikes that must stay claims.

type Row = { kind: Claim['kind']; actorSide?: Claim['actorSide']; modality?: Claim['modality']; span?: string }

function claimsOf(text: string, lang: Lang): Row[] {
  const r = extractClaims({ id: 'doc-precision', text, lang, publishedAt: '2026-10-14', outlet: 'Test Wire' })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, actorSide: c.actorSide, modality: c.modality, span: text.slice(c.span[0], c.span[1]) }))
}

function kinds(text: string, lang: Lang): Claim['kind'][] {
  return claimsOf(text, lang).map((c) => c.kind)
}

describe('an event the speaker says did not happen is no claim (convention 12)', () => {
  it.each<[string, Lang, Claim['kind'][]]>([
    ['Russian forces attacked near Lyman on October 12 but did not make confirmed gains.', 'en', ['assault']],
    ['Russian troops continued assaults toward Siversk and have not made any confirmed advances.', 'en', ['assault']],
    ['A drone hit a warehouse in Kharkiv, the governor said, adding that no one had been injured.', 'en', ['strike']],
    ['A drone struck a petrol station in Sumy overnight; nobody was hurt, the regional governor said.', 'en', ['strike']],
    ['Удар по Харкову. Загиблих і поранених немає.', 'uk', ['strike']],
    ['За добу наступальних дій на Покровському напрямку не було.', 'uk', []],
    ['На Гуляйпільському напрямку штурмів ворога не зафіксовано.', 'uk', []],
    ['Пострадавших нет, сообщил губернатор после атаки беспилотника на Шебекино.', 'ru', ['strike']],
    ['По словам Хинштейна, власти не планируют эвакуировать жителей Рыльска.', 'ru', []],
    ['Наступления на Купянском направлении не было, сообщили в группировке.', 'ru', []],
  ])('%s', (text, lang, expected) => {
    expect(kinds(text, lang)).toEqual(expected)
  })

  it('a negation that answers a claim just told is a rebuttal and stays (conventions 1 and 7)', () => {
    const uk = 'У Збройних силах України спростували заяви російського Міноборони про захоплення Вовчанська. "Місто не захоплене, бої тривають на північних околицях", — сказав речник.'
    expect(claimsOf(uk, 'uk').filter((c) => c.modality === 'denied').map((c) => c.kind)).toEqual(['capture', 'capture'])
    const en = 'The Russian Defense Ministry claimed on Monday that its forces seized Zvanivka, but ISW assesses that Russian forces have not seized the settlement.'
    expect(claimsOf(en, 'en').map((c) => c.modality)).toEqual(['reported', 'denied'])
    const ru = 'Ряд каналов объявил о полном окружении купянского гарнизона. «Они не окружены, логистика работает», — заявил военкор.'
    expect(claimsOf(ru, 'ru').map((c) => c.kind)).toEqual(['encirclement', 'encirclement'])
  })

  it('a negation far from an earlier claim of the other side or another place is the speaker\'s own account', () => {
    const text = 'A milblogger claimed that Russian troops had taken Bilytske, but ISW has not observed evidence supporting this claim.\n\nUkrainian troops won back positions near Yunakivka.\n\nRussian troops kept attacking on the Siversk axis but did not make confirmed gains.'
    expect(kinds(text, 'en')).toEqual(['capture', 'advance', 'assault'])
  })

  it('a forecast in the negative stays a forecast; a plan that is negated plans nothing', () => {
    expect(claimsOf('At the current pace, Russia would not capture the rest of Donetsk province before 2028.', 'en').map((c) => c.modality)).toEqual(['expected'])
    expect(kinds('Власти не планируют эвакуировать жителей Рыльска.', 'ru')).toEqual([])
    expect(claimsOf('Власти планируют эвакуировать жителей Рыльска.', 'ru').map((c) => c.kind)).toEqual(['evacuation'])
  })

  it('an attack that failed still happened: "unsuccessfully", "безуспішно", "so far without success"', () => {
    expect(claimsOf('ВСУ безуспешно пытались контратаковать у Степногорска.', 'ru')).toMatchObject([{ kind: 'assault', actorSide: 'UA', modality: 'asserted' }])
    expect(claimsOf('Ворог тричі безуспішно намагався просунутися до наших позицій біля Антонівки.', 'uk')).toMatchObject([{ kind: 'assault', actorSide: 'RU', modality: 'asserted' }])
    expect(claimsOf('Russian troops tried unsuccessfully to break through near Kupiansk.', 'en')).toMatchObject([{ kind: 'assault', actorSide: 'RU' }])
  })
})

describe('an attack told as failing is one claim, the attacker\'s assault (convention 13)', () => {
  it.each<[string, Lang, Claim['kind'][]]>([
    ['Противник пытался выбить наших бойцов из привокзального района. Атака захлебнулась, ВСУ откатились на исходные.', 'ru', ['assault']],
    ["Ворог намагався прорватися до Куп'янська. Усі його спроби провалилися.", 'uk', ['assault']],
    ['Ворог штурмував позиції біля Торського. Атака зірвалася, окупанти відкотилися на вихідні позиції.', 'uk', ['assault']],
    ['Russian troops tried to storm Yunakivka on Monday. The attack failed, and the assault group fell back to its starting positions.', 'en', ['assault']],
    ['Три попытки противника контратаковать пресечены.', 'ru', ['repelled']],
    ['Наші захисники зупинили 38 штурмових дій агресора в районі Родинського.', 'uk', ['repelled']],
  ])('%s', (text, lang, expected) => {
    expect(kinds(text, lang)).toEqual(expected)
  })

  it('a repulse told as its own act after the attempt, and a withdrawal that is not back to the start, stay', () => {
    expect(kinds('Russian assault groups tried to enter Zakitne on May 10 but were pushed back.', 'en')).toEqual(['assault', 'repelled'])
    expect(kinds('ВСУ пытались контратаковать в районе Юнаковки, но были отброшены с потерями.', 'ru')).toEqual(['assault', 'repelled'])
    expect(kinds('Противник штурмовал Купянск. ВСУ отошли из Купянска-Узлового на новые позиции.', 'ru')).toEqual(['assault', 'withdrawal'])
    // No attack told before it: the return is the only account of the move.
    expect(kinds('ВСУ откатились на исходные позиции.', 'ru')).toEqual(['withdrawal'])
  })
})

describe('an event in a condition or a negative purpose is no claim', () => {
  it.each<[string, Lang, Claim['kind'][]]>([
    ['Біля Білицького українські підрозділи залишили кілька позицій, аби не потрапити в оточення.', 'uk', ['withdrawal']],
    ['Бійці відійшли на нові рубежі, щоб не опинитися в оточенні.', 'uk', ['withdrawal']],
    ['ВСУ отошли от Купянска-Узлового, чтобы не оказаться в окружении.', 'ru', ['withdrawal']],
    ['Ukrainian troops withdrew from two villages so as not to be encircled.', 'en', ['withdrawal']],
    ['If Russian forces take Zolotyi Kolodiaz, Dobropillia is next, the commander said.', 'en', []],
    ['Командир сказав: "Якщо вони візьмуть Золотий Колодязь, то далі — Добропілля".', 'uk', []],
    ['Если противник прорвётся к Купянску, ситуация серьёзно осложнится, считает эксперт.', 'ru', []],
  ])('%s', (text, lang, expected) => {
    expect(kinds(text, lang)).toEqual(expected)
  })

  it('a positive aim of an attack and a plain event with a comma stay', () => {
    expect(kinds('Russian troops massed near Kupiansk and attacked to break through to the river.', 'en')).toContain('assault')
    expect(kinds('Сили оборони відбили позиції біля Степногірська, зазначили в Генштабі.', 'uk')).toEqual(['advance'])
  })
})

describe('a question asserts nothing', () => {
  it.each<[string, Lang]>([
    ['Did Russia capture Zarichne near Lyman?', 'en'],
    ['Чи варто чекати наступу на саме місто?', 'uk'],
    ['Удастся ли российским войскам взять Купянск до зимы?', 'ru'],
  ])('%s', (text, lang) => {
    expect(kinds(text, lang)).toEqual([])
  })
})

describe('a headline restating the body is no claim of its own (convention 14)', () => {
  it.each<[string, Lang, Claim['kind'][]]>([
    ['Russians hit Kherson 38 times in a day\n\nRussian troops fired on Kherson and nearby communities 38 times over the past day, the regional governor said.', 'en', ['strike']],
    ['⚡️ Вибили окупантів із лісосмуги біля Берестка\n\nПозавчора штурмовики нашої бригади вибили окупантів із лісосмуги на північ від Берестка.', 'uk', ['advance']],
    ['Российские войска освободили Двуречную\n\nПодразделения группировки «Запад» освободили населённый пункт Двуречная, сообщило Минобороны.', 'ru', ['capture']],
  ])('%s', (text, lang, expected) => {
    expect(kinds(text, lang)).toEqual(expected)
  })

  it('a headline telling what the body does not stays', () => {
    // Another place, another kind, the other side.
    expect(kinds('Russian drones hit a bus depot in the centre of Nikopol overnight\n\nRussian troops shelled Marhanets overnight, the governor said.', 'en')).toEqual(['strike', 'strike'])
    expect(kinds('Пілоти батальйону знищили 74 окупантів 🔥\n\nОрки лізуть до Ямполя, але всі штурми відбиваємо.', 'uk')).toEqual(['casualties', 'assault', 'repelled'])
    expect(kinds('Ukrainian forces retake Stepove\n\nRussian troops advanced near Stepove, the General Staff said.', 'en')).toEqual(['capture', 'advance'])
  })

  it('a one-line post has no body to restate', () => {
    expect(kinds('Ворог просунувся біля Гродівки', 'uk')).toEqual(['advance'])
  })
})

describe('an event in a relative clause on a noun is the advance of that noun\'s side', () => {
  it.each<[string, Lang, Row[]]>([
    ['Ukrainian troops hunted down the Russian infiltrators who slipped into the depot in Kupiansk.', 'en', [{ kind: 'advance', actorSide: 'RU' }]],
    ['Наші бійці знищили російських диверсантів, які просочилися в депо в Куп’янську.', 'uk', [{ kind: 'casualties' }, { kind: 'advance', actorSide: 'RU', span: 'які просочилися в депо в Куп’янську' }]],
    ['Russian troops who entered Kupiansk last week were pushed back, Ukraine said.', 'en', [{ kind: 'advance', actorSide: 'RU' }]],
  ])('%s', (text, lang, expected) => {
    expect(claimsOf(text, lang)).toMatchObject(expected)
  })

})

describe('two strike verbs joined by "and" with named targets of their own are two strikes', () => {
  it.each<[string, Lang, number]>([
    ['Russian drones struck an energy facility in Odesa and hit a residential building in Kharkiv overnight.', 'en', 2],
    ['Ворожі дрони атакували підстанцію в Харкові і вдарили по школі в Сумах.', 'uk', 2],
    ['Дроны ВСУ атаковали подстанцию в Белгороде и ударили по нефтебазе в Курске.', 'ru', 2],
    ['Ворог обстріляв Нікополь і скинув КАБ на Межову.', 'uk', 2],
    // One strike told in two verbs, a target named once: one claim.
    ['Russia launched 64 air strikes, dropping 143 guided bombs on Kharkiv.', 'en', 1],
    ['Противник обстрелял Шебекино и атаковал его беспилотниками.', 'ru', 1],
  ])('%s', (text, lang, count) => {
    expect(kinds(text, lang).filter((k) => k === 'strike')).toHaveLength(count)
  })
})

