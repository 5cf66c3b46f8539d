// STYLE.md §2: the UI imports `import type` from domain only (it runs in the browser and talks to the
// API); nothing else of ours. A runtime import would drag server code into the bundle.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const here = dirname(fileURLToPath(import.meta.url))

describe('ui imports', () => {
  const files = readdirSync(here).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))

  it('finds the UI sources', () => {
    expect(files).toContain('main.ts')
  })

  it('reaches outside src/ui only for types from domain (and for the shipped base layer)', () => {
    const bad: string[] = []
    for (const file of files) {
      const text = readFileSync(join(here, file), 'utf8')
      for (const m of text.matchAll(/^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+['"](\.\.\/[^'"]+)['"]/gm)) {
        const [, , typeOnly, path] = m
        if (path?.startsWith('../domain/') && typeOnly) continue
        bad.push(`${file}: ${m[0].trim()}`)
      }
      for (const m of text.matchAll(/^\s*import\s+[^'"]*?from\s+['"](\.\.\/\.\.\/[^'"]+)['"]/gm)) {
        if (!/^\.\.\/\.\.\/data\/(basemap|regions)\/[\w-]+\.geojson\?url$/.test(m[1] as string)) bad.push(`${file}: ${m[0].trim()}`)
      }
    }
    expect(bad.filter((b) => !/\.\.\/\.\.\/data\/(basemap|regions)\//.test(b))).toEqual([])
  })

  it('never writes markup from strings (no innerHTML, outerHTML, insertAdjacentHTML, setHTML)', () => {
    for (const file of files) {
      expect(readFileSync(join(here, file), 'utf8'), file).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|setHTML|document\.write/)
    }
  })
})
