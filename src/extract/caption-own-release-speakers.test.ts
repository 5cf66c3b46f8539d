import { describe, expect, it } from 'vitest'
import { extractClaims } from './extract-claims.js'

// Round 21 wave 2 (conventions 96, 113): a war monitor's caption that presents a unit's or a ministry's
// own release ("Russian MoD footage of …", "93rd Brigade showing …", "video published by the Ukrainian
// General Staff") is that body's statement; otherwise the monitor speaks. Only in a monitor's feed: a
// newspaper that describes a ministry's video keeps its own rules. Sentences of our own.
function speakers(text: string, outlet = 'CIR'): { name: string | null; side: string }[] {
  const { value } = extractClaims({ id: 't', text, lang: 'en', publishedAt: '2022-06-10', outlet })
  return value.claims.map((c) => ({ name: c.speaker.name, side: c.speaker.side }))
}

describe('a body\'s own release speaks', () => {
  it.each([
    ['Russian MoD footage of a Lancet striking a howitzer near Siversk', 'Russian Ministry of Defence', 'RU'],
    ['Video published by Russian MoD of a drone striking a target in Marinka.', 'Russian Ministry of Defence', 'RU'],
    ['Drone video released by the Ukrainian MoD of a strike on a Russian tank near Kherson', 'Ukrainian Ministry of Defence', 'UA'],
    ['93rd Brigade showing a strike on a Russian tank near Bakhmut', "Ukraine's 93rd Brigade", 'UA'],
    ["0:12 Ukraine's 58th Motorized Brigade footage of a BMP destroyed near Vuhledar", "Ukraine's 58th Motorized Brigade", 'UA'],
  ])('%s', (text, name, side) => {
    const found = speakers(text)
    expect(found.length).toBeGreaterThan(0)
    for (const s of found) expect(s).toEqual({ name, side })
  })
})

describe('the monitor speaks', () => {
  it.each(['Russian strike on a school in Kharkiv', 'Damage to the brigade headquarters in Kramatorsk', 'Footage of the Azov Regiment in Mariupol under shelling'])('%s', (text) => {
    for (const s of speakers(text)) expect(s.name).toBe('CIR')
  })
})
