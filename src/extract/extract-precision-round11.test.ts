import { describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// Round 11 precision: claims that should not be there. Our own sentences; each group has the
// look-alikes that must stay claims.

type Row = { kind: Claim['kind']; actorSide: Claim['actorSide']; modality: Claim['modality']; span: string }

function claimsOf(text: string, lang: Lang): Row[] {
  const r = extractClaims({ id: 'doc-precision-11', text, lang, publishedAt: '2026-11-14', outlet: 'Test Wire' })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, actorSide: c.actorSide, modality: c.modality, span: text.slice(c.span[0], c.span[1]) }))
}

function kinds(text: string, lang: Lang): Claim['kind'][] {
  return claimsOf(text, lang).map((c) => c.kind)
}

describe('a plan negated after the event word plans nothing (convention 12)', () => {
  it.each<[string, Lang, Claim['kind'][]]>([
    ['Після обстрілу Шахового загинули двоє людей. Евакуацію з Шахового поки не планують, сказав начальник МВА.', 'uk', ['strike', 'casualties']],
    ['Дроны атаковали Шебекино ночью. Вывозить жителей Шебекино пока не планируется, сообщил губернатор.', 'ru', ['strike']],
    ['Russian drones struck Nikopol overnight. There are no plans to evacuate the town, the mayor said.', 'en', ['strike']],
  ])('%s', (text, lang, expected) => {
    expect(kinds(text, lang)).toEqual(expected)
  })

  it('a plan told as a plan stays a forecast', () => {
    expect(claimsOf('Дроны атаковали Шебекино ночью. Вывозить жителей Шебекино планируется с понедельника.', 'ru').map((c) => [c.kind, c.modality])).toEqual([['strike', 'asserted'], ['evacuation', 'expected']])
  })
})

describe('"… but did not make confirmed advances" after the speaker\'s own account is no rebuttal (convention 12)', () => {
  it('a premature claim in the sentence before does not make the negation answer it', () => {
    const text = 'ISW assesses that the Russian claim to have taken Novoielizavetivka is premature. Russian infantry kept up assaults near Sofiivka and Ivanivka on November 12 but did not make confirmed advances.'
    expect(claimsOf(text, 'en').map((c) => [c.kind, c.modality])).toEqual([['capture', 'premature'], ['assault', 'asserted']])
  })

  it('a negation with its own subject right after another speaker\'s claim stays a rebuttal', () => {
    const text = 'Russian war correspondents claimed that Russian forces entered Novoielizavetivka. Ukrainian officials said Russian forces had not entered the village.'
    expect(claimsOf(text, 'en').map((c) => c.modality)).toEqual(['reported', 'denied'])
  })
})

describe('an attack told as the circumstance of a toll is the toll\'s (convention 2)', () => {
  it.each<[string, Lang, Claim['kind'][]]>([
    ['По словам губернатора, в результате атаки пострадали двое рабочих.', 'ru', ['casualties']],
    ['Під час нічного штурму окупанти втратили три БМП і 15 піхотинців.', 'uk', ['casualties']],
    ['За три доби боїв противник втратив 60 осіб особового складу.', 'uk', ['casualties']],
    ['Во время ночной атаки беспилотника ранен водитель.', 'ru', ['casualties']],
  ])('%s', (text, lang, expected) => {
    expect(kinds(text, lang)).toEqual(expected)
  })

  it('an attack with its weapon and target, or on a named settlement, stays a strike of its own', () => {
    expect(kinds('В результате атаки дронов ВСУ на Валуйки пострадали три человека.', 'ru')).toEqual(['strike', 'casualties'])
    expect(kinds('Унаслідок обстрілу Ізюма загинув чоловік.', 'uk')).toEqual(['strike', 'casualties'])
  })
})

describe('a question told in reported speech asserts no event', () => {
  it.each<[string, Lang, Claim['kind'][]]>([
    ['Asked whether Russian troops could take Kupiansk back this winter, the commander said the river would decide it.', 'en', []],
    ['На питання, чи зможуть росіяни взяти Покровськ до зими, речник відповів, що ворог уже втратив там сотні бійців.', 'uk', ['casualties']],
    ['На вопрос, сможет ли армия взять Купянск до весны, генерал ответил, что наступление продолжается.', 'ru', ['assault']],
  ])('%s', (text, lang, expected) => {
    expect(kinds(text, lang)).toEqual(expected)
  })

  it('the question\'s subject is whom the answer\'s "they" means', () => {
    const text = 'Asked whether Russian forces could take the town this winter, the general was blunt. "They are massing reserves near Kurylivka," he said.'
    expect(claimsOf(text, 'en').map((c) => [c.kind, c.actorSide])).toEqual([['other', 'RU']])
  })

  it('"asked" without a question word stays a plain verb', () => {
    expect(kinds('Russian troops captured Yampil, the ministry said when asked about the front.', 'en')).toEqual(['capture'])
  })
})

describe('words that only describe or lead into another event are no claim of their own', () => {
  it.each<[string, Lang, Claim['kind'][]]>([
    // A participle right after a force noun describes the force (a reduced relative clause).
    ['Ukrainian drones hit an ammunition depot near Kursk that supplied Russian units fighting in the Sumy region.', 'en', ['strike']],
    ['A commander of a Ukrainian battalion fighting near Siversk said Russian troops had advanced 500 metres.', 'en', ['advance']],
    // An attack joined by "and" to the same side's gain at a named place is how the gain was made.
    ['Ukrainian troops counterattacked and retook positions near Stepove.', 'en', ['advance']],
    ['Російські війська штурмували і захопили Новоселівку.', 'uk', ['capture']],
    // Attacks as the subject of their own gain.
    ['Ukrainian counterattacks won back roughly 1,500 hectares near Kupiansk.', 'en', ['area-change']],
    ['Контратаки ВСУ вернули около 300 гектаров у Купянска.', 'ru', ['area-change']],
  ])('%s', (text, lang, expected) => {
    expect(kinds(text, lang)).toEqual(expected)
  })

  it('a fight told as such, and an attack with a place of its own, stay', () => {
    expect(kinds('Russian units are fighting in the southern outskirts of Siversk.', 'en')).toEqual(['assault'])
    expect(kinds('Russian forces attacked near Lyman and captured Torske.', 'en')).toEqual(['assault', 'capture'])
  })
})

describe('a kind of attack talked about, and a toll called an undercount, are no claims', () => {
  it.each<[string, Lang, Claim['kind'][]]>([
    ['Kyiv says such strikes are meant to cut Russian supply lines.', 'en', []],
    ['В Киеве называют подобные удары ответом на обстрелы украинских городов.', 'ru', []],
    ['Russian forces lost 1,200 soldiers near Pokrovsk last month, the brigade said. The real toll is probably much higher.', 'en', ['casualties']],
    ['Ворог втратив 1200 військових. Справжні втрати окупантів, за оцінкою бригади, значно більші.', 'uk', ['casualties']],
  ])('%s', (text, lang, expected) => {
    expect(kinds(text, lang)).toEqual(expected)
  })

  it('one attack told with "such" nowhere near stays', () => {
    expect(kinds('Russian drones struck an energy facility in Odesa overnight, the governor said.', 'en')).toEqual(['strike'])
  })
})
