// Renders the OpenAPI description as Markdown for docs/api.md. The generated part sits between two
// markers; `npm run docs` rewrites it and a test fails when the committed file is stale.
import type { OpenApiDocument } from './openapi.js'

export const API_DOC_BEGIN = '<!-- BEGIN GENERATED: npm run docs (from src/serve/routes) -->'
export const API_DOC_END = '<!-- END GENERATED -->'

interface Operation {
  operationId: string
  tags: string[]
  summary: string
  description: string
  parameters: { name: string; in: string; required: boolean; description: string }[]
  requestBody?: { description: string; content: Record<string, unknown> }
  security?: unknown[]
  responses: Record<string, { description: string; content?: Record<string, { example?: unknown }> }>
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ')
}

export function renderApiMarkdown(doc: OpenApiDocument): string {
  const lines: string[] = []
  const operations: { path: string; method: string; op: Operation }[] = []
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) operations.push({ path, method, op: op as Operation })
  }
  const tags = [...new Set(operations.map((o) => o.op.tags[0] ?? 'other'))]
  lines.push('| Method | Path | Summary |', '| --- | --- | --- |')
  for (const { path, method, op } of operations) {
    lines.push(`| ${method.toUpperCase()} | [\`${path}\`](#${op.operationId.toLowerCase()}) | ${cell(op.summary)} |`)
  }
  for (const tag of tags) {
    lines.push('', `## ${tag}`)
    for (const { path, method, op } of operations.filter((o) => (o.op.tags[0] ?? 'other') === tag)) {
      lines.push('', `### ${op.operationId}`, '', `\`${method.toUpperCase()} ${path}\`${op.security ? ' (write: needs the token)' : ''}`, '')
      lines.push(op.description)
      if (op.parameters.length) {
        lines.push('', '| Parameter | In | Required | Description |', '| --- | --- | --- | --- |')
        for (const p of op.parameters) {
          lines.push(`| \`${p.name}\` | ${p.in} | ${p.required ? 'yes' : 'no'} | ${cell(p.description)} |`)
        }
      }
      if (op.requestBody) {
        lines.push('', `Request body (${Object.keys(op.requestBody.content).join(', ')}): ${op.requestBody.description}`)
      }
      lines.push('', 'Responses:', '')
      for (const [status, response] of Object.entries(op.responses)) {
        const types = Object.keys(response.content ?? {})
        lines.push(`- **${status}** ${types.length ? `(${types.join(', ')}) ` : ''}${response.description}`)
      }
      const example = response200Example(op)
      if (example !== undefined) {
        lines.push('', 'Example:', '', '```json', JSON.stringify(example, null, 2), '```')
      }
    }
  }
  return lines.join('\n')
}

function response200Example(op: Operation): unknown {
  const content = op.responses['200']?.content ?? {}
  for (const media of Object.values(content)) if (media.example !== undefined) return media.example
  return undefined
}

/** Replaces the generated section of docs/api.md (or writes a fresh file around it). */
export function spliceApiDoc(existing: string | null, generated: string): string {
  const intro = [
    '# Frontline HTTP API',
    '',
    'Started by `frontline serve` (or `frontline demo`). The machine-readable description is served at',
    '`/api/openapi.json`; this page is generated from the same route table. Everything below the marker',
    'is rewritten by `npm run docs`; a test fails when it is stale.',
    '',
  ].join('\n')
  const block = `${API_DOC_BEGIN}\n\n${generated}\n\n${API_DOC_END}\n`
  if (existing === null) return `${intro}\n${block}`
  const start = existing.indexOf(API_DOC_BEGIN)
  const end = existing.indexOf(API_DOC_END)
  if (start < 0 || end < start) return `${existing.trimEnd()}\n\n${block}`
  return existing.slice(0, start) + block + existing.slice(end + API_DOC_END.length).replace(/^\n/, '')
}
