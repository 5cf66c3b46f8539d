import * as maplibregl from 'maplibre-gl'
import 'maplibre-gl/dist/maplibre-gl.css'
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url'
import './styles.css'
import type { GeoJSONSource } from 'maplibre-gl'
import type { TimelineStep } from '../domain/index.js'
import { ApiFailure, getJson, type ClaimView, type ControlChange, type ControlGeometry, type PlaceDetail, type PlaceHit, type SnapshotInfo, type SourceRecord, type Status } from './api.js'
import { claimCard } from './claims-view.js'
import { documentHref, wireDocumentView } from './document-view.js'
import { append, byId, clear, formatKm2, h } from './dom.js'
import { START_BOUNDS } from './first-view.js'
import { holdDrawing, pauseDrawing, sourcesLoaded, whenLoaded } from './held-draw.js'
import { baseStyle, LABEL_LAYERS, labelField, overlayLayers, type LabelLang } from './map-style.js'
import { renderSourcesTable } from './sources-table.js'

// The worker is a file of ours (CSP: worker-src 'self'), not a blob URL.
maplibregl.setWorkerUrl(workerUrl)

interface AppState {
  status: Status | null
  dates: string[]
  index: number
  compareIndex: number
  comparing: boolean
  lang: LabelLang
  playing: boolean
}

const state: AppState = { status: null, dates: [], index: 0, compareIndex: 0, comparing: false, lang: 'en', playing: false }

function showError(error: unknown): void {
  const message = error instanceof ApiFailure ? `${error.body.error}${error.body.errors.length > 1 ? `: ${error.body.errors.join('; ')}` : ''}` : String(error)
  const note = byId('control-note')
  clear(note)
  append(note, message)
  console.error(error)
}

/** Drops answers to requests that a newer one has replaced (slider dragged on). */
function latestOnly<A extends unknown[], T>(fn: (...args: A) => Promise<T>): (...args: A) => Promise<T | null> {
  let generation = 0
  return async (...args) => {
    const mine = ++generation
    const result = await fn(...args)
    return mine === generation ? result : null
  }
}

function zoomParam(map: maplibregl.Map): number {
  return Math.max(0, Math.min(14, Math.round(map.getZoom())))
}


/**
 * The zoom at which START_BOUNDS fits the map container (as `fitBounds` will compute it), known
 * before the map exists so that the first geometry request can leave at once.
 */
function startZoom(container: HTMLElement): number {
  const [[west, south], [east, north]] = START_BOUNDS
  const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))
  const width = Math.max(1, container.clientWidth - 20)
  const height = Math.max(1, container.clientHeight - 20)
  const zx = Math.log2((width * 360) / (512 * (east - west)))
  const zy = Math.log2((height * 2 * Math.PI) / (512 * (mercatorY(north) - mercatorY(south))))
  return Math.max(0, Math.min(14, Math.round(Math.min(zx, zy))))
}

