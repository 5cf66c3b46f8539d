import { describe, expect, it } from 'vitest'
import type { Lang } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// A war's death toll ("погибших на войне", "killed in the war", "з початку вторгнення") runs from the
// full-scale invasion to the report, unless the sentence names the period the count was made over
// ("за последние две недели установила имена …"). Our own sentences. Published 20 November 2026.
const PUBLISHED = '2026-11-20'

function timesOf(text: string, lang: Lang, anchor: string): [string | null, string | null][] {
  const r = extractClaims({ id: 'doc-war-tally', text, lang, publishedAt: PUBLISHED, outlet: 'Test Desk' })
  const hits = r.value.claims.filter((c) => text.slice(c.span[0], c.span[1]).includes(anchor))
  expect(hits.length, `no claim holds «${anchor}»`).toBeGreaterThan(0)
  return hits.map((c) => [c.time.start, c.time.end])
}

describe('a war\'s toll', () => {
  it.each([
    ['ru', 'Журналисты установили имена 150 тысяч российских военных, погибших на войне.', 'погибших'],
    ['ru', 'С начала вторжения погибли не менее 150 тысяч российских военных.', 'погибли'],
    ['uk', 'З початку повномасштабної війни загинули понад 70 тисяч російських військових, підрахували журналісти.', 'загинули'],
    ['en', 'Reporters say 150,000 Russian soldiers have been killed since the invasion began.', 'killed'],
  ] as const)('%s: %s', (lang, text, anchor) => {
    expect(timesOf(text, lang, anchor)).toContainEqual(['2022-02-24', PUBLISHED])
  })

  it('a period the sentence names comes first', () => {
    const text = 'Журналисты за последние две недели установили имена ещё 2 100 российских военных, погибших на войне.'
    expect(timesOf(text, 'ru', 'погибших')).toContainEqual(['2026-11-06', PUBLISHED])
  })
})
