import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cleanBoilerplate } from './clean-boilerplate.js'

describe('cleanBoilerplate', () => {
  it('drops widget lines, counters, relative timestamps and legal lines in any text', () => {
    const text = [
      'Russian forces advanced near Siversk, the General Staff said.',
      'Share',
      '2 hours ago',
      '1.2K views',
      'Поділитися',
      '5 хвилин тому',
      '© 2025 Test Outlet. All rights reserved.',
      'Ukrainian troops repelled the attack.',
    ].join('\n')
    const r = cleanBoilerplate(text, { mayBeScraped: false })
    expect(r.text).toBe('Russian forces advanced near Siversk, the General Staff said.\nUkrainian troops repelled the attack.')
    expect(r.removed.map((x) => x.reason)).toEqual(['widget', 'timestamp', 'counter', 'widget', 'timestamp', 'legal'])
  })

  it('keeps a lone dateline but drops a news-feed side bar of stamps and headlines', () => {
    const feed = ['10:15', 'Headline one about something', '10:02', 'Headline two about something', '09:40', 'Headline three']
    const text = ['27/02/2026', 'Russian forces advanced near Siversk, the ministry said.', ...feed].join('\n')
    const r = cleanBoilerplate(text, { mayBeScraped: false })
    expect(r.text).toBe('27/02/2026\nRussian forces advanced near Siversk, the ministry said.')
    expect(r.removed.every((x) => x.reason === 'feed')).toBe(true)
  })

  it('in scraped pages, drops menus and tag lists but keeps sentence pieces broken at links', () => {
    const menu = ['Ukraine', 'Politics', 'Culture', 'Opinion', 'Special projects', 'About']
    const body = [
      'Viktor Testenko, spokesman for the group,',
      'told',
      'reporters that about 20 Russian soldiers remained in the town.',
      'Russian forces are also pushing toward',
      'Lyman, Stavky and Yampil.',
    ]
    const filler = Array.from({ length: 14 }, (_, i) => `Section ${i + 1}`)
    const r = cleanBoilerplate([...menu, ...body, ...filler].join('\n'), { mayBeScraped: true })
    expect(r.text).toBe(body.join('\n'))
  })

  it('drops "Read also" teasers', () => {
    const r = cleanBoilerplate('Fighting continues near Kupiansk.\nRead also:\nRussia sets a new deadline\nWhat we know about Siversk\n\nThe rest of the report.', { mayBeScraped: false })
    expect(r.text).toBe('Fighting continues near Kupiansk.\n\nThe rest of the report.')
  })

  it('never throws and only removes whole lines', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 60 }), { maxLength: 40 }), fc.boolean(), (lines, scraped) => {
        const text = lines.join('\n')
        const r = cleanBoilerplate(text, { mayBeScraped: scraped })
        const inputLines = new Set(text.split('\n').map((l) => l.trim()))
        for (const line of r.text.split('\n')) if (line.trim()) expect(inputLines.has(line.trim())).toBe(true)
      }),
    )
  })
})
