import { describe, expect, it } from 'vitest'
import { russianFromGeonamesLatin, russianToLatin, ukrainianToLatin, ukrainianToRussianCandidates } from './transliterate.js'

describe('ukrainianToLatin (national system, resolution 55 of 2010)', () => {
  it.each([
    ['Сіверськ', 'Siversk'],
    ['Куп’янськ', 'Kupiansk'],
    ['Запоріжжя', 'Zaporizhzhia'],
    ['Єнакієве', 'Yenakiieve'],
    ['Ямпіль', 'Yampil'],
    ['Згурівка', 'Zghurivka'],
    ['Їжакевич', 'Yizhakevych'],
    ['Йосипівка', 'Yosypivka'],
    ['Верхньокам’янське', 'Verkhnokamianske'],
    ['Велика Новосілка', 'Velyka Novosilka'],
    ['Кам’янка-Дніпровська', 'Kamianka-Dniprovska'],
    ['Щастя', 'Shchastia'],
  ])('%s → %s', (uk, latin) => expect(ukrainianToLatin(uk)).toBe(latin))
})

describe('russianToLatin', () => {
  it.each([
    ['Северск', 'y', 'Seversk'],
    ['Купянск', 'y', 'Kupyansk'],
    ['Гуляйполе', 'y', 'Gulyaypole'],
    ['Гуляйполе', 'i', 'Guliaipole'],
    ['Волчанск', 'y', 'Volchansk'],
    ['Енакиево', 'y', 'Yenakiyevo'],
    ['Верхнекаменское', 'y', 'Verkhnekamenskoye'],
  ] as const)('%s (%s) → %s', (ru, style, latin) => expect(russianToLatin(ru, style)).toBe(latin))
})

describe('russianFromGeonamesLatin', () => {
  it.each([
    ['Tëtkino', 'Тёткино'],
    ['Rep’yëvka', 'Репьёвка'],
    ['Razumnoye', 'Разумное'],
    ['Severnyy', 'Северный'],
    ['Krasnaya Yaruga', 'Красная Яруга'],
    ['Novyy Oskol', 'Новый Оскол'],
    ['Yasnyye Zori', 'Ясные Зори'],
    ['Shebekino', 'Шебекино'],
    ['Elan', 'Элан'],
  ])('%s → %s', (latin, ru) => expect(russianFromGeonamesLatin(latin)).toBe(ru))

  it('gives up on letters outside the romanisation', () => {
    expect(russianFromGeonamesLatin('Qaraqum')).toBeNull()
    expect(russianFromGeonamesLatin('Wola')).toBeNull()
  })
})

describe('ukrainianToRussianCandidates', () => {
  it.each([
    ['Сіверськ', 'Северск'],
    ['Покровське', 'Покровское'],
    ['Верхньокам’янське', 'Верхнекаменское'],
    ['Авдіївка', 'Авдеевка'],
    ['Ямпіль', 'Ямполь'],
    ['Ягідне', 'Ягодное'],
    ['Харків', 'Харков'],
    ['Велика Новосілка', 'Великая Новоселка'],
    ['Олександрівка', 'Александровка'],
    ['Очеретине', 'Очеретино'],
    ['Миколайпілля', 'Николайполье'],
    // Loanword adjectives in -ічн- are Russian -ическ-; a Ukrainian е after a vowel is Russian э.
    ['Новоекономічне', 'Новоэкономическое'],
    ['Агрономічне', 'Агрономическое'],
    ['Ботанічне', 'Ботаническое'],
    ['Зарічне', 'Заречное'],
    ['Пасічне', 'Пасечное'],
    // о́лекс- and мик- after a compound's first part too.
    ['Новоолександрівка', 'Новоалександровка'],
    ['Новомиколаївка', 'Новониколаевка'],
    ['Іванопілля', 'Иванополье'],
    ['Запоріжжя', 'Запорожье'],
    ['Іллінівка', 'Ильиновка'],
    ['Миколаївка', 'Николаевка'],
    ['Вугледар', 'Угледар'],
    ['Вільхівка', 'Ольховка'],
    ['Андріївка', 'Андреевка'],
    ['Олексієво-Дружківка', 'Алексеево-Дружковка'],
    ['Малі Щербаки', 'Малые Щербаки'],
    ['Великі Копані', 'Великие Копани'],
  ])('%s has %s among its likely Russian spellings', (uk, ru) => {
    expect(ukrainianToRussianCandidates(uk).slice(0, 3)).toContain(ru)
  })

  it('keeps what the rules do not apply to (Мирне is not Нирне, Ганнівка keeps its нн, Вовчанськ its в)', () => {
    expect(ukrainianToRussianCandidates('Мирне')[0]).toBe('Мирное')
    expect(ukrainianToRussianCandidates('Ганнівка')[0]).toBe('Ганновка')
    expect(ukrainianToRussianCandidates('Вовчанськ')[0]).toBe('Вовчанск')
    expect(ukrainianToRussianCandidates('Вільне').slice(0, 3)).toContain('Вольное')
  })

  it('takes a known town\'s Russian name for a compound\'s word, and ranks combinations by the sum of ranks', () => {
    const known = new Map([['дружківка', 'дружковка'], ["куп'янськ", 'купянск']])
    expect(ukrainianToRussianCandidates('Олексієво-Дружківка', known)[0]).toBe('Алексеево-Дружковка')
    expect(ukrainianToRussianCandidates('Куп’янськ-Вузловий', known).slice(0, 3)).toContain('Купянск-Узловой')
    // A one-word name is not looked up in the map: its own spellings are generated.
    expect(ukrainianToRussianCandidates('Дружківка', new Map([['дружківка', 'дружкивка']]))[0]).toBe('Дружковка')
  })

  it('never returns more than six candidates, and no Ukrainian-only letters', () => {
    for (const uk of ['Новоолександрівка', 'Підгороднє', 'Кам’янсько-Дніпровська', 'Їжівка']) {
      const out = ukrainianToRussianCandidates(uk)
      expect(out.length).toBeLessThanOrEqual(6)
      for (const ru of out) expect(ru).not.toMatch(/[іїєґ]/)
    }
  })
})