async function main(): Promise<void> {
  // Everything the first view needs is requested at once, before MapLibre blocks the main thread
  // starting WebGL: the status, the snapshot list and the geometry of the last snapshot (the API's
  // default date). A database without control data answers 503 to the last two: no control layer.
  const container = byId('map')
  const statusRequest = getJson<Status>('/api/status')
  const snapshotsRequest = getJson<{ snapshots: SnapshotInfo[] }>('/api/control/snapshots').catch(() => null)
  const firstGeometry = getJson<ControlGeometry>('/api/control/geometry', { zoom: startZoom(container) }).catch(() => null)
  // The map is created with its drawing held (every layer loading, none drawn) and released once the
  // first view's data is in: one complete frame instead of one per batch of arriving tiles.
  const held = holdDrawing(baseStyle())
  const map = new maplibregl.Map({
    container,
    style: held.style,
    bounds: START_BOUNDS,
    fitBoundsOptions: { padding: 10 },
    attributionControl: { compact: true },
    maxZoom: 13,
    // Labels appear at once: a fade animates several more full frames before the map is idle,
    // each a full redraw (slow where WebGL is software-rendered).
    fadeDuration: 0,
    // The style is built in code (map-style.ts, typed against MapLibre's style types): validating it
    // against the style spec on every cold load cost the main thread tens of milliseconds before the
    // first frame. The dev server still validates it.
    validateStyle: import.meta.env.DEV,
  })
  // No frame is drawn until the first view's data is in (held-draw.ts): the sources load into the
  // worker with every layer hidden; then the layers are shown for one frame that asks for their
  // tiles; when the tiles are in, one frame draws the complete map.
  held.hold(map)
  const resumeDrawing = pauseDrawing(map)
  const firstView = new Promise<void>((resolve) => {
    map.once('style.load', () => {
      firstGeometry
        .then((geometry) => {
          if (!geometry?.snapshotDate || !map.getSource('occupied')) return false
          ;(map.getSource('occupied') as GeoJSONSource).setData(geometry as unknown as GeoJSON.FeatureCollection)
          return true
        })
        .catch((error: unknown) => {
          showError(error)
          return false
        })
        .then(async (controlSet) => {
          await whenLoaded(map, sourcesLoaded)
          held.showLayers(map)
          const pauseAgain = new Promise<() => void>((paused) => map.once('render', () => paused(pauseDrawing(map))))
          resumeDrawing()
          const resumeAgain = await pauseAgain
          await whenLoaded(map, (m) => sourcesLoaded(m) && m.areTilesLoaded())
          performance.mark('frontline:first-view-loaded')
          held.release(map)
          // The next frame draws the complete map and is idle (no labels to settle: see baseStyle).
          map.once('idle', () => {
            // MapLibre fires `idle` in the animation frame that issued the drawing; the pixels exist
            // once the browser has read that frame back (software compositing: in the same task, after
            // the callbacks), so the page's first useful state is marked in the next task.
            window.setTimeout(() => {
              // The map with the current control drawn (bench/page-load).
              if (controlSet) performance.mark('frontline:control-visible')
              resolve()
            }, 0)
          })
          resumeAgain()
        })
    })
  })
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-left')
  map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left')
  ;(window as unknown as { frontline: unknown }).frontline = { map, state }

  wireDocumentView(showError)
  wireTabs()
  wireLanguage(map)
  wireSearch(map)

  const loaded = new Promise<void>((resolve) => map.once('load', () => resolve()))
  const status = await statusRequest
  state.status = status
  append(byId('database'), status.database)
  // Tabs for data this database does not have yet stay hidden (no empty panels, no failing requests).
  for (const [tab, present] of [
    ['sources-panel', (status.sources?.count ?? 0) > 0],
    ['brief-panel', status.sources !== null],
    ['chart-panel', Boolean(status.control?.coverage)],
    ['claims-panel', status.claims !== null],
  ] as const) {
    const button = document.querySelector<HTMLButtonElement>(`.tabs button[data-tab="${tab}"]`)
    if (button) button.hidden = !present
  }
  await loaded
  await firstView
  addOverlays(map, overlayLayers(state.lang))
  const snapshots = status.control?.coverage ? await snapshotsRequest : null
  if (snapshots) {
    await initTimeline(map, snapshots.snapshots, await firstGeometry)
  } else append(byId('control-note'), 'No control data in this database: run `frontline control import` or `frontline demo`.')
  // Settlement labels and claims come after the first view is up.
  if (status.places) loadSettlements(map).catch(showError)
  if (status.claims) wireClaims(map)
  document.body.dataset.ready = 'true'
}

function addOverlays(map: maplibregl.Map, overlays: ReturnType<typeof overlayLayers>): void {
  for (const [id, source] of Object.entries(overlays.sources)) map.addSource(id, source)
  for (const layer of overlays.layers) map.addLayer(layer)
}

async function loadSettlements(map: maplibregl.Map): Promise<void> {
  const data = await getJson<GeoJSON.FeatureCollection>('/api/basemap/settlements')
  ;(map.getSource('settlements') as GeoJSONSource).setData(data)
}

// ---- time slider, play, compare -------------------------------------------------------------

const fetchGeometry = latestOnly((date: string, zoom: number) => getJson<ControlGeometry>('/api/control/geometry', { date, zoom }))
const fetchChange = latestOnly((from: string, to: string, zoom: number) => getJson<ControlChange>('/api/control/change', { from, to, zoom }))

