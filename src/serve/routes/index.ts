import type { Route } from '../route.js'
import { claimRoutes } from './claims.js'
import { controlRoutes } from './control.js'
import { ledgerRoutes } from './ledger.js'
import { openApiRoute, statusRoute } from './meta.js'
import { placeRoutes } from './places.js'

/** Every API route, in the order docs/api.md lists them. Add a route here and it is served and documented. */
export const apiRoutes: readonly Route[] = [statusRoute, ...controlRoutes, ...placeRoutes, ...claimRoutes, ...ledgerRoutes, openApiRoute]
