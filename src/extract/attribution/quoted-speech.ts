// Quotes that run over several sentences get the speaker named where the quote ends ("…,” the
// general said) or on a line of its own after it ("– Kostyantyn Mashovets").

const DASH_NAME = /^[—–-]\s*([\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,4})\s*$/u

/** For a sentence that is only "– Name", the name. */
export function dashNameLine(sentence: string): string | null {
  return DASH_NAME.exec(sentence)?.[1] ?? null
}

/** Whether a sentence opens a quotation it does not close. */
export function opensQuote(sentence: string): boolean {
  const t = sentence.trimStart()
  if (!/^["“«„]/.test(t)) return false
  const opens = (t.match(/[“«„]/g) ?? []).length
  const closes = (t.match(/[”»]/g) ?? []).length
  const straight = (t.match(/"/g) ?? []).length
  return opens > closes || straight % 2 === 1
}

/** Whether a sentence closes a quotation opened earlier. */
export function closesQuote(sentence: string): boolean {
  return /[”»"]/.test(sentence) && !opensQuote(sentence)
}
