// Server configuration, checked with a schema at startup: every problem is listed at once
// (pelias `schema.js`), naming the field, the value and what was expected.
import { z } from 'zod'
import { InputError } from '../domain/index.js'

const MiB = 1024 * 1024

export const serveConfigSchema = z.strictObject({
  host: z.string().min(1).default('127.0.0.1'),
  port: z.number().int().min(0).max(65535).default(8080),
  /**
   * Bearer token that allows writes (ingest over HTTP). Null: the server is read-only. At least 24
   * characters so that it cannot be guessed by trying.
   */
  writeToken: z.string().min(24).max(512).regex(/^[\x21-\x7e]+$/, 'printable ASCII without spaces').nullable().default(null),
  /** Largest body any request may send, bytes. */
  maxRequestBytes: z.number().int().min(1024).max(64 * MiB).default(64 * 1024),
  /** Largest document a write (ingest) request may send, bytes. */
  maxIngestBytes: z.number().int().min(1024).max(256 * MiB).default(8 * MiB),
  /** How many simplified control geometries to keep serialised in memory. */
  geometryCacheEntries: z.number().int().min(0).max(10_000).default(256),
})

export type ServeConfig = z.output<typeof serveConfigSchema>
export type ServeConfigInput = z.input<typeof serveConfigSchema>

/** Validates config from `origin` (a file name or "environment"); lists every problem in one InputError. */
export function parseServeConfig(input: unknown, origin: string): ServeConfig {
  const result = serveConfigSchema.safeParse(input)
  if (result.success) return result.data
  const errors = result.error.issues.map((issue) => {
    const field = issue.path.length ? issue.path.join('.') : '(top level)'
    const value = issue.path.reduce<unknown>(
      (obj, key) => (obj && typeof obj === 'object' ? (obj as Record<PropertyKey, unknown>)[key] : undefined),
      input,
    )
    const shown = field === 'writeToken' ? '(hidden)' : JSON.stringify(value) ?? 'undefined'
    if (issue.code === 'unrecognized_keys') return `${origin}: unknown field(s) ${issue.keys.join(', ')}`
    return `${origin}: ${field}: ${issue.message} (got ${shown})`
  })
  return failConfig(errors)
}

function failConfig(errors: string[]): never {
  throw new InputError(`invalid server configuration (${errors.length} problem${errors.length === 1 ? '' : 's'})`, errors)
}
