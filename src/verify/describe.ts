import type { LngLat } from '../domain/index.js'
import type { PlaceRef } from './verify-context.js'

/** "Pokrovsk (Donetsk Oblast)". */
export function describePlace(place: { readonly name: string; readonly admin1: string | null }): string {
  return place.admin1 && place.admin1 !== place.name ? `${place.name} (${place.admin1})` : place.name
}

export function lngLatOf(place: PlaceRef): LngLat {
  return [place.lon, place.lat]
}

/** `12,345.6`: fixed decimals, thousands grouped with commas (toLocaleString is ~50× slower, and reasons are made per claim). */
export function formatNumber(value: number, decimals: number): string {
  const fixed = Math.abs(value).toFixed(decimals)
  const [whole, fraction] = fixed.split('.') as [string, string | undefined]
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  const sign = value < 0 && Number(fixed) !== 0 ? '-' : ''
  return `${sign}${grouped}${fraction ? `.${fraction}` : ''}`
}

/** "3,386 km²" with the decimals a figure of that size deserves. */
export function formatKm2(value: number): string {
  return `${formatNumber(value, Math.abs(value) >= 100 ? 0 : 1)} km²`
}

export function formatKm(value: number): string {
  return `${formatNumber(value, 1)} km`
}

export function formatPercent(value: number): string {
  return `${formatNumber(value, Math.abs(value) >= 10 ? 1 : 2)}%`
}

/** "6 days" / "1 day". */
export function formatDays(days: number): string {
  const n = Math.abs(days)
  return `${n} day${n === 1 ? '' : 's'}`
}

/** How a lag reads: "the map showed it 6 days before the claim" / "the map caught up 5 days after it". */
export function describeLag(lagDays: number): string {
  if (lagDays === 0) return 'the map showed it within the claim’s own time'
  return lagDays < 0 ? `the map showed it ${formatDays(lagDays)} before the claim` : `the map caught up ${formatDays(lagDays)} after the claim`
}
