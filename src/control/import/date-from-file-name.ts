import type { IsoDate } from '../../domain/index.js'

/**
 * The date in a file name: `deepstatemap_data_20250131.geojson`, `2025-01-31.geojson.gz`,
 * `snapshot_2025_01_31.json`. The last date-looking group wins (directories are not looked at).
 * Null when the name has no valid calendar date.
 */
export function dateFromFileName(fileName: string): IsoDate | null {
  const base = fileName.split(/[\\/]/).pop() ?? fileName
  const matches = [...base.matchAll(/(?<!\d)(\d{4})[-_]?(\d{2})[-_]?(\d{2})(?!\d)/g)]
  for (let i = matches.length - 1; i >= 0; i--) {
    const m = matches[i] as RegExpMatchArray
    const date = toIsoDate(Number(m[1]), Number(m[2]), Number(m[3]))
    if (date) return date
  }
  return null
}

/** `YYYY-MM-DD` when year/month/day form a real calendar date, else null. */
export function toIsoDate(year: number, month: number, day: number): IsoDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null
  const probe = new Date(Date.UTC(year, month - 1, day))
  if (probe.getUTCMonth() !== month - 1) return null
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** A date value from a feature property: `2025-01-31`, `20250131`, `2025-01-31T03:00:00Z`, or a number 20250131. */
export function parseDateValue(value: unknown): IsoDate | null {
  if (typeof value === 'number') return parseDateValue(String(value))
  if (typeof value !== 'string') return null
  const m = /^\s*(\d{4})-?(\d{2})-?(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$/.exec(value)
  return m ? toIsoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null
}
