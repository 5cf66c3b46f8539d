import { describe, expect, it } from 'vitest'
import { resolveOutlet } from './resolve-speaker.js'

// A feed, JSON record or export that names an account with its platform ("Name (Telegram)") is that
// account speaking on that platform: the speaker is the account, the platform the via (convention 16).
describe('an outlet that names its platform', () => {
  it.each([
    ['Андрій Ковальчук (Telegram)', 'Андрій Ковальчук', 'Telegram'],
    ['Полтавська ОВА [Telegram]', 'Полтавська ОВА', 'Telegram'],
    ['Rybar | Telegram', 'Rybar', 'Telegram'],
    ['DeepState on Telegram', 'DeepState', 'Telegram'],
    ['Telegram-канал «Рыбарь»', 'Rybar', 'Telegram'],
    ['Херсонська міська рада — Facebook', 'Херсонська міська рада', 'Facebook'],
    ['Some Governor (X)', 'Some Governor', 'X'],
    // The platforms are the entity lexicon's, Cyrillic names included, given by their canonical name.
    ['Полтавська ОВА | Фейсбук', 'Полтавська ОВА', 'Facebook'],
    ['Ютуб: Іван Петренко', 'Іван Петренко', 'YouTube'],
    ['Олена Гончар (Instagram)', 'Олена Гончар', 'Instagram'],
    ['Вайбер-канал Сумської ОВА', 'Сумської ОВА', 'Viber'],
    ['Rybar (Telegram channel)', 'Rybar', 'Telegram'],
    // The platform first, the account in brackets after it.
    ['Telegram (Окопний щоденник)', 'Окопний щоденник', 'Telegram'],
    ['Facebook (голова Вишневої громади)', 'голова Вишневої громади', 'Facebook'],
    // A person with their office in apposition is the person.
    ['Facebook: капітан Петро Сидоренко, командир роти', 'Петро Сидоренко', 'Facebook'],
    ['Олена Мирна, народна депутатка (Telegram)', 'Олена Мирна', 'Telegram'],
  ])('%s', (outlet, name, via) => {
    const speaker = resolveOutlet(outlet)
    expect(speaker.name).toBe(name)
    expect(speaker.via).toBe(via)
  })

  it('keeps outlets without a platform as they were', () => {
    expect(resolveOutlet('Reuters')).toMatchObject({ name: 'Reuters', via: null })
    expect(resolveOutlet('X News')).toMatchObject({ name: 'X News', via: null })
    expect(resolveOutlet('Telegram')).toMatchObject({ via: null })
    expect(resolveOutlet('Instagram')).toMatchObject({ via: null })
    // A platform inside a name, not at its start or end, is part of the name.
    expect(resolveOutlet('The Kyiv Telegram Review')).toMatchObject({ via: null })
    // An office after a comma is not taken for a person's name when no name stands before it.
    expect(resolveOutlet('Міська рада, пресслужба')).toMatchObject({ name: 'Міська рада, пресслужба' })
  })
})
