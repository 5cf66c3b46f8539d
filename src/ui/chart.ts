import uPlot from 'uplot'
import 'uplot/dist/uPlot.min.css'
import type { TimelineStep } from './api.js'
import { byId, clear } from './dom.js'

let plot: uPlot | null = null

/** Area (line, left axis) and net change per step (bars, right axis) over time. */
export function drawAreaChart(steps: readonly TimelineStep[]): void {
  const container = byId('chart')
  plot?.destroy()
  clear(container)
  const xs = steps.map((s) => Date.parse(`${s.date}T00:00:00Z`) / 1000)
  const area = steps.map((s) => s.areaKm2)
  const net = steps.map((s) => s.netKm2)
  const width = Math.max(280, container.clientWidth || 380)
  plot = new uPlot(
    {
      width,
      height: 260,
      tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
      scales: { x: { time: true }, area: {}, net: {} },
      series: [
        {},
        { label: 'Occupied km²', scale: 'area', stroke: '#a02a1e', width: 1.5, value: (_u, v) => (v == null ? '—' : Math.round(v).toLocaleString('en-US')) },
        {
          label: 'Net change km²',
          scale: 'net',
          stroke: '#2e86de',
          fill: 'rgba(46,134,222,0.35)',
          paths: uPlot.paths.bars?.({ size: [0.9, 8] }),
          value: (_u, v) => (v == null ? '—' : (Math.round(v * 10) / 10).toLocaleString('en-US')),
        },
      ],
      axes: [{}, { scale: 'area', size: 70 }, { scale: 'net', side: 1, grid: { show: false }, size: 55 }],
    },
    [xs, area, net],
    container,
  )
}
