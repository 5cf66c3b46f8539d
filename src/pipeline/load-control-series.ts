import {
  type ControlSeries,
  type ControlSeriesOptions,
  createLazyControlSeries,
  createPackedControlSeries,
  diffEdges,
  edgeChangeKey,
  loadRegionLayer,
  packFlatMultiPolygon,
} from '../control/index.js'
import type { ControlEdgeChange, IsoDate } from '../domain/index.js'
import type { Store } from '../store/index.js'

/**
 * The control history from the store as a ControlView (plus timelines and change polygons): the
 * latest revision of every date, with the shipped oblast layer for `region` arguments (loaded when
 * first needed). This is how verify, ledger, serve and the CLI get the series; they never read
 * snapshots themselves.
 *
 * Loading is reading arrays: geometries come as flat typed arrays (no GeoJSON arrays are built), the
 * changed edges of each consecutive pair come from the records `indexControlSeries` keeps, and
 * nothing else is computed until a question needs it (docs/control.md, "Loading").
 *
 * With `lazy`, only the list of snapshots and the edge records are read; each geometry is read from
 * the store when a question first needs it (a point's status and history need two), so the store
 * must stay open while the series is used. That is how the CLI's control commands load it.
 */
export async function loadControlSeries(
  store: Store,
  options: ControlSeriesOptions & { readonly from?: IsoDate; readonly to?: IsoDate; readonly lazy?: boolean } = {},
): Promise<ControlSeries> {
  const range = { ...(options.from ? { from: options.from } : {}), ...(options.to ? { to: options.to } : {}) }
  const opened = options.lazy ? await store.openFlatControlSnapshots(range) : null
  const snapshots = opened ? opened.snapshots : await store.loadFlatControlSnapshots(range)
  const pairs = snapshots.slice(1).map((s, i) => ({ fromSha256: (snapshots[i] as (typeof snapshots)[number]).geometrySha256, toSha256: s.geometrySha256 }))
  const records = await store.loadControlEdgeChanges(pairs)
  const seriesOptions: ControlSeriesOptions = {
    regions: options.regions === undefined ? () => loadRegionLayer() : options.regions,
    ...(options.edgeKm === undefined ? {} : { edgeKm: options.edgeKm }),
    edgeChanges: new Map(records.map((r) => [edgeChangeKey(r.fromSha256, r.toSha256), r.segments])),
  }
  const info = (s: (typeof snapshots)[number]) => ({ date: s.date, revision: s.revision, source: s.source, geometrySha256: s.geometrySha256, areaKm2: s.areaKm2 })
  if (opened) {
    return createLazyControlSeries(
      opened.snapshots.map((s) => ({ ...info(s), loadGeometry: () => packFlatMultiPolygon(opened.readGeometry(s.date, s.revision)) })),
      seriesOptions,
    )
  }
  return createPackedControlSeries(
    (snapshots as Awaited<ReturnType<Store['loadFlatControlSnapshots']>>).map((s) => ({ ...info(s), geometry: packFlatMultiPolygon(s.geometry) })),
    seriesOptions,
  )
}

/**
 * Derives and keeps the changed edges of every consecutive pair of the store's series (the latest
 * revision of each date) that has no record yet, so that later loads read them. Import runs it
 * after saving; a series already indexed costs one read. Returns how many pairs it added.
 */
export async function indexControlSeries(store: Store): Promise<{ readonly pairs: number; readonly added: number }> {
  const snapshots = await store.loadFlatControlSnapshots()
  const pairs = snapshots.slice(1).map((s, i) => ({ from: snapshots[i] as (typeof snapshots)[number], to: s }))
  const known = new Set((await store.loadControlEdgeChanges(pairs.map((p) => ({ fromSha256: p.from.geometrySha256, toSha256: p.to.geometrySha256 })))).map((r) => edgeChangeKey(r.fromSha256, r.toSha256)))
  const added: ControlEdgeChange[] = []
  const packed = new Map<string, ReturnType<typeof packFlatMultiPolygon>>()
  const pack = (s: (typeof snapshots)[number]) => {
    let p = packed.get(s.geometrySha256)
    if (!p) packed.set(s.geometrySha256, (p = packFlatMultiPolygon(s.geometry)))
    return p
  }
  for (const { from, to } of pairs) {
    if (known.has(edgeChangeKey(from.geometrySha256, to.geometrySha256))) continue
    added.push({ fromSha256: from.geometrySha256, toSha256: to.geometrySha256, segments: diffEdges(pack(from), pack(to)) })
  }
  if (added.length > 0) await store.saveControlEdgeChanges(added)
  return { pairs: pairs.length, added: added.length }
}
