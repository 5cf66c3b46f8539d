import type { SentenceSpan } from '../../text/index.js'
import type { AttributionFrame } from './attribution-frame.js'

// A question-and-answer interview prints who speaks before each turn: "RFE/RL: How much …?" and
// "Harkusha: Maybe a third …", "Кореспондент: …" / "Сирський: …". The interviewee speaks the answers;
// the interviewer's turns are the outlet's own voice and get no frame.

/** A turn's label: one to three capitalised words (or an outlet's name like "RFE/RL") and a colon. */
const LABEL = /^(\p{Lu}[\p{L}'’.\/-]*(?:\s+\p{Lu}[\p{L}'’.\/-]*){0,2})\s*:\s+(?=\S)/u
/** Labels of page furniture and fact checks, not of a speaker. */
const NOT_A_SPEAKER = /^(?:Claim|Verdict|Rating|Update|Updated|UPD|Note|Editor['’]s note|Photo|Video|Source|Sources|Tags|Read also|Read more|Related|Context|Background|Correction|Disclaimer|Warning|Summary|Key takeaways|Bottom line|Q|A|Твердження|Вердикт|Фото|Відео|Джерело|Теги|Читайте також|Утверждение|Вердикт|Фото|Видео|Источник|Теги|Читайте также|Оновлено|Обновлено)$/iu

/**
 * The sentences of the answer turns of an interview printed as labelled turns, with a frame naming
 * the one who answers. A document is read as such only when at least two labels each open two or more
 * paragraphs (one interviewer, one interviewee, each speaking more than once); a label whose turns are
 * mostly questions is the interviewer's; where its turns open, `askedAt` gets the end of the label.
 */
export function interviewTurns(text: string, sentences: readonly SentenceSpan[], isOutlet: (label: string) => boolean = () => false, outlet: string | null = null, askedAt: Map<number, number> | null = null): Map<number, AttributionFrame> {
  const out = new Map<number, AttributionFrame>()
  const turns: { label: string; first: number; span: [number, number] }[] = []
  for (let i = 0; i < sentences.length; i++) {
    if (i > 0 && sentences[i - 1]!.paragraph === sentences[i]!.paragraph) continue
    const [start] = sentences[i]!.span
    // Only the paragraph's first 43 characters are read: the cost stays linear in the document.
    const head = text.slice(start, start + 43)
    const colon = head.indexOf(':')
    if (colon < 0 || colon > 40) continue
    const m = LABEL.exec(head)
    if (!m || NOT_A_SPEAKER.test(m[1]!)) continue
    turns.push({ label: m[1]!, first: i, span: [start, start + m[0].length] })
  }
  if (turns.length < 4) return out
  // "Andriy Sirenko: …" once, then "AS: …"; "Foreign Policy: …" once, then "FP: …": a transcript names a
  // voice in full at its first turn (or the outlet asks) and by initials after; "TOM BRENNAN: …" prints
  // a name in capitals. Each is one voice, named as a reader would write it.
  const canonical = canonicalLabels(turns.map((t) => t.label), outlet)
  for (const t of turns) t.label = canonical.get(t.label) ?? t.label
  const byLabel = new Map<string, { turns: number; questions: number }>()
  for (const t of turns) {
    const paragraphEnd = lastOfParagraph(sentences, t.first)
    const asks = text.slice(sentences[paragraphEnd]!.span[0], sentences[paragraphEnd]!.span[1]).trimEnd().endsWith('?')
    const entry = byLabel.get(t.label) ?? { turns: 0, questions: 0 }
    entry.turns++
    if (asks) entry.questions++
    byLabel.set(t.label, entry)
  }
  const speaking = [...byLabel.values()].filter((e) => e.turns >= 2)
  if (speaking.length < 2) return out
  // "RFE/RL: …?" / "Harkusha: …": an outlet asking the questions is where the answers were given, their
  // via (gold convention 22).
  const asker = [...byLabel].find(([label, e]) => e.turns >= 2 && e.questions * 2 >= e.turns && isOutlet(label))?.[0] ?? null
  for (const t of turns) {
    const entry = byLabel.get(t.label)!
    // "FP: Russian channels write that your units are surrounded. Is that true?": the asker's label is
    // no part of the sentence after it (a speaker named there opens the sentence).
    if (entry.turns >= 2 && entry.questions * 2 >= entry.turns) askedAt?.set(t.first, t.span[1])
    if (entry.turns < 2 || entry.questions * 2 >= entry.turns) continue
    const frame: AttributionFrame = { detector: 'quote', span: t.span, speaker: t.label, stance: 'neutral', via: asker, basedOn: null, reportedBy: null }
    for (let k = t.first; k <= lastOfParagraph(sentences, t.first); k++) out.set(k, frame)
  }
  return out
}

/** Initials ("AS", "FP") to the full label or outlet name they abbreviate; names in capitals to title case. */
function canonicalLabels(labels: readonly string[], outlet: string | null): Map<string, string> {
  const out = new Map<string, string>()
  const titled = (label: string): string => (/\s/u.test(label) && label === label.toUpperCase() && /\p{Lu}{2}/u.test(label) ? label.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, b: string, c: string) => b + c.toUpperCase()) : label)
  const full = [...new Set(labels.filter((l) => /\s/u.test(l)).map(titled))]
  if (outlet && !full.includes(outlet.trim())) full.push(outlet.trim())
  for (const label of new Set(labels)) {
    if (/^\p{Lu}{2,4}$/u.test(label)) {
      const matches = full.filter((name) => initialsOf(name) === label)
      if (matches.length === 1) out.set(label, matches[0]!)
    } else if (titled(label) !== label) out.set(label, titled(label))
  }
  return out
}

function initialsOf(name: string): string {
  return name.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.charAt(0)).join('')
}

function lastOfParagraph(sentences: readonly SentenceSpan[], i: number): number {
  let k = i
  while (k + 1 < sentences.length && sentences[k + 1]!.paragraph === sentences[i]!.paragraph) k++
  return k
}
