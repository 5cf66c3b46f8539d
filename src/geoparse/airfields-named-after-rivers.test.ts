// An airfield named after a river no settlement is named after ("на аеродромі Бельбек", "аэродрома
// «Бельбек»"): the river's name is the site's (convention 77, as real-viina2's annotator wrote Belbek),
// given as a place of kind 'other' so that claims may be placed there; a river is never a claim's place.
// Sentences are the team's own; run against the shipped gazetteer (data/gazetteer).
import { beforeAll, describe, expect, it } from 'vitest'
import { type Gazetteer, geoparseText, loadGazetteer } from './index.js'

let g: Gazetteer
beforeAll(() => {
  g = loadGazetteer()
})

const found = (text: string) => geoparseText(text, g).value.map((p) => `${p.name}|${p.kind}`)

describe('an airfield named after a river', () => {
  it.each([
    'Уночі дрони атакували техніку на аеродромі Бельбек.',
    'Над аэродромом «Бельбек» поднялся дым.',
    'Супутникові знімки авіабази Бельбек показали спалені літаки.',
  ])('%s → Belbek, other', (text) => {
    expect(found(text)).toContain('Belbek|other')
  })

  it('the river with a river word stays a river', () => {
    expect(found('Рівень води в річці Бельбек піднявся.')).toContain('Belbek|river')
  })

  it('the bare name without a river or airfield word is no place', () => {
    expect(found('Вибухи лунали біля Бельбеку до ранку.')).toEqual([])
  })

  it('an airfield named after its town is still the town', () => {
    expect(found('Пожежа на аеродромі Саки не вщухає.')).toContain('Saky|settlement')
  })
})
