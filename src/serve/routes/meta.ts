import { buildOpenApi } from '../openapi.js'
import { defineRoute } from '../route.js'
import { packageVersion } from '../version.js'

export const openApiRoute = defineRoute({
  method: 'GET',
  path: '/api/openapi.json',
  operationId: 'getOpenApi',
  tag: 'meta',
  summary: 'This API described in OpenAPI 3.1',
  description: 'The OpenAPI description generated from the route table this server runs (docs/api.md is rendered from it).',
  query: {},
  params: {},
  response: { description: 'An OpenAPI 3.1 document.' },
  handle: ({ routes }) =>
    new Response(JSON.stringify(buildOpenApi(routes, packageVersion)), {
      headers: { 'content-type': 'application/json; charset=utf-8' },
    }),
})

export const statusRoute = defineRoute({
  method: 'GET',
  path: '/api/status',
  operationId: 'getStatus',
  tag: 'meta',
  summary: 'What this server has: database, version, which data is loaded',
  description:
    'The server version, the database it reads, whether it accepts writes, and the coverage of each kind of data ' +
    '(control snapshots, places, claims). The UI starts from this.',
  query: {},
  params: {},
  response: {
    description: 'Server status.',
    example: { ok: true, warnings: [], version: '0.1.0', database: 'frontline.db', writable: false },
  },
  handle: async ({ deps }) => ({
    version: packageVersion,
    database: deps.store.location,
    writable: deps.config.writeToken !== null,
    control: deps.control ? { coverage: deps.control.view.coverage, snapshots: deps.control.snapshots().length } : null,
    places: deps.places ? { entries: deps.places.size } : null,
    ...(deps.reports ? await deps.reports.counts().then((c) => ({ claims: { count: c.claims }, documents: { count: c.documents } })) : { claims: null, documents: null }),
    sources: deps.ledger ? { count: (await deps.ledger.sources()).length } : null,
  }),
})
