import type { Outcome } from '../domain/index.js'
import { ingestBytes, type IngestOptions, type IngestResult } from './ingest-bytes.js'

const TIMEOUT_MS = 20_000

/** Fetches a page or feed over HTTP(S) and ingests it; network and HTTP failures become issues. */
export async function ingestUrl(url: string, options: IngestOptions = {}): Promise<Outcome<IngestResult>> {
  const none = { raw: null, documents: [] }
  let response: Response
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS), headers: { 'user-agent': 'frontline (+https://github.com/)' } })
  } catch (error) {
    return { value: none, issues: [{ code: 'fetch-failed', severity: 'error', message: `${url}: could not fetch (${(error as Error).message})`, sourceId: url }] }
  }
  if (!response.ok) {
    return { value: none, issues: [{ code: 'fetch-failed', severity: 'error', message: `${url}: the server answered HTTP ${response.status} ${response.statusText}`, sourceId: url }] }
  }
  const bytes = new Uint8Array(await response.arrayBuffer())
  return ingestBytes(bytes, url, { ...options, url, mediaType: response.headers.get('content-type') })
}
