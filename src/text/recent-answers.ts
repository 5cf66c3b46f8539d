/**
 * The answers for the last few texts a function was asked about, by identity of the text: ingest,
 * the date finder and the lexicons read the same document one after another, and a short line read
 * in between (a title tested for being a date stamp) must not push the document's answer out, as a
 * single remembered answer was.
 */
export class RecentAnswers<T> {
  private readonly texts: string[] = []
  private readonly answers: T[] = []

  constructor(private readonly size: number) {}

  get(text: string): T | undefined {
    const texts = this.texts
    for (let i = 0; i < texts.length; i++) {
      if (texts[i] === text) {
        // Keep the string just asked about: an equal text held as another string (the same report
        // read twice) is compared letter by letter, and each later call would compare it again.
        texts[i] = text
        return this.answers[i]
      }
    }
    return undefined
  }

  /** Forgets every answer (a test that changes how answers are worked out asks afresh). */
  clear(): void {
    this.texts.length = 0
    this.answers.length = 0
  }

  /** Keeps `answer` for `text`, forgetting the oldest when full. */
  set(text: string, answer: T): void {
    if (this.texts.length >= this.size) {
      this.texts.shift()
      this.answers.shift()
    }
    this.texts.push(text)
    this.answers.push(answer)
  }
}
