// `npm run docs`: rewrites the generated part of docs/api.md from the route table.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { describeApi, renderApiMarkdown, spliceApiDoc } from '../src/serve/index.js'
import { repoPath } from '../src/testing/shared-data.js'

const path = repoPath('docs', 'api.md')
const existing = existsSync(path) ? readFileSync(path, 'utf8') : null
const next = spliceApiDoc(existing, renderApiMarkdown(describeApi()))
if (next !== existing) {
  writeFileSync(path, next)
  console.log(`docs: wrote ${path}`)
} else console.log(`docs: ${path} is up to date`)
