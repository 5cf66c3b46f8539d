import type { LayerSpecification, Map as MapLibreMap, StyleSpecification } from 'maplibre-gl'

interface HeldVisibility {
  readonly id: string
  readonly visibility: 'visible' | 'none' | undefined
}

export interface HeldStyle {
  /** The style to create the map with: every layer hidden (the GeoJSON sources' data still loads). */
  readonly style: StyleSpecification
  /** Hides the map's canvas until `release` (call once the map exists). */
  hold(map: MapLibreMap): void
  /** Gives every layer back the visibility the style had: the next frame asks for their tiles. */
  showLayers(map: MapLibreMap): void
  /** Shows the canvas. */
  release(map: MapLibreMap): void
}

/**
 * MapLibre draws a frame whenever a source's data or a batch of its tiles arrives, and the first
 * view's five sources arrive one after another over a second or more. Where WebGL is rendered in
 * software every frame costs CPU in proportion to what it draws (about 0.3 s for the first view here)
 * and the page used to draw ~9 partial frames before the map was complete (bench/page-load). So the
 * first view is drawn in steps, on a hidden canvas until the complete frame (the map's container
 * shows the sea colour meanwhile, styles.css):
 *  1. every layer hidden and no frame drawn at all (`pauseDrawing`) while the GeoJSON sources load
 *     and are indexed in the worker (a GeoJSON source loads its data whether or not a layer shows it);
 *  2. the layers shown for one frame, which asks for their tiles (none is in yet, so it draws
 *     nothing but the background), then no frame again until the tiles are all in;
 *  3. drawing resumed and the canvas shown: one frame draws the complete map (MapLibre follows it
 *     with one more, to settle the new labels, before it is idle).
 */
export function holdDrawing(style: StyleSpecification): HeldStyle {
  const visibilities: HeldVisibility[] = []
  const layers = style.layers.map((layer): LayerSpecification => {
    const layout = (layer as { layout?: { visibility?: 'visible' | 'none' } }).layout
    visibilities.push({ id: layer.id, visibility: layout?.visibility })
    return { ...layer, layout: { ...layout, visibility: 'none' } } as LayerSpecification
  })
  return {
    style: { ...style, layers },
    hold(map) {
      map.getCanvas().classList.add('held')
    },
    showLayers(map) {
      // `undefined` puts the default (visible) back where the style did not set it.
      for (const { id, visibility } of visibilities) if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', visibility)
    },
    release(map) {
      map.getCanvas().classList.remove('held')
    },
  }
}

/**
 * Drops the frames MapLibre asks for (`triggerRepaint`, which its own code calls for every change)
 * until the returned function is called, which asks for one. MapLibre keeps its dirty flags, so that
 * frame catches up on everything. While paused the canvas keeps what it last showed.
 */
export function pauseDrawing(map: MapLibreMap): () => void {
  const paused = map as unknown as { triggerRepaint: () => void; _frameRequest?: unknown }
  paused.triggerRepaint = () => {}
  // A frame already asked for is dropped too (the constructor asks for one before the map can be
  // paused; it would draw nothing but cost a full pass of style and source updates and a read-back).
  // `_frameRequest` is MapLibre's own handle on it; left alone if a version names it otherwise.
  if (paused._frameRequest instanceof AbortController) {
    paused._frameRequest.abort()
    paused._frameRequest = null
  }
  return () => {
    delete (paused as Partial<typeof paused>).triggerRepaint // back to the prototype's method
    map.triggerRepaint()
  }
}

/**
 * Resolves once `isLoaded(map)` holds, checked whenever a source reports data (and every 100 ms, in
 * case an event was missed); after `timeoutMs` it resolves anyway, so a source that never loads
 * cannot keep the map blank.
 */
export function whenLoaded(map: MapLibreMap, isLoaded: (map: MapLibreMap) => boolean, timeoutMs = 15_000): Promise<void> {
  return new Promise((resolve) => {
    const started = performance.now()
    const check = () => {
      if (!isLoaded(map) && performance.now() - started < timeoutMs) return
      map.off('data', check)
      window.clearInterval(timer)
      resolve()
    }
    const timer = window.setInterval(check, 100)
    map.on('data', check)
    check()
  })
}

/**
 * Every source of the style has its data in (GeoJSON: fetched, parsed and indexed in the worker).
 * Not `map.isStyleLoaded()`: that also waits for bookkeeping which only a frame clears.
 */
export function sourcesLoaded(map: MapLibreMap): boolean {
  return Object.keys(map.getStyle().sources).every((id) => map.getSource(id)?.loaded() ?? true)
}
