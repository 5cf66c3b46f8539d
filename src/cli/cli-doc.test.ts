import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { repoPath } from '../testing/shared-data.js'
import { renderCliMarkdown } from './cli-doc.js'

describe('docs/cli.md', () => {
  it('is what `npm run docs` generates from --help (run it after changing a command)', async () => {
    const committed = readFileSync(repoPath('docs', 'cli.md'), 'utf8')
    expect(committed, 'docs/cli.md is out of date: run `npm run docs` and commit the result').toBe(await renderCliMarkdown())
  })

  it('documents every control subcommand', async () => {
    const doc = await renderCliMarkdown()
    for (const sub of ['import', 'area', 'change', 'status', 'timeline', 'report', 'regions']) expect(doc).toContain(`## frontline control ${sub}\n`)
  })
})