async function initTimeline(map: maplibregl.Map, snapshots: readonly SnapshotInfo[], first: ControlGeometry | null): Promise<void> {
  state.dates = snapshots.map((s) => s.date)
  const slider = byId<HTMLInputElement>('date-slider')
  const compare = byId<HTMLInputElement>('compare-slider')
  slider.max = String(state.dates.length - 1)
  compare.max = String(state.dates.length - 1)
  slider.disabled = false
  state.index = state.dates.length - 1
  state.compareIndex = Math.max(0, state.index - 30)
  slider.value = String(state.index)
  compare.value = String(state.compareIndex)
  slider.addEventListener('input', () => {
    state.index = Number(slider.value)
    showDate(map).catch(showError)
  })
  compare.addEventListener('input', () => {
    state.compareIndex = Number(compare.value)
    showChange(map).catch(showError)
  })
  byId<HTMLInputElement>('compare-toggle').addEventListener('change', (event) => {
    state.comparing = (event.target as HTMLInputElement).checked
    byId('compare-row').hidden = !state.comparing
    map.setLayoutProperty('change-fill', 'visibility', state.comparing ? 'visible' : 'none')
    if (state.comparing) showChange(map).catch(showError)
    else (map.getSource('change') as GeoJSONSource).setData({ type: 'FeatureCollection', features: [] })
  })
  byId('play').addEventListener('click', () => togglePlay(map))
  map.on('moveend', () => {
    // Finer geometry after zooming in.
    showDate(map).catch(showError)
  })
  await showDate(map, first)
}

async function showDate(map: maplibregl.Map, prefetched: ControlGeometry | null = null): Promise<void> {
  const date = state.dates[state.index]
  if (!date) return
  const dateLabel = byId('date-label')
  clear(dateLabel)
  append(dateLabel, date)
  // The prefetched first geometry is in the source already (set when the style loaded): setting it
  // again would re-tile it and draw the map once more before it is idle.
  const geometry = prefetched?.date === date ? prefetched : await fetchGeometry(date, zoomParam(map))
  if (!geometry) return
  if (geometry !== prefetched) (map.getSource('occupied') as GeoJSONSource).setData(geometry as unknown as GeoJSON.FeatureCollection)
  const area = byId('area-figure')
  clear(area)
  append(area, geometry.areaKm2 === null ? '—' : formatKm2(geometry.areaKm2))
  area.dataset.date = date
  area.dataset.areaKm2 = String(geometry.areaKm2 ?? '')
  const snapshot = byId('snapshot-label')
  clear(snapshot)
  append(snapshot, geometry.snapshotDate ? `map of ${geometry.snapshotDate}` : 'before the series starts')
  if (state.comparing) await showChange(map)
  refreshClaims?.()
  if (!byId('brief-panel').hidden) loadBrief().catch(showError)
}

async function showChange(map: maplibregl.Map): Promise<void> {
  const to = state.dates[state.index]
  const from = state.dates[state.compareIndex]
  if (!to || !from) return
  const label = byId('compare-label')
  clear(label)
  append(label, from)
  const [a, b] = from <= to ? [from, to] : [to, from]
  const change = await fetchChange(a, b, zoomParam(map))
  if (!change) return
  ;(map.getSource('change') as GeoJSONSource).setData(change as unknown as GeoJSON.FeatureCollection)
  for (const [id, value, signed] of [
    ['gained-km2', change.gainedKm2, false],
    ['lost-km2', change.lostKm2, false],
    ['net-km2', change.netKm2, true],
  ] as const) {
    const el = byId(id)
    clear(el)
    append(el, formatKm2(value, signed))
    el.dataset.km2 = String(value)
  }
}

/** Play: step one snapshot each time the map has drawn the previous one (driven by `idle`, not a timer loop). */
function togglePlay(map: maplibregl.Map): void {
  state.playing = !state.playing
  const button = byId('play')
  clear(button)
  append(button, state.playing ? '❚❚' : '▶')
  button.setAttribute('aria-label', state.playing ? 'Pause' : 'Play')
  if (!state.playing) return
  if (state.index >= state.dates.length - 1) state.index = 0
  const step = () => {
    if (!state.playing) return
    if (state.index >= state.dates.length - 1) {
      togglePlay(map)
      return
    }
    state.index += 1
    byId<HTMLInputElement>('date-slider').value = String(state.index)
    showDate(map)
      .then(() => map.once('idle', () => window.setTimeout(step, 120)))
      .catch(showError)
  }
  step()
}

// ---- claims ---------------------------------------------------------------------------------

let refreshClaims: (() => void) | null = null

/** The date `days` before an ISO date. */
function daysBefore(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10)
}

