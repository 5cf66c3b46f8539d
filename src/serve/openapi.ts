// The OpenAPI 3.1 description, generated from the route table: what the app registers is what it
// documents (a test checks that every registered route appears here and in docs/api.md).
import type { Param, ParamSpecs } from './params.js'
import type { Route } from './route.js'

export interface OpenApiDocument {
  readonly openapi: string
  readonly info: { readonly title: string; readonly version: string; readonly description: string }
  readonly paths: Record<string, Record<string, unknown>>
  readonly components: Record<string, unknown>
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad parameters: every problem named in `errors` (field, value, what was expected).',
  401: 'Missing or wrong write token (or the server has none configured: it is read-only).',
  404: 'Not found.',
  413: 'Request body larger than the limit.',
  503: 'This server was started without the data this route needs.',
  500: 'Internal error.',
}

function parameterOf(name: string, spec: Param<unknown>, where: 'query' | 'path') {
  return {
    name,
    in: where,
    required: where === 'path' ? true : spec.required,
    description: `${spec.description} Expected: ${spec.expected}.`,
    schema: spec.schema,
    ...(spec.example === undefined ? {} : { example: spec.example }),
  }
}

function parametersOf(specs: ParamSpecs, where: 'query' | 'path') {
  return Object.entries(specs).map(([name, spec]) => parameterOf(name, spec, where))
}

export function buildOpenApi(routes: readonly Route[], version: string): OpenApiDocument {
  const paths: Record<string, Record<string, unknown>> = {}
  for (const route of routes) {
    const errorStatuses = [...new Set([400, ...(route.errors ?? []), ...(route.write ? [401, 413] : []), 500])].sort()
    const responses: Record<string, unknown> = {
      200: {
        description: route.response.description,
        content: {
          [route.response.contentType ?? 'application/json']: {
            ...(route.response.example === undefined ? {} : { example: route.response.example }),
          },
        },
      },
    }
    for (const status of errorStatuses) {
      responses[status] = {
        description: STATUS_TEXT[status] ?? 'Error.',
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
      }
    }
    const operation = {
      operationId: route.operationId,
      tags: [route.tag],
      summary: route.summary,
      description: route.description,
      parameters: [...parametersOf(route.params, 'path'), ...parametersOf(route.query, 'query')],
      ...(route.requestBody
        ? {
            requestBody: {
              required: true,
              description: `${route.requestBody.description} At most ${route.requestBody.maxBytes} bytes.`,
              content: Object.fromEntries(route.requestBody.contentTypes.map((t) => [t, {}])),
            },
          }
        : {}),
      ...(route.write ? { security: [{ writeToken: [] }] } : {}),
      responses,
    }
    ;(paths[route.path] ??= {})[route.method.toLowerCase()] = operation
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Frontline API',
      version,
      description:
        'Control-map history, claims, verdicts and sources of the Russia–Ukraine war. Read-only unless the ' +
        'server has a write token. Successful JSON answers are `{ ok: true, warnings: [...], ... }`; every ' +
        'error is `{ ok: false, error, errors, status }`. Unknown query parameters are reported in `warnings`.',
    },
    paths,
    components: {
      schemas: {
        Error: {
          type: 'object',
          required: ['ok', 'error', 'errors', 'status'],
          properties: {
            ok: { const: false },
            error: { type: 'string', description: 'One line saying what went wrong.' },
            errors: { type: 'array', items: { type: 'string' }, description: 'Each problem: field, value, expectation.' },
            status: { type: 'integer', description: 'The HTTP status, repeated.' },
          },
        },
      },
      securitySchemes: {
        writeToken: { type: 'http', scheme: 'bearer', description: 'The `writeToken` from the server config.' },
      },
    },
  }
}
