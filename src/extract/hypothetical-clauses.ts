import type { Span } from '../domain/index.js'

/**
 * Convention 54 in Ukrainian and Russian: a supposed event and what would follow from it ("якщо
 * ворог захопить місто, то вийде до траси", "если удастся выйти к трассе, фронт посыплется", "у
 * разі прориву оборони противник отримає", "Противник вийде до Краматорська, якщо захопить
 * Костянтинівку") are no claim. A forecast that only carries a condition with no event in it ("якщо
 * погода дозволить, росіяни спробують штурмувати місто", "если темп сохранится, ... превысит")
 * stays the forecaster's `expected` claim, so the consequence is dropped only when the condition
 * itself tells an event.
 *
 * The spans returned cover the conditional clause (from its conjunction to the next comma, dash,
 * colon or sentence end) and, when it holds an event word, the one clause it governs: the clause
 * after it ("якщо …, то …") or, for a condition told last, the clause before it. A hedge worded as
 * a condition ("якщо вірити Генштабу", "если верить сводкам") supposes nothing. One literal test
 * per sentence; most sentences have no conditional conjunction.
 */
export function hypotheticalSpans(text: string, sentence: Span, triggers: readonly Span[]): Span[] {
  const line = text.slice(sentence[0], sentence[1])
  if (!GATE.test(line)) return []
  const out: Span[] = []
  for (const m of line.matchAll(CONDITIONAL)) {
    const at = sentence[0] + m.index
    if (HEDGE_AFTER.test(text.slice(at + m[0].length, at + m[0].length + 24))) continue
    const condEnd = clauseEnd(text, at + m[0].length, sentence[1])
    const condition: Span = [at, condEnd]
    if (!triggers.some((t) => t[0] >= condition[0] && t[1] <= condition[1])) continue
    out.push(condition)
    const before = text.slice(sentence[0], at)
    if (/[\p{L}\p{N}]/u.test(before) && /[,—–]\s*$/u.test(before)) {
      // "Противник вийде до Краматорська, якщо захопить Костянтинівку": the clause before it.
      out.push([clauseStart(text, at - 1 - (before.length - before.trimEnd().length), sentence[0]), at])
    } else if (condEnd < sentence[1]) {
      out.push([condEnd, clauseEnd(text, condEnd + 1, sentence[1])])
    }
  }
  return out
}

// Every conditional conjunction holds one of these.
const GATE = /якщо|якби|если|случае|разі|коли б/iu

const CONDITIONAL = /(?<![\p{L}])(?:якщо|якби|коли б|если|в случае(?:,? если)?|у разі(?:,? якщо)?|в разі(?:,? якщо)?)(?![\p{L}])/giu

const HEDGE_AFTER = /^\s+(?:вірити|верить|судити|судить|зважати|говорити|говорить|бути точним|быть точным|коротко|кратко|чесно|честно)(?![\p{L}])/iu

/** Where the clause running from `from` ends: the next comma, dash, colon or semicolon (a "то" after the comma opens the next one). */
function clauseEnd(text: string, from: number, end: number): number {
  for (let i = from; i < end; i++) {
    const c = text[i]!
    if (c === ',' || c === ';' || c === ':' || ((c === '—' || c === '–') && text[i - 1] === ' ')) return i
  }
  return end
}

/** Where the clause ending at `to` starts: after the last comma, dash, colon or semicolon before it. */
function clauseStart(text: string, to: number, start: number): number {
  for (let i = to - 1; i >= start; i--) {
    const c = text[i]!
    if (c === ',' || c === ';' || c === ':' || ((c === '—' || c === '–') && text[i - 1] === ' ')) return i + 1
  }
  return start
}
