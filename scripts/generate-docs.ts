// `npm run docs`: rewrites the generated part of docs/api.md from the route table, and docs/cli.md from --help.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { renderCliMarkdown } from '../src/cli/cli-doc.js'
import { describeApi, renderApiMarkdown, spliceApiDoc } from '../src/serve/index.js'
import { repoPath } from '../src/testing/shared-data.js'

const path = repoPath('docs', 'api.md')
const existing = existsSync(path) ? readFileSync(path, 'utf8') : null
const next = spliceApiDoc(existing, renderApiMarkdown(describeApi()))
if (next !== existing) {
  writeFileSync(path, next)
  console.log(`docs: wrote ${path}`)
} else console.log(`docs: ${path} is up to date`)

const cliPath = repoPath('docs', 'cli.md')
const cliDoc = await renderCliMarkdown()
if (!existsSync(cliPath) || readFileSync(cliPath, 'utf8') !== cliDoc) {
  writeFileSync(cliPath, cliDoc)
  console.log(`docs: wrote ${cliPath}`)
} else console.log(`docs: ${cliPath} is up to date`)
