/** Human-readable figures for the CLI's text output (the --json form carries the raw numbers). */

/** `115,248.1` (one decimal, thousands separated). */
export function formatKm2(value: number, decimals = 1): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })
}

/** `+3,376.0` / `−12.5` / `0.0`. */
export function formatSignedKm2(value: number, decimals = 1): string {
  const rounded = Number(value.toFixed(decimals))
  if (rounded === 0) return formatKm2(0, decimals)
  return `${rounded > 0 ? '+' : '−'}${formatKm2(Math.abs(rounded), decimals)}`
}

/** A plain text table: columns padded, numbers right-aligned (cells starting with a digit, sign or minus). */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const isNumber = (cell: string) => /^[+−-]?[\d,.]+( km²)?$/.test(cell)
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (isNumber(cell) ? cell.padStart(widths[i] as number) : cell.padEnd(widths[i] as number)))
      .join('  ')
      .trimEnd()
  return [line(header), line(header.map((_, i) => '-'.repeat(widths[i] as number))), ...rows.map(line)].join('\n')
}