function wireClaims(map: maplibregl.Map): void {
  const load = latestOnly((params: Record<string, string | number | undefined>) => getJson<{ claims: ClaimView[]; total: number }>('/api/claims', params))
  let byId_: Map<string, ClaimView> = new Map()
  const kind = byId<HTMLSelectElement>('filter-kind')
  const verdict = byId<HTMLSelectElement>('filter-verdict')
  const speaker = byId<HTMLInputElement>('filter-speaker')
  const windowed = byId<HTMLInputElement>('filter-window')
  refreshClaims = () => {
    const to = state.dates[state.index] ?? state.status?.control?.coverage?.end
    // The same filters drive the markers and the list.
    const params = {
      to,
      from: windowed.checked && to ? daysBefore(to, 30) : undefined,
      kind: kind.value || undefined,
      verdict: verdict.value || undefined,
      speaker: speaker.value.trim() || undefined,
      limit: 500,
    }
    load(params)
      .then((answer) => {
        if (!answer) return
        byId_ = new Map(answer.claims.map((c) => [c.id, c]))
        const features = answer.claims.flatMap((c) =>
          c.locations.map((loc) => ({
            type: 'Feature' as const,
            properties: { claimId: c.id, verdict: c.verdict?.status ?? 'none', place: loc.name },
            geometry: { type: 'Point' as const, coordinates: [loc.lon, loc.lat] },
          })),
        )
        ;(map.getSource('claims') as GeoJSONSource).setData({ type: 'FeatureCollection', features })
        const list = byId('claims-list')
        clear(list)
        append(list, h('p', { class: 'muted small', id: 'claims-count' }, `${answer.total} claim${answer.total === 1 ? '' : 's'}${params.from ? ` from ${params.from}` : ''} up to ${to ?? 'now'}; newest first${answer.total > 100 ? ' (first 100 listed)' : ''}.`))
        for (const claim of answer.claims.slice(0, 100)) append(list, claimCard(claim))
      })
      .catch(showError)
  }
  let timer = 0
  const later = () => {
    window.clearTimeout(timer)
    timer = window.setTimeout(() => refreshClaims?.(), 200)
  }
  for (const control of [kind, verdict, windowed]) control.addEventListener('change', () => refreshClaims?.())
  speaker.addEventListener('input', later)
  byId('claims-filter').addEventListener('submit', (event) => event.preventDefault())
  map.on('click', 'claims', (event) => {
    const feature = event.features?.[0]
    const claim = feature ? byId_.get(String(feature.properties?.claimId)) : undefined
    if (!claim || !feature) return
    new maplibregl.Popup({ maxWidth: '22rem' })
      .setLngLat((feature.geometry as GeoJSON.Point).coordinates as [number, number])
      .setDOMContent(claimCard(claim))
      .addTo(map)
  })
  map.on('mouseenter', 'claims', () => (map.getCanvas().style.cursor = 'pointer'))
  map.on('mouseleave', 'claims', () => (map.getCanvas().style.cursor = ''))
  refreshClaims()
}

// ---- places ---------------------------------------------------------------------------------

function wireSearch(map: maplibregl.Map): void {
  const input = byId<HTMLInputElement>('place-search')
  const list = byId('search-results')
  const search = latestOnly((q: string) => getJson<{ places: PlaceHit[] }>('/api/places', { q, limit: 10 }))
  let timer = 0
  const run = () => {
    const q = input.value.trim()
    if (!q) {
      list.hidden = true
      return
    }
    search(q)
      .then((answer) => {
        if (!answer) return
        clear(list)
        if (!answer.places.length) append(list, h('li', { class: 'muted' }, `No place matches “${q}”.`))
        for (const place of answer.places) {
          const label = state.lang === 'uk' ? (place.nameUk ?? place.name) : state.lang === 'ru' ? (place.nameRu ?? place.name) : place.name
          append(
            list,
            h(
              'li',
              {},
              h(
                'button',
                {
                  type: 'button',
                  'data-place-id': place.id,
                  onclick: () => {
                    list.hidden = true
                    selectPlace(map, place.id).catch(showError)
                  },
                },
                h('b', {}, label),
                h('span', { class: 'muted small' }, ` ${[place.admin1, place.country].filter(Boolean).join(', ')}${place.matched !== label ? ` — “${place.matched}”` : ''}`),
              ),
            ),
          )
        }
        list.hidden = false
      })
      .catch(showError)
  }
  input.addEventListener('input', () => {
    window.clearTimeout(timer)
    timer = window.setTimeout(run, 150)
  })
  byId('search-form').addEventListener('submit', (event) => {
    event.preventDefault()
    run()
  })
}

