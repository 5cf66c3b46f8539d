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
