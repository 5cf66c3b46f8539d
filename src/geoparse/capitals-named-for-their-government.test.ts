// A capital named for its government, in sentences the team wrote (round 21): English agency copy says
// "Kiev military", "Kyiv forces", "Moscow accuses" and closes a headline with its source ("…: Kiev.",
// "… - Kiev military"); the city is then no place of the report. The city itself, its own authorities
// and its military administration stay places.
// Run against the shipped gazetteer (data/gazetteer).
import { beforeAll, describe, expect, it } from 'vitest'
import { type Gazetteer, geoparseText, loadGazetteer } from './index.js'

let g: Gazetteer
beforeAll(() => {
  g = loadGazetteer()
})

const names = (text: string) => geoparseText(text, g).value.map((p) => p.name)

describe('the government, not the city', () => {
  it.each([
    ['Two soldiers died in clashes near Avdiivka, Kiev military said.', ['Avdiivka']],
    ['Kyiv forces shelled the outskirts of Horlivka on Tuesday.', ['Horlivka']],
    ["Kiev's troops pulled back from Debaltseve.", ['Debaltseve']],
    ['Kiev accuses rebels of breaking the truce near Shchastia.', ['Shchastia']],
    ['Kiev authorities blamed separatists for the blast in Mariupol.', ['Mariupol']],
    ['Five servicemen killed in the east over the weekend: Kiev. Fighting flared near Popasna', ['Popasna']],
    ['Three troops killed as truce falters - Kiev military. Near Marinka', ['Marinka']],
    ['Ceasefire breached 40 times in a day, Kyiv says. Shelling hit Stanytsia Luhanska.', ['Stanytsia Luhanska']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })
})

describe('the city stays a place', () => {
  it.each([
    ['Missiles struck Kyiv before dawn.', ['Kyiv']],
    ['A drone fell on a house in Kyiv, Kyiv authorities said.', ['Kyiv', 'Kyiv']],
    ['The Kyiv military administration reported debris in two districts of Kyiv.', ['Kyiv', 'Kyiv']],
    ['Air defence was active over Kiev during the night.', ['Kyiv']],
    ['Kyiv, Odesa and Lviv lost power after the attack.', ['Kyiv', 'Odesa', 'Lviv']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })
})
