// `node --import tsx scripts/silver-viina-namesakes.ts [--list FILE]`: a silver check of the geoparser's
// choice between namesakes on real Russian and Ukrainian text. VIINA 2.0 (ODbL; Zhukov & Ayers) geocodes
// each headline by machine to one place (geonameid, point, ADM1_NAME); the derived files of
// ../shared/data/viina-derived-strike-reports carry them. Only the 2022-2024 files are read: the 2025
// file and the review file are the source pool of a held-out gold set.
//
// A row counts when one of the geoparser's mentions has a candidate within 10 km of VIINA's point (the
// geoparser found the name VIINA geocoded). Of those:
//  - agree: the chosen entry is within 10 km of the point;
//  - namesake: the chosen entry is a namesake more than 50 km away (the disagreements worth reading:
//    VIINA is not gold, and some of them are VIINA's errors);
// --list writes the namesake rows for reading.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { distanceKm, geoparseText, loadGazetteer } from '../src/geoparse/index.js'
import { parseDelimited } from '../src/geoparse/gazetteer/parse-delimited.js'
import { sharedDataDir } from '../src/testing/shared-data.js'

const args = process.argv.slice(2)
const listFile = args.includes('--list') ? args[args.indexOf('--list') + 1] : undefined
const g = loadGazetteer()
const t0 = performance.now()
let rows = 0
let counted = 0
let agree = 0
let namesake = 0
const listed: string[] = []
for (const year of [2022, 2023, 2024]) {
  const file = join(sharedDataDir(), 'viina-derived-strike-reports', `VIINA_${year}_REBUILD.csv`)
  const t = parseDelimited(readFileSync(file, 'utf8'), ',')
  const col = (n: string) => t.header.indexOf(n)
  const [textCol, latCol, lonCol, nameCol, adm1Col, dateCol] = ['representative_text', 'latitude', 'longitude', 'asciiname', 'ADM1_NAME', 'date'].map(col)
  for (const r of t.rows) {
    const text = r[textCol!] ?? ''
    const lat = Number(r[latCol!])
    const lon = Number(r[lonCol!])
    if (text === '' || !Number.isFinite(lat) || !Number.isFinite(lon)) continue
    rows++
    const d = r[dateCol!] ?? ''
    const publishedAt = d.length === 8 ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}` : null
    const places = geoparseText(text, g, { publishedAt }).value
    const found = places.find((p) => [p, ...p.alternatives].some((c) => distanceKm(lat, lon, c.lat, c.lon) <= 10))
    if (!found) continue
    counted++
    const km = distanceKm(lat, lon, found.lat, found.lon)
    if (km <= 10) agree++
    else if (km > 50) {
      namesake++
      listed.push(`${year}\t${found.mention} → ${found.name} (${found.admin1}, ${km.toFixed(0)} km); VIINA ${r[nameCol!]} (${r[adm1Col!]})\t${text.slice(0, 160)}`)
    }
  }
}
const share = (a: number, b: number) => (b === 0 ? '-' : (a / b).toFixed(3))
console.log(`VIINA 2022-2024: ${rows} rows, ${counted} with VIINA's place among the candidates; agree ${agree} (${share(agree, counted)}), namesake >50 km ${namesake} (${share(namesake, counted)}); ${((performance.now() - t0) / 1000).toFixed(1)} s`)
if (listFile) writeFileSync(listFile, `${listed.join('\n')}\n`)
