import { describe, expect, it } from 'vitest'
import { findEnglishFrames, verbForms } from './en-frames.js'
import { lexiconFor, tokenize, withFrames } from './index.js'

describe('verbForms inflects a lemma by the regular rules, with irregular forms given', () => {
  it.each<[string, string[]]>([
    ['torch', ['torch', 'torches', 'torching', 'torched']],
    ['disable', ['disable', 'disables', 'disabling', 'disabled']],
    ['bag+', ['bag', 'bags', 'bagging', 'bagged']],
    ['fry/fried', ['fry', 'fries', 'frying', 'fried']],
    ['sink/sank/sunk', ['sink', 'sinks', 'sinking', 'sank', 'sunk']],
  ])('%s', (spec, forms) => {
    expect(verbForms(spec).forms).toEqual(expect.arrayContaining(forms))
  })
})

describe('findEnglishFrames', () => {
  const frames = (text: string): string[] => {
    const tokens = tokenize(text)
    const lexicon = lexiconFor('en')
    const triggers = lexicon.triggers.match(text, tokens)
    return findEnglishFrames({ text, tokens, triggers, sides: lexicon.sides.match(text, tokens) }).map((m) => `${m.data.kind}:${m.text}`)
  }

  it('reads the verb slot of a frame, whatever the verb', () => {
    expect(frames('Russian troops sidled into the eastern quarter of Kupiansk.')).toEqual(['advance:sidled into'])
    expect(frames('Ukrainian troops have frogmarched the Russians out of Bohdanivka.')).toEqual(['capture:frogmarched the Russians out of'])
    expect(frames('Ukrainian crews scuttled three Russian boats.')).toEqual(['casualties:scuttled three Russian boats'])
  })

  it('needs its force: the same shapes with people, goods or teams are no frame', () => {
    expect(frames('Commuters sidled into the eastern quarter of Kupiansk.')).toEqual([])
    expect(frames('The club frogmarched its rivals out of the cup.')).toEqual([])
    expect(frames('Storms scuttled three fishing boats.')).toEqual([])
  })

  it('reads no verb into a noun or preposition after a force, and no act into a caption', () => {
    expect(frames('Four servicemen were killed by Ukrainian troops over past day.')).toEqual([])
    expect(frames('Columns of Russian troops past Izium, a video shows.')).toEqual([])
    expect(frames('Russian forces inside the Azot plant.')).toEqual([])
    expect(frames('Burning Russian BMP on the road to Lyman.')).toEqual([])
  })

  it('adds only where no lexicon phrase covers its words, in order of start', () => {
    const text = 'Russian troops advanced into Pokrovsk and later sidled into the eastern quarter of Myrnohrad.'
    const tokens = tokenize(text)
    const lexicon = lexiconFor('en')
    const listed = lexicon.triggers.match(text, tokens)
    const merged = withFrames(listed, findEnglishFrames({ text, tokens, triggers: listed, sides: lexicon.sides.match(text, tokens) }))
    expect(merged.map((m) => m.text)).toEqual(['advanced', 'sidled into'])
    expect(merged.map((m) => m.span[0])).toEqual([...merged.map((m) => m.span[0])].sort((a, b) => a - b))
  })
})

describe('round 11 English frames: new verbs for strikes, losses and failed attacks', () => {
  const frames = (text: string): string[] => {
    const tokens = tokenize(text)
    const lexicon = lexiconFor('en')
    const listed = lexicon.triggers.match(text, tokens)
    const merged = withFrames(listed, findEnglishFrames({ text, tokens, triggers: listed, sides: lexicon.sides.match(text, tokens) }))
    return merged.map((m) => `${m.data.kind}:${m.text}`)
  }

  it.each<[string, string]>([
    // a weapon coming down on a target, going after places, bringing down or ramming what it hits
    ['Overnight a glide bomb came down on a grain elevator outside Kupiansk.', 'strike:came down on'],
    ['Two Shahed drones crashed down onto the port of Izmail.', 'strike:crashed down onto'],
    ['Russian FPV drones went after Nikopol and Marhanets 212 times.', 'strike:went after'],
    ['A Russian missile brought down part of the old theatre in Chernihiv.', 'strike:brought down'],
    ['A Ukrainian FPV drone rammed a minibus near Oleshky.', 'strike:rammed'],
    ['Ukrainian drones left a fuel depot in Novorossiysk ablaze.', 'strike:left a fuel depot in Novorossiysk ablaze'],
    // equipment put out of action is a loss, also where the lexicon reads its verb as damage
    ['Ukrainian drone teams wrecked nine Russian armoured vehicles near Siversk.', 'casualties:wrecked nine Russian armoured vehicles'],
    ['Its crews and mobile fire groups shot down 41 Russian drones.', 'strike:shot down'],
    ['Mobile fire groups took out 17 Russian drones over Sumy.', 'strike:took out 17 Russian drones'],
  ])('%s', (text, expected) => {
    expect(frames(text)).toContain(expected)
  })

  it('a struck depot stays a strike; part of a town taken back is ground, not the town', () => {
    expect(frames('Ukrainian drones struck the Russian ammunition depot near Valuyki.')).not.toContain('casualties:struck the Russian ammunition depot')
    expect(frames('Ukrainian troops rooted the Russian infiltrators out of most of Kupiansk.')).toContain('advance:rooted the Russian infiltrators out of')
    expect(frames('Ukrainian troops flushed the last Russian infiltration groups out of Kindrativka.')).toContain('capture:flushed the last Russian infiltration groups out of')
  })

  it('an attempt owned by a side that came to nothing is that side’s assault', () => {
    expect(frames('A Ukrainian attempt to ferry marines to the Kinburn spit on Sunday came to nothing.')).toContain('assault:attempt to ferry marines to the Kinburn spit on Sunday came to nothing')
    expect(frames('The company’s attempt to win the tender came to nothing.')).not.toContain('assault:attempt to win the tender came to nothing')
  })

  it.each<string>([
    'Prices came down on Friday after the central bank moved.',
    'The team took out a loan to rebuild the stadium.',
    'She went after the record in Oslo and missed it by a second.',
    'He left the stove burning and went out.',
    'A gale brought down power lines across the region.',
    'They pushed a few hundred meters of cable through the duct.',
    'The family drove out of the city before dawn.',
    'A truck rammed a parked hatchback on the ring road.',
  ])('no event in everyday English: %s', (text) => {
    expect(frames(text).filter((f) => /^(?:strike|casualties|advance|capture|assault):/.test(f))).toEqual([])
  })
})

