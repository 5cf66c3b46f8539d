// Convention 72 through the command line with the bundled control sample (44 real DeepState days): a
// strike told without its attacker in a settlement no hand list knows gets its side from the map
// (Starobesheve, occupied since 2014; Tomakivka, free), and keeps the outlet's voice without control
// data. Reports written by the team (fixtures/held-ground, SOURCE.md there), dated 2025-06-02.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Analysis } from '../../domain/index.js'
import { repoPath } from '../../testing/shared-data.js'
import { memoryIo } from '../io.js'
import { main } from '../main.js'

const fixtures = repoPath('src', 'cli', 'commands', 'fixtures', 'held-ground')
let withMap: Analysis[]
let withoutMap: Analysis[]

async function analyze(control: string[]): Promise<Analysis[]> {
  const io = memoryIo({ cwd: fixtures })
  const code = await main(['analyze', 'strikes.jsonl', '--json', ...control], io.io)
  expect(io.stderr()).toBe('')
  expect(code).toBe(0)
  return JSON.parse(io.stdout()) as Analysis[]
}

beforeAll(async () => {
  withMap = await analyze(['--control', repoPath('data', 'control-sample')])
  withoutMap = await analyze(['--no-control'])
}, 180_000)

/** Each document's strikes: the side and the names of the places. */
function strikes(analyses: readonly Analysis[]): { side: string | null; places: string[] }[][] {
  return analyses.map((a) => a.claims.filter((c) => c.kind === 'strike').map((c) => ({ side: c.actorSide, places: c.places.map((i) => a.places[i]!.name) })))
}

describe('analyze --control data/control-sample: who held the struck settlement', () => {
  it('the map gives the side where no list knows the place', () => {
    const [starobesheve, tomakivka] = strikes(withMap)
    expect(starobesheve).toEqual([{ side: 'UA', places: ['Starobesheve'] }])
    expect(tomakivka).toEqual([{ side: 'RU', places: ['Tomakivka'] }])
  })

  it('without control data the lists know neither: the outlet\'s voice stays', () => {
    const [starobesheve, tomakivka] = strikes(withoutMap)
    expect(starobesheve).toEqual([{ side: 'RU', places: ['Starobesheve'] }])
    expect(tomakivka).toEqual([{ side: 'UA', places: ['Tomakivka'] }])
  })

  it('a strike on both sides of the line, or one whose clause names the attacker, is not turned', () => {
    expect(strikes(withMap).slice(2)).toEqual(strikes(withoutMap).slice(2))
    expect(strikes(withMap)[2]![0]!.places).toEqual(['Tomakivka', 'Starobesheve'])
    expect(strikes(withMap)[3]).toEqual([{ side: 'RU', places: ['Starobesheve'] }])
  })
})
