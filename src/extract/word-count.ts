/** Words (runs of non-space characters) in `text` between two offsets, counted without allocating. */
export function wordCount(text: string, from = 0, to = text.length): number {
  let n = 0
  let inWord = false
  for (let i = from; i < to; i++) {
    const space = text.charCodeAt(i) <= 32
    if (!space && !inWord) n++
    inWord = !space
  }
  return n
}
