import type { LayerSpecification, StyleSpecification } from 'maplibre-gl'
import baseLayer from 'virtual:frontline-base-layer'
import { BASE_TILE_LAYER } from './first-view.js'
import oblastLabelsUrl from '../../data/basemap/oblast-labels.geojson?url'

export type LabelLang = 'en' | 'uk' | 'ru'

/** Label text in the chosen language, falling back to English where a name is missing. */
export function labelField(lang: LabelLang): ['coalesce', ['get', string], ['get', string]] {
  return ['coalesce', ['get', `name_${lang}`], ['get', 'name_en']]
}

const EMPTY = { type: 'FeatureCollection', features: [] } as const

export const VERDICT_COLOURS: Record<string, string> = {
  confirmed: '#1a9850',
  consistent: '#91cf60',
  contradicted: '#d73027',
  pending: '#fdae61',
  unverifiable: '#878787',
  none: '#4575b4',
}

/**
 * The whole style is local: GeoJSON sources from this server, no tiles, no sprite, no glyphs URL
 * (MapLibre then draws labels from local fonts: the 'Frontline Map' family pinned in fonts.css).
 *
 * This is the first view only: the base layer and the control. Labels, settlements and claim markers
 * (`overlayLayers`) are added once it is drawn. With software WebGL every frame is a full redraw that
 * costs the page hundreds of milliseconds, and a symbol layer in the first view costs one more: MapLibre
 * places new labels in the frame that first draws them and needs the next frame to settle them before
 * the map is idle (bench/page-load). Their shader programs and glyphs wait too.
 */
export function baseStyle(): StyleSpecification {
  return {
    version: 8,
    sources: {
      // Countries, oblast borders and rivers in one source of vector tiles cut at build time
      // (src/ui/build/compose-base-layer.ts, base-tiles.ts), one tile layer; the style's layers select
      // by `layer`. Tiles, not a GeoJSON file: the first view loads a few small tiles instead of the
      // whole layer being fetched, parsed, indexed in the worker and copied back to the page before
      // its first frame (bench/page-load). Cut with the 2-pixel simplification at each zoom that the
      // GeoJSON source had (the thin lines and the coast look the same with a fraction of the
      // vertices, which software WebGL pays for in every frame).
      base: {
        type: 'vector',
        // Absolute: MapLibre's worker fetches the tiles. Concatenated, not `new URL`: that would
        // percent-encode the template's braces.
        tiles: [`${window.location.origin}${baseLayer.tiles}`],
        bounds: baseLayer.bounds,
        maxzoom: baseLayer.maxzoom,
        attribution: 'Natural Earth (world-atlas) | © Мінрегіон (CC BY-SA); GIS-Lab / © OpenStreetMap contributors | GSHHG (Wessel & Smith)',
      },
      occupied: { type: 'geojson', data: EMPTY, attribution: 'Control: DeepState map data' },
      change: { type: 'geojson', data: EMPTY },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': '#c9dbe8' } },
      // No antialiasing on the base fills: they are outlined by line layers anyway, and each fill
      // with antialiasing costs a second shader program before the first frame.
      // One fill pass for all land, Ukraine a shade lighter (a second layer for Ukraine would fill
      // its pixels twice in every frame, which software WebGL pays for in full).
      {
        id: 'land',
        type: 'fill',
        source: 'base',
        'source-layer': BASE_TILE_LAYER,
        filter: ['==', ['get', 'layer'], 'country'],
        paint: { 'fill-color': ['match', ['get', 'name_en'], 'Ukraine', '#fbfaf5', '#f3f1ea'], 'fill-antialias': false },
      },
      { id: 'rivers', type: 'line', source: 'base', 'source-layer': BASE_TILE_LAYER, filter: ['==', ['get', 'layer'], 'river'], paint: { 'line-color': '#8fb3cf', 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.6, 10, 2] } },
      {
        id: 'occupied-fill',
        type: 'fill',
        source: 'occupied',
        paint: { 'fill-color': '#c0392b', 'fill-opacity': 0.28, 'fill-antialias': false },
      },
      { id: 'occupied-line', type: 'line', source: 'occupied', paint: { 'line-color': '#a02a1e', 'line-width': 1.2 } },
      {
        id: 'change-fill',
        type: 'fill',
        source: 'change',
        // Shown in compare mode only: a visible fill layer costs a stencil pass over its tiles in
        // every frame even while its source is empty.
        layout: { visibility: 'none' },
        paint: {
          'fill-color': ['match', ['get', 'kind'], 'gained', '#e4572e', 'lost', '#2e86de', '#999'],
          'fill-opacity': 0.65,
        },
      },
      {
        id: 'oblast-line',
        type: 'line',
        source: 'base',
        'source-layer': BASE_TILE_LAYER,
        filter: ['==', ['get', 'layer'], 'oblast'],
        paint: { 'line-color': '#9a9a9a', 'line-width': 0.8 },
      },
      { id: 'country-line', type: 'line', source: 'base', 'source-layer': BASE_TILE_LAYER, filter: ['==', ['get', 'layer'], 'country'], paint: { 'line-color': '#555', 'line-width': 1.4 } },
    ],
  }
}