async function selectPlace(map: maplibregl.Map, id: string): Promise<void> {
  const date = state.dates[state.index]
  const detail = await getJson<PlaceDetail>(`/api/places/${encodeURIComponent(id)}`, { date })
  const { place } = detail
  map.flyTo({ center: [place.lon, place.lat], zoom: Math.max(map.getZoom(), 9) })
  activateTab('place-panel')
  const panel = byId('place-panel')
  clear(panel)
  const names = [place.name, place.nameUk, place.nameRu].filter((n, i, all) => n && all.indexOf(n) === i).join(' · ')
  append(
    panel,
    h('h2', { id: 'place-name' }, names),
    h('p', { class: 'muted small' }, [place.kind, place.admin1, place.country].filter(Boolean).join(', '), ` · ${place.lat.toFixed(4)}, ${place.lon.toFixed(4)}`),
    detail.status
      ? h('p', { id: 'place-status', 'data-status': detail.status.status }, `On ${date ?? detail.status.snapshotDate}: `, h('b', {}, detail.status.status), ` (map of ${detail.status.snapshotDate}, ${detail.status.distanceToLineKm.toFixed(1)} km from the front line)`)
      : h('p', { class: 'muted' }, detail.warnings.join('; ') || 'No control status for this place.'),
    h('h3', {}, 'Status history'),
    detail.transitions.length
      ? h('ol', { class: 'history' }, ...detail.transitions.map((t) => h('li', {}, `${t.date}: ${t.from} → ${t.to} (previous map ${t.previousSnapshotDate})`)))
      : h('p', { class: 'muted small' }, 'No change of control over the series.'),
    h('h3', {}, `Claims (${detail.claims.length})`),
    ...detail.claims.map((c) => claimCard(c)),
  )
}

// ---- tabs, language, chart, sources, brief --------------------------------------------------

const loadedTabs = new Set<string>()

function activateTab(id: string): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('.tabs button')) {
    const selected = button.dataset.tab === id
    button.setAttribute('aria-selected', String(selected))
    byId(button.dataset.tab as string).hidden = !selected
  }
  if (loadedTabs.has(id)) return
  loadedTabs.add(id)
  if (id === 'chart-panel' && state.status?.control?.coverage) {
    getJson<{ steps: TimelineStep[] }>('/api/control/timeline', { step: 'week' })
      // The chart library loads only when the chart is first shown.
      .then(async (answer) => (await import('./chart.js')).drawAreaChart(answer.steps))
      .catch(showError)
  }
  if (id === 'sources-panel') {
    getJson<{ sources: SourceRecord[] }>('/api/sources')
      .then((answer) => renderSourcesTable(byId('sources-panel'), answer.sources))
      .catch((error: unknown) => {
        loadedTabs.delete(id)
        showError(error)
      })
  }
  if (id === 'brief-panel') {
    loadedTabs.delete(id) // the brief follows the selected date
    loadBrief().catch(showError)
  }
}

async function loadBrief(): Promise<void> {
  const date = state.dates[state.index]
  const brief = await getJson<{ markdown: string; date: string }>('/api/brief', { date })
  const panel = byId('brief-panel')
  clear(panel)
  append(panel, h('pre', { class: 'document-text small', id: 'brief-text' }, brief.markdown))
}

function wireTabs(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('.tabs button')) {
    button.addEventListener('click', () => activateTab(button.dataset.tab as string))
  }
}

function wireLanguage(map: maplibregl.Map): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('.lang button')) {
    button.addEventListener('click', () => {
      state.lang = button.dataset.lang as LabelLang
      for (const b of document.querySelectorAll<HTMLButtonElement>('.lang button')) b.setAttribute('aria-pressed', String(b === button))
      // Before the overlays are added the layers do not exist yet; they are added in `state.lang`.
      for (const layer of LABEL_LAYERS) if (map.getLayer(layer)) map.setLayoutProperty(layer, 'text-field', labelField(state.lang))
    })
  }
}

export { documentHref }

main().catch(showError)
