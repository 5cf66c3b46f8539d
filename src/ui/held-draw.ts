import type { LayerSpecification, Map as MapLibreMap, StyleSpecification } from 'maplibre-gl'

/**
 * Every opacity a layer of each type draws with. With all of them 0 a layer still loads its source's
 * tiles (a hidden layer, `visibility: none`, does not) but MapLibre skips drawing it. Not symbol
 * layers: any paint change to one makes MapLibre place every label again, which takes two more full
 * frames; labels are cheap to draw, so they are drawn from the start (on the hidden canvas).
 */
const OPACITY_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  fill: ['fill-opacity'],
  line: ['line-opacity'],
  circle: ['circle-opacity', 'circle-stroke-opacity'],
  background: ['background-opacity'],
}

interface HeldProperty {
  readonly id: string
  readonly property: string
  readonly value: unknown
}

export interface HeldStyle {
  /** The style to create the map with: every layer hidden (its source's data still loads) and transparent. */
  readonly style: StyleSpecification
  /** Hides the map's canvas until `release` (call once the map exists). */
  hold(map: MapLibreMap): void
  /** Shows the layers, still transparent: their tiles load and are cut, nothing is drawn yet. */
  showLayers(map: MapLibreMap): void
  /** Puts every opacity back as the style had it and shows the canvas: the next frame draws everything. */
  release(map: MapLibreMap): void
}

/**
 * MapLibre draws a frame whenever a source's data or a batch of its tiles arrives, and the first
 * view's five sources arrive one after another over a second or more. Where WebGL is rendered in
 * software every frame costs CPU in proportion to what it draws: about 0.4 s for the full first view,
 * ~0.1 s even for layers without tiles (each visible layer redraws its tile clipping masks), and the
 * page used to draw ~9 partial frames before the map was complete (bench/page-load). So the first
 * view is drawn in three steps, on a hidden canvas until the last (the map's container shows the sea
 * colour meanwhile, styles.css):
 *  1. every layer hidden while the GeoJSON sources load and are indexed in the worker, and no frame
 *     drawn at all (`pauseDrawing`);
 *  2. the layers shown but transparent: one frame asks for their tiles, and once they are in, the
 *     labels are placed (two frames that draw only the labels);
 *  3. the opacities restored and the canvas shown: one frame draws the complete map.
 */
export function holdDrawing(style: StyleSpecification): HeldStyle {
  const opacities: HeldProperty[] = []
  const visibilities: HeldProperty[] = []
  const layers = style.layers.map((layer): LayerSpecification => {
    const paint: Record<string, unknown> = { ...(layer as { paint?: Record<string, unknown> }).paint }
    for (const property of OPACITY_PROPERTIES[layer.type] ?? []) {
      opacities.push({ id: layer.id, property, value: paint[property] })
      paint[property] = 0
    }
    const layout: Record<string, unknown> = { ...(layer as { layout?: Record<string, unknown> }).layout }
    visibilities.push({ id: layer.id, property: 'visibility', value: layout.visibility })
    layout.visibility = 'none'
    return { ...layer, paint, layout } as LayerSpecification
  })
  // `undefined` puts a property back to its default where the style did not set it.
  return {
    // No paint transitions: restoring the opacities must not animate over several more frames.
    style: { ...style, layers, transition: { duration: 0, delay: 0 } },
    hold(map) {
      map.getCanvas().classList.add('held')
    },
    showLayers(map) {
      for (const { id, property, value } of visibilities) if (map.getLayer(id)) map.setLayoutProperty(id, property, value)
    },
    release(map) {
      for (const { id, property, value } of opacities) if (map.getLayer(id)) map.setPaintProperty(id, property, value)
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
  const paused = map as unknown as { triggerRepaint: () => void }
  paused.triggerRepaint = () => {}
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
