import { describe, expect, it } from 'vitest'
import { isPressService } from './index.js'

// Convention 146: an interview a unit's press service publishes is on the unit's own channel. The
// commander speaks on it, not to an outlet, so extractClaims gives the answer turns of a dash
// interview no via when the report's outlet is a press service (an outlet's interview keeps the
// outlet as the via, 22).
describe("a press service is the unit's own channel", () => {
  it('is known by its name', () => {
    expect(isPressService('Пресслужба 12-ї ОМБр')).toBe(true)
    expect(isPressService('Прес-служба Сил оборони півдня')).toBe(true)
    expect(isPressService('Пресс-служба группировки «Север»')).toBe(true)
    expect(isPressService('the brigade press service')).toBe(true)
    expect(isPressService('Суспільне')).toBe(false)
    expect(isPressService('Вісник Полісся')).toBe(false)
    expect(isPressService(null)).toBe(false)
  })
})
