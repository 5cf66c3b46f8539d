// The token-path reader is shared with the date finder (text/find-date-expressions.ts), so it lives in
// text/; the lexicon's modules and tests import it from here as before.
export { FOLD_UNSAFE, readPattern, staysInWord, tokenPaths, type TokenPath, type WordCondition } from '../../text/index.js'
