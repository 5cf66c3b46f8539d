import { createRequire } from 'node:module'
import type * as FastXmlParser from 'fast-xml-parser'
import type * as Linkedom from 'linkedom'
import type * as MozillaReadability from '@mozilla/readability'

// The HTML and XML parsers are loaded the first time an input needs them, not when ingest is
// imported: linkedom alone took ~250 CPU-ms to load, a tenth of a one-file `frontline analyze` call,
// and plain-text, Markdown, JSON and Telegram inputs never use it. `require` keeps ingest synchronous
// (ingestBytes is a plain function); each package ships a CommonJS build of the same version.
const require = createRequire(import.meta.url)

let linkedom: typeof Linkedom | null = null
let readability: typeof MozillaReadability | null = null
let xmlParser: typeof FastXmlParser | null = null

/** linkedom (`parseHTML`), loaded on first use. */
export function loadLinkedom(): typeof Linkedom {
  return (linkedom ??= require('linkedom') as typeof Linkedom)
}

/** Mozilla's Readability, loaded on first use. */
export function loadReadability(): typeof MozillaReadability {
  return (readability ??= require('@mozilla/readability') as typeof MozillaReadability)
}

/** fast-xml-parser (`XMLParser`, `XMLValidator`), loaded on first use. */
export function loadXmlParser(): typeof FastXmlParser {
  return (xmlParser ??= require('fast-xml-parser') as typeof FastXmlParser)
}
