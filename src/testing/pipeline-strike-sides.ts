import type { ControlView, Lang, Side } from '../domain/index.js'
import type { Gazetteer } from '../geoparse/index.js'
import { analyzeDocument } from '../pipeline/run-pipeline.js'
import { metadataDocument } from './metadata-document.js'

/** One short report as a dataset row gives it: its text, language, outlet and date. */
export type StrikeReport = { text: string; lang: Lang; outlet: string; publishedAt: string }

/**
 * The actor side of each strike claim the whole pipeline makes of one report (no verification), in order:
 * the question every held-ground and locative-side test asks of its sentences. With `firstSnapshot`, the
 * control map's first snapshot stands in as `analyze` reads it without control data.
 */
export function pipelineStrikeSides(gazetteer: Gazetteer, report: StrikeReport, firstSnapshot: ControlView | null = null): (Side | null)[] {
  const document = metadataDocument({ id: 't', origin: 't', ...report })
  const analysis = analyzeDocument({ document, findings: [] }, { gazetteer, firstSnapshot, verify: false })
  return analysis.claims.filter((c) => c.kind === 'strike').map((c) => c.actorSide)
}
