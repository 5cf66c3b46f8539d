/** A calendar date, `YYYY-MM-DD` (UTC; the control map is dated by its update day). */
export type IsoDate = string

/** `[start, end)` character offsets into a document's cleaned text. */
export type Span = readonly [start: number, end: number]

/** `[longitude, latitude]` in WGS84 degrees (GeoJSON order). */
export type LngLat = readonly [lng: number, lat: number]

export type Lang = 'en' | 'uk' | 'ru'

/** A belligerent. */
export type Side = 'RU' | 'UA'

/** Who a speaker speaks for. */
export type SpeakerSide = Side | 'independent' | 'unknown'

export type Severity = 'info' | 'warning' | 'error'
