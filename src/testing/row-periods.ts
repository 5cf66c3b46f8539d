/**
 * The date periods the evaluations on the CIR/Bellingcat monitor's and UCDP GED's rows (eval:geoparse,
 * eval:rows) split rows by: `tune` (CIR before 2022-07-01, UCDP before 2022: the rows to tune on) and
 * `held-out` (CIR from 2022-07-01, UCDP 2022: judged once at the start and once at the end of a piece of
 * work, never in between). One table, so the two evaluations cannot drift apart on which rows are held out.
 */
export const ROW_PERIODS: Readonly<Record<string, { readonly cir: string; readonly ucdp: string }>> = {
  all: { cir: '..', ucdp: '..' },
  tune: { cir: '..2022-07-01', ucdp: '..2022-01-01' },
  'held-out': { cir: '2022-07-01..', ucdp: '2022-01-01..2023-01-01' },
}

/** The period a `--period NAME` names; an unknown name is an error that lists the known ones. */
export function rowPeriod(name: string): { readonly cir: string; readonly ucdp: string } {
  const period = ROW_PERIODS[name]
  if (!period) throw new Error(`--period ${name}: expected one of ${Object.keys(ROW_PERIODS).join(', ')}`)
  return period
}

/** `FROM..TO` (ISO dates, TO exclusive, either end may be empty) as bounds that compare as strings. */
export function dateRange(text: string): { from: string; to: string } {
  const m = /^(\d{4}-\d{2}-\d{2})?\.\.(\d{4}-\d{2}-\d{2})?$/.exec(text)
  if (!m) throw new Error(`date range ${JSON.stringify(text)}: expected FROM..TO with ISO dates (TO exclusive, either may be empty)`)
  return { from: m[1] ?? '0000-00-00', to: m[2] ?? '9999-99-99' }
}

/**
 * Which rows by row number, across every date: `--sample dev` (about three rows in four) and `--sample check`
 * (the rest), drawn by a fixed hash of the source and the row's number in its file. The shared files are what
 * is left after a random 20% of each dataset's rows were held out over the whole file (SOURCE.md), so a random
 * sample of rows, not a span of dates, is what the hidden rows look like; `check` is looked at once at the start
 * and once at the end of a piece of work, as `held-out` is. It combines with `--period`.
 */
export const ROW_SAMPLES = ['all', 'dev', 'check'] as const
export type RowSample = (typeof ROW_SAMPLES)[number]

/** The sample a `--sample NAME` names; an unknown name is an error that lists the known ones. */
export function rowSample(name: string): RowSample {
  if (!(ROW_SAMPLES as readonly string[]).includes(name)) throw new Error(`--sample ${name}: expected one of ${ROW_SAMPLES.join(', ')}`)
  return name as RowSample
}

/** Whether row `row` (0-based, in file order) of `source` is in `sample`: FNV-1a of "source:row" mixed by murmur3's finaliser, a quarter in check. */
export function inRowSample(sample: RowSample, source: 'cir' | 'ucdp', row: number): boolean {
  if (sample === 'all') return true
  let h = 0x811c9dc5
  for (const c of `frontline-rows:${source}:${row}`) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0
  // FNV's low bits follow the last character almost in step; murmur3's finaliser spreads them.
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0
  h = (h ^ (h >>> 16)) >>> 0
  const check = h % 4 === 0
  return sample === 'check' ? check : !check
}