export interface OverlayLayers {
  readonly sources: StyleSpecification['sources']
  /** In drawing order, all above the base style's layers. */
  readonly layers: LayerSpecification[]
}

/** What is added on top of `baseStyle` once the first view is drawn: labels, settlements, claims. */
export function overlayLayers(lang: LabelLang): OverlayLayers {
  const font = ['Frontline Map']
  return {
    sources: {
      'oblast-labels': { type: 'geojson', data: oblastLabelsUrl },
      settlements: { type: 'geojson', data: EMPTY },
      claims: { type: 'geojson', data: EMPTY },
    },
    layers: [
      // Towns of 50,000 and more from the country view on; every settlement once zoomed in.
      {
        id: 'settlement-points',
        type: 'circle',
        source: 'settlements',
        filter: ['any', ['>=', ['zoom'], 7], ['>=', ['coalesce', ['get', 'population'], 0], 50000]],
        paint: {
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 5, 1.8, 10, 4],
          'circle-color': '#333',
        },
      },
      {
        id: 'settlement-labels',
        type: 'symbol',
        source: 'settlements',
        filter: ['any', ['>=', ['zoom'], 7], ['>=', ['coalesce', ['get', 'population'], 0], 50000]],
        layout: {
          'text-field': labelField(lang),
          'text-font': font,
          'text-size': ['interpolate', ['linear'], ['zoom'], 5, 10, 10, 14],
          'text-offset': [0, 0.7],
          'text-anchor': 'top',
          'symbol-sort-key': ['-', 0, ['coalesce', ['get', 'population'], 0]],
        },
        paint: { 'text-color': '#222', 'text-halo-color': '#fff', 'text-halo-width': 1.2 },
      },
      {
        id: 'oblast-labels',
        type: 'symbol',
        source: 'oblast-labels',
        maxzoom: 7,
        layout: { 'text-field': labelField(lang), 'text-font': font, 'text-size': 11, 'text-transform': 'uppercase', 'text-letter-spacing': 0.05 },
        paint: { 'text-color': '#777', 'text-halo-color': '#fff', 'text-halo-width': 1 },
      },
      {
        id: 'claims',
        type: 'circle',
        source: 'claims',
        paint: {
          'circle-radius': 7,
          'circle-color': ['match', ['get', 'verdict'], ...Object.entries(VERDICT_COLOURS).flat(), VERDICT_COLOURS.none as string] as never,
          'circle-stroke-color': '#fff',
          'circle-stroke-width': 1.5,
        },
      },
    ],
  }
}

/** The layers whose text follows the EN/UK/RU switch. */
export const LABEL_LAYERS = ['settlement-labels', 'oblast-labels'] as const
