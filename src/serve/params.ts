// Request parameters as small typed schemas: each knows how to parse one raw string, what it expects
// (for the error message and for OpenAPI), and whether it is required. Parsing a request lists every
// bad parameter at once and turns unknown ones into warnings (pelias `sanitizeAll.checkParameters`).
import { InputError } from '../domain/index.js'

/** The JSON-schema fragment OpenAPI shows for a parameter. */
export interface ParamSchema {
  readonly type: 'string' | 'integer' | 'number' | 'boolean'
  readonly format?: string
  readonly enum?: readonly string[]
  readonly minimum?: number
  readonly maximum?: number
  readonly maxLength?: number
  readonly pattern?: string
  readonly default?: string | number | boolean
}

type ParseResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false }

export interface Param<T, Present extends boolean = boolean> {
  readonly description: string
  /** Said in the error when a value does not parse: "a date YYYY-MM-DD". */
  readonly expected: string
  readonly required: boolean
  /** Type-level only: whether a parsed value is always there (required or defaulted). */
  readonly present?: Present
  readonly schema: ParamSchema
  readonly example?: string
  readonly defaultValue: T | undefined
  parse(raw: string): ParseResult<T>
}

export type ParamSpecs = Readonly<Record<string, Param<unknown>>>

/** The parsed values: present when required or defaulted, else possibly undefined. */
export type ParamValues<S extends ParamSpecs> = {
  readonly [K in keyof S]: S[K] extends Param<infer T, infer P> ? (P extends true ? T : T | undefined) : never
}

interface Options<T> {
  readonly required?: boolean
  readonly default?: T
  readonly example?: string
}

/** A parameter's value is always there when it is required or has a default. */
type Presence<O> = O extends { readonly required: true } ? true : O extends { readonly default: unknown } ? true : false

