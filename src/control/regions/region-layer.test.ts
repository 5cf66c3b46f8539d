import { describe, expect, it } from 'vitest'
import { loadRegionLayer } from './region-layer.js'

const layer = loadRegionLayer()

describe('the shipped region layer', () => {
  it('has the 27 Ukrainian units and the 5 Russian border oblasts', () => {
    expect(layer.regions.filter((r) => r.country === 'UA')).toHaveLength(27)
    expect(layer.regions.filter((r) => r.country === 'RU').map((r) => r.id).sort()).toEqual(['RU-BEL', 'RU-BRY', 'RU-KRS', 'RU-ROS', 'RU-VOR'])
  })

  it.each([
    ['Donetsk region', 'UA-14'],
    ['Donetsk Oblast', 'UA-14'],
    ['Donetska oblast', 'UA-14'],
    ['Донецька область', 'UA-14'],
    ['Донецкая область', 'UA-14'],
    ['Донецкая обл.', 'UA-14'],
    ['UA-14', 'UA-14'],
    ["Luhans'k Oblast", 'UA-09'],
    ['Lugansk region', 'UA-09'],
    ['Zaporozhye', 'UA-23'],
    ['Запорізька область', 'UA-23'],
    ['Kharkov oblast', 'UA-63'],
    ['Харьковская область', 'UA-63'],
    ['Dnipro region', 'UA-12'],
    ['Crimea', 'UA-43'],
    ['Крым', 'UA-43'],
    ['Kyiv region', 'UA-32'],
    ['Kyiv City', 'UA-30'],
    ['Kursk region', 'RU-KRS'],
    ['Курская область', 'RU-KRS'],
    ['Курська область', 'RU-KRS'],
    ['Belgorod Oblast', 'RU-BEL'],
    ['Бєлгородщина', 'RU-BEL'],
  ])('%s → %s', (name, id) => {
    expect(layer.find(name)?.id).toBe(id)
  })

  it('knows no made-up region', () => {
    expect(layer.find('Atlantis Oblast')).toBeNull()
  })
})
