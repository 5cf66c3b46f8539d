import type { LngLat } from '../domain/index.js'
import type { PlaceRef } from './verify-context.js'

/** "Pokrovsk (Donetsk Oblast)". */
export function describePlace(place: { readonly name: string; readonly admin1: string | null }): string {
  return place.admin1 && place.admin1 !== place.name ? `${place.name} (${place.admin1})` : place.name
}

export function lngLatOf(place: PlaceRef): LngLat {
  return [place.lon, place.lat]
}

/** "3,386 km²" with the decimals a figure of that size deserves. */
export function formatKm2(value: number): string {
  const decimals = Math.abs(value) >= 100 ? 0 : 1
  return `${value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })} km²`
}

export function formatKm(value: number): string {
  return `${value.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} km`
}

export function formatPercent(value: number): string {
  const decimals = Math.abs(value) >= 10 ? 1 : 2
  return `${value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })}%`
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