describe('findEnglishFrames: events told by idiom or by their result (round 11, blind10 classes)', () => {
  const frames = (text: string): string[] => {
    const tokens = tokenize(text)
    const lexicon = lexiconFor('en')
    const triggers = lexicon.triggers.match(text, tokens)
    return findEnglishFrames({ text, tokens, triggers, sides: lexicon.sides.match(text, tokens) }).map((m) => `${m.data.kind}:${m.text}`)
  }

  it('reads a force at a distance short of or within a place as its advance, not a score or a hike', () => {
    expect(frames('Russian troops are now about six kilometres short of Lyman.')).toEqual(['advance:about six kilometres short of'])
    expect(frames('Ukrainian units have come within three kilometers of Tokmak.')).toEqual(['advance:come within three kilometers of'])
    expect(frames('Russian forces have pushed about 9 miles beyond the river.')).toEqual(['advance:pushed about 9 miles beyond'])
    expect(frames('We are four points short of the record.')).toEqual([])
    expect(frames('The hikers came within two miles of Hoverla.')).toEqual([])
  })

  it('reads units brought up to a sector as reinforcement, not players brought up', () => {
    expect(frames('Kyiv said Russia had moved three fresh brigades up to the Pokrovsk sector.')).toEqual(['other:moved three fresh brigades up to'])
    expect(frames('They brought two fresh players up to the first team.')).toEqual([])
  })

  it('reads drones knocked out of the sky as a strike intercepted, not birds or toys', () => {
    expect(frames("Ukraine's air force said it had knocked 40 of 55 attack drones out of the sky overnight.")).toEqual(['strike:knocked 40 of 55 attack drones out of the sky'])
    expect(frames('The hawk knocked two pigeons out of the sky.')).toEqual([])
    expect(frames('The boy knocked two toy drones out of the sky.')).toEqual([])
  })

  it('reads a limb lost or people left hurt after a strike as casualties, not keys or tears', () => {
    expect(frames('A Russian drone hit the market. A woman lost her arm.')).toContain('casualties:lost her arm')
    expect(frames('She lost her keys.')).toEqual([])
    expect(frames('He lost his leg to diabetes years ago.')).toEqual([])
    expect(frames('A missile slammed into a school, leaving five people injured.')).toContain('casualties:leaving five people injured')
    expect(frames('The film left many people in tears.')).toEqual([])
    expect(frames('The crash left two people injured.')).toEqual([])
  })

  it('reads a strike told by its result on a target, not a storm or a cook', () => {
    expect(frames('A Ukrainian drone took the roof off the depot in Kursk.')).toEqual(['strike:took the roof off'])
    expect(frames('Russian drones hit a bridge and started a fire at a fuel depot in Odesa.')).toContain('strike:started a fire at')
    expect(frames('The storm took the roof off the barn.')).toEqual([])
    expect(frames('The cook started a fire in the kitchen.')).toEqual([])
  })

  it('reads civilians moved away or to safety as an evacuation, not paintings', () => {
    expect(frames('Officials began moving pensioners and children away from nine villages near Kupiansk.')).toEqual(['evacuation:moving pensioners and children away from'])
    expect(frames('Twelve people, among them four children, were taken from frontline villages to safer areas.')).toEqual(['evacuation:were taken from frontline villages to safer areas'])
    expect(frames('The paintings were taken to safer places.')).toEqual([])
  })

  it('reads attempts to get into a settlement, after a side is told, as an assault; a helpline is none', () => {
    expect(frames('Russian troops keep coming. We counted 15 attempts to break into Siversk.')).toEqual(['assault:attempts to break into'])
    expect(frames('We made three attempts to get through to Microsoft.')).toEqual([])
  })

  it('reads a force battering a path into a place as its advance, not hikers making their way', () => {
    expect(frames('Russian troops have battered a path into an industrial district at the northern tip of Lyman.')).toEqual(['advance:battered a path into'])
    expect(frames('The hikers made their way into the forest.')).toEqual([])
  })

  it('reads attackers chased back by a force as repelled, not protesters or prices', () => {
    expect(frames('Russian infantry tried to slip into Vesele under cover of rain and were chased back by drone crews.')).toContain('repelled:were chased back')
    expect(frames('The protesters were pushed back by police.')).toEqual([])
    expect(frames('Prices were pushed back by the ruling.')).toEqual([])
  })

  it('reads a force quitting its positions as its withdrawal, and burned armoured carriers as losses', () => {
    expect(frames('His battalion had quit the last of its riverside positions near Kherson.')).toEqual(['withdrawal:quit the last of its riverside positions'])
    expect(frames('The team quit the last of its home games.')).toEqual([])
    expect(frames('His pilots had burned four Russian armoured carriers near the bridge.')).toEqual(['casualties:burned four Russian armoured carriers'])
    expect(frames('The team burned three timeouts.')).toEqual([])
  })
})