function make<T, P extends boolean>(
  description: string,
  expected: string,
  schema: ParamSchema,
  options: Options<NoInfer<T>>,
  parse: (raw: string) => ParseResult<T>,
): Param<T, P> {
  const withDefault = options.default === undefined ? schema : { ...schema, default: options.default as string | number }
  const param: Param<T, boolean> = {
    description,
    expected,
    required: options.required ?? false,
    schema: withDefault,
    ...(options.example === undefined ? {} : { example: options.example }),
    defaultValue: options.default,
    parse,
  }
  return param as Param<T, P>
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** Whether `raw` is a real calendar day `YYYY-MM-DD` (2025-02-30 is not). */
export function isIsoDate(raw: string): boolean {
  const m = ISO_DATE.exec(raw)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const date = new Date(Date.UTC(y, mo - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d
}

export function dateParam<const O extends Options<string> = {}>(
  description: string,
  options: O = {} as O,
): Param<string, Presence<O>> {
  return make<string, Presence<O>>(description, 'a calendar date YYYY-MM-DD', { type: 'string', format: 'date' }, options, (raw) =>
    isIsoDate(raw) ? { ok: true, value: raw } : { ok: false },
  )
}

export function intParam<const O extends Options<number> = {}>(
  description: string,
  range: { min: number; max: number },
  options: O = {} as O,
): Param<number, Presence<O>> {
  return make<number, Presence<O>>(
    description,
    `an integer from ${range.min} to ${range.max}`,
    { type: 'integer', minimum: range.min, maximum: range.max },
    options,
    (raw) => {
      if (!/^-?\d+$/.test(raw)) return { ok: false }
      const value = Number(raw)
      return value >= range.min && value <= range.max ? { ok: true, value } : { ok: false }
    },
  )
}

export function numberParam<const O extends Options<number> = {}>(
  description: string,
  range: { min: number; max: number },
  options: O = {} as O,
): Param<number, Presence<O>> {
  return make<number, Presence<O>>(
    description,
    `a number from ${range.min} to ${range.max}`,
    { type: 'number', minimum: range.min, maximum: range.max },
    options,
    (raw) => {
      if (!/^-?(\d+\.?\d*|\.\d+)(e-?\d+)?$/i.test(raw)) return { ok: false }
      const value = Number(raw)
      return Number.isFinite(value) && value >= range.min && value <= range.max ? { ok: true, value } : { ok: false }
    },
  )
}

export function enumParam<const V extends string, const O extends Options<V> = {}>(
  description: string,
  values: readonly V[],
  options: O = {} as O,
): Param<V, Presence<O>> {
  return make<V, Presence<O>>(description, `one of ${values.join(', ')}`, { type: 'string', enum: values }, options, (raw) =>
    (values as readonly string[]).includes(raw) ? { ok: true, value: raw as V } : { ok: false },
  )
}

/** A comma-separated set of allowed values ("confirmed,contradicted"). */
export function enumListParam<const V extends string, const O extends Options<readonly V[]> = {}>(
  description: string,
  values: readonly V[],
  options: O = {} as O,
): Param<readonly V[], Presence<O>> {
  return make<readonly V[], Presence<O>>(
    description,
    `a comma-separated list of ${values.join(', ')}`,
    { type: 'string', pattern: `^(${values.join('|')})(,(${values.join('|')}))*$` },
    options,
    (raw) => {
      const parts = raw.split(',').map((p) => p.trim())
      return parts.length > 0 && parts.every((p) => (values as readonly string[]).includes(p))
        ? { ok: true, value: parts as V[] }
        : { ok: false }
    },
  )
}

export function textParam<const O extends Options<string> = {}>(
  description: string,
  limits: { maxLength: number; minLength?: number },
  options: O = {} as O,
): Param<string, Presence<O>> {
  const min = limits.minLength ?? 1
  return make<string, Presence<O>>(
    description,
    `text of ${min} to ${limits.maxLength} characters`,
    { type: 'string', maxLength: limits.maxLength },
    options,
    (raw) => {
      const value = raw.trim()
      return value.length >= min && value.length <= limits.maxLength ? { ok: true, value } : { ok: false }
    },
  )
}

/** A longitude,latitude pair in WGS84 degrees. */
export function lngLatParam<const O extends Options<readonly [number, number]> = {}>(
  description: string,
  options: O = {} as O,
): Param<readonly [number, number], Presence<O>> {
  return make<readonly [number, number], Presence<O>>(
    description,
    'LON,LAT in degrees (longitude -180..180, latitude -90..90)',
    { type: 'string', pattern: '^-?\\d+(\\.\\d+)?,-?\\d+(\\.\\d+)?$' },
    options,
    (raw) => {
      const m = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(raw)
      if (!m) return { ok: false }
      const lng = Number(m[1])
      const lat = Number(m[2])
      return Math.abs(lng) <= 180 && Math.abs(lat) <= 90 ? { ok: true, value: [lng, lat] as const } : { ok: false }
    },
  )
}

/** Shortens a user-given value for an error message (it may be long or hostile; the JSON encoder escapes it). */
function quote(raw: string): string {
  return raw.length > 80 ? `'${raw.slice(0, 77)}...'` : `'${raw}'`
}

/**
 * Parses `raw` (query or path values) against `specs`. Every bad or missing parameter is named in one
 * InputError; a parameter given twice is an error too (which one did the caller mean?). Parameters the
 * route does not know come back as warnings.
 */
export function parseParams<S extends ParamSpecs>(
  specs: S,
  raw: Readonly<Record<string, readonly string[]>>,
  where: 'query' | 'path' = 'query',
): { readonly values: ParamValues<S>; readonly warnings: readonly string[] } {
  const errors: string[] = []
  const warnings: string[] = []
  const values: Record<string, unknown> = {}
  for (const [name, spec] of Object.entries(specs)) {
    const given = raw[name]
    if (!given || given.length === 0) {
      if (spec.required) errors.push(`${name}: missing; expected ${spec.expected}`)
      else values[name] = spec.defaultValue
      continue
    }
    if (given.length > 1) {
      errors.push(`${name}: given ${given.length} times; expected it once`)
      continue
    }
    const value = given[0] as string
    const parsed = spec.parse(value)
    if (parsed.ok) values[name] = parsed.value
    else errors.push(`${name}: value ${quote(value)} is not ${spec.expected}`)
  }
  const known = Object.keys(specs)
  for (const name of Object.keys(raw)) {
    if (!(name in specs)) {
      warnings.push(
        `unknown ${where} parameter ${quote(name)} ignored` +
          (known.length ? ` (this endpoint takes: ${known.join(', ')})` : ' (this endpoint takes none)'),
      )
    }
  }
  if (errors.length) {
    throw new InputError(errors.length === 1 ? (errors[0] as string) : `${errors.length} bad parameters`, errors)
  }
  return { values: values as ParamValues<S>, warnings }
}

/** Groups a URL's query string by name, keeping repeats. */
export function queryOf(url: URL): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (const [name, value] of url.searchParams) (out[name] ??= []).push(value)
  return out
}
