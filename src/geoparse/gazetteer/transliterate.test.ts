import { describe, expect, it } from 'vitest'
import { russianToLatin, ukrainianToLatin, ukrainianToRussianCandidates } from './transliterate.js'

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
  ])('%s has %s among its likely Russian spellings', (uk, ru) => {
    expect(ukrainianToRussianCandidates(uk).slice(0, 3)).toContain(ru)
  })

  it('never returns more than six candidates, and no Ukrainian-only letters', () => {
    for (const uk of ['Новоолександрівка', 'Підгороднє', 'Кам’янсько-Дніпровська', 'Їжівка']) {
      const out = ukrainianToRussianCandidates(uk)
      expect(out.length).toBeLessThanOrEqual(6)
      for (const ru of out) expect(ru).not.toMatch(/[іїєґ]/)
    }
  })
})
