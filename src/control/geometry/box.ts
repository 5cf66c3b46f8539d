/** An axis-aligned box in degrees: [minLng, minLat, maxLng, maxLat]. */
export type Box = readonly [minX: number, minY: number, maxX: number, maxY: number]

export function boxesOverlap(a: Box, b: Box): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3]
}

export function boxContainsPoint(box: Box, x: number, y: number): boolean {
  return box[0] <= x && x <= box[2] && box[1] <= y && y <= box[3]
}

export function unionBox(a: Box, b: Box): Box {
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])]
}

export function padBox(box: Box, pad: number): Box {
  return [box[0] - pad, box[1] - pad, box[2] + pad, box[3] + pad]
}
