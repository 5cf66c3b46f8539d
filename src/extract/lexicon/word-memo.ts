// The per-word memo is shared with the date finder (text/find-date-expressions.ts), so it lives in
// text/; the lexicon's modules import it from here as before.
export { WordMemo } from '../../text/index.js'
