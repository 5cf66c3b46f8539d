import type { SourceRecord } from './api.js'
import { append, clear, h } from './dom.js'

type Column = { key: keyof SourceRecord; label: string; numeric: boolean }

const COLUMNS: Column[] = [
  { key: 'name', label: 'Source', numeric: false },
  { key: 'claims', label: 'Claims', numeric: true },
  { key: 'confirmed', label: 'Conf.', numeric: true },
  { key: 'contradicted', label: 'Contr.', numeric: true },
  { key: 'pending', label: 'Pend.', numeric: true },
  { key: 'unverifiable', label: 'Unver.', numeric: true },
  { key: 'medianLagDays', label: 'Median lag', numeric: true },
]

/** The source ledger as a table; clicking a header sorts by it (again: reverses). */
export function renderSourcesTable(container: HTMLElement, records: readonly SourceRecord[]): void {
  let sortKey: keyof SourceRecord = 'claims'
  let descending = true
  const table = h('table', { class: 'sources', id: 'sources-table' })
  const draw = () => {
    clear(table)
    const rows = [...records].sort((a, b) => {
      const x = a[sortKey]
      const y = b[sortKey]
      const cmp = x === null ? 1 : y === null ? -1 : typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y))
      return descending ? -cmp : cmp
    })
    append(
      table,
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...COLUMNS.map((c) =>
            h(
              'th',
              { 'aria-sort': c.key === sortKey ? (descending ? 'descending' : 'ascending') : 'none' },
              h(
                'button',
                {
                  type: 'button',
                  'data-sort': c.key,
                  onclick: () => {
                    descending = c.key === sortKey ? !descending : c.numeric
                    sortKey = c.key
                    draw()
                  },
                },
                c.label,
                c.key === sortKey ? (descending ? ' ▾' : ' ▴') : '',
              ),
            ),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        ...rows.map((r) =>
          h(
            'tr',
            { 'data-key': r.key },
            h('td', {}, r.name, h('span', { class: 'muted small' }, ` ${r.kind}, ${r.side}`)),
            ...COLUMNS.slice(1).map((c) => h('td', {}, r[c.key] === null ? '—' : String(r[c.key]))),
          ),
        ),
      ),
    )
  }
  draw()
  clear(container)
  append(container, records.length ? h('div', { class: 'table-scroll' }, table) : h('p', { class: 'muted' }, 'No sources yet: ingest and verify documents first.'))
}
