import type { Route } from '../route.js'
import { openApiRoute, statusRoute } from './meta.js'

/** Every API route, in the order docs/api.md lists them. Add a route here and it is served and documented. */
export const apiRoutes: readonly Route[] = [statusRoute, openApiRoute]
