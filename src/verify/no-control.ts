import type { ControlView } from '../domain/index.js'

/**
 * The control history when there is none (analysis without control data): no coverage, so every
 * claim the map would judge is `unverifiable` with that reason, while checks that need no map
 * (a town placed in the wrong region, contradictions between speakers) still run.
 */
export const NO_CONTROL: ControlView = {
  coverage: null,
  snapshotDateOn: () => null,
  covers: () => false,
  statusAt: () => null,
  transitions: () => [],
  areaOn: () => null,
  changeBetween: () => null,
  distanceToOccupiedKm: () => null,
}
