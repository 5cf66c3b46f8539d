// Language utilities shared by the stages that read text (ingest dates a document from its content,
// extract dates its claims): time expressions in English, Ukrainian and Russian, numbers, sentences.
// Pure functions over strings; imports only `domain`. Not a pipeline stage, so stages may import it.
export * from './calendar.js'
export type { DateValue, DatePart, Season, YearRef } from './date-value.js'
export { findDateExpressions, type DateExpression } from './find-date-expressions.js'
export { resolveDateValue, type ResolvedTime, type ResolveOptions } from './resolve-date-value.js'
export { splitSentences, type SentenceSpan } from './split-sentences.js'
export {
  parseFigure,
  numberWordValue,
  scaleValue,
  FIGURE_SOURCE,
  NUMBER_WORD_SOURCE,
  NUMBER_WORD_STARTS,
  SCALE_SOURCE,
} from './parse-number.js'
export { monthNumber, weekdayNumber } from './month-names.js'
export { tokenize, type Token } from './tokenize.js'
export { endsWithMatch, type EndTest } from './ends-with-match.js'
export { gated, literalGate, LiteralGate, testSlice, useLiteralGates } from './gated-regexp.js'
export { requiredLiterals } from './required-literals.js'
export { fastWordBoundaries } from './fast-word-boundaries.js'
export { firstIndex } from './first-index.js'
export { WordMemo } from './word-memo.js'
export { hasCondition, PathConditions, type Satisfied } from './path-conditions.js'
export { FOLD_UNSAFE, readPattern, staysInWord, tokenPaths, type TokenPath, type WordCondition } from './token-paths.js'
