// The ledger stage: verdicts -> per-speaker and per-outlet track records; the daily brief and its
// renderings. Pure; receives claims and figures as values. Other folders import only this file.
export { buildSourceLedger, median, nearestRank, type LedgerEntry } from './build-source-ledger.js'
export { renderBriefHtml, renderBriefMarkdown, type BriefClaim, type BriefFinding, type ChangedSettlement, type DailyBrief } from './daily-brief.js'
