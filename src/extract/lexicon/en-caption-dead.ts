import type { PhraseMatch } from './phrase-matcher.js'
import type { FrameMatch, TriggerData } from './types.js'
import { trigger } from './types.js'

// Round 22 (a random sample of the CIR/Bellingcat dev pool; 122 of its rows show the dead, 9 prisoners): a monitor's
// caption of bodies, corpses or graves ("Bodies in the street", "Mass grave near the church", "Two
// corpses by a burnt car") shows people killed: a `casualties` claim, counted when the caption counts
// (59), its side by the usual rules (the killer named, else a placed civilian toll by 72, convention
// 113). Gold real-cir and real-cir2 annotate mass graves so. Only in a war monitor's feed, or a text that
// reads as its caption: in an article, "the bodies were handed over" or "a body of evidence" is no event
// the monitor filmed. A word of death the lexicon already reads ("dead bodies", "killed") tells it.
// Prisoners of war shown ("Ukrainian POWs in X", "Russian prisoners of war being led away") are people
// taken (`casualties`, as the conventions count captured personnel): the side named on them lost them,
// the other side took them; the frame's span covers that side so it reads as the victims'.

const DEAD = trigger('casualties', '', { voice: 'noun', subject: 'victim' }).data

/** The dead shown: bodies, corpses, remains of people, graves and burials. */
const DEAD_NOUNS = /(?<![\p{L}\p{N}-])(?:(?:mass|fresh|new|makeshift|shallow|common|individual|improvised)\s+(?:graves?|burials?|burial\s+sites?)|graves|burial\s+sites?|bodies|body|corpses?|body\s+bags?|(?:human\s+)?remains\s+of\s+(?:civilians|soldiers|people|servicemen|troops|a\s+(?:civilian|soldier|man|woman)))(?![\p{L}\p{N}-])/giu
/** Not the dead: a vehicle's body, armour, a body of water or of people acting, a governing body. */
const NOT_DEAD_AFTER = /^\s*(?:armou?r|camera|cam|kit|of\s+(?:water|the\s+(?:car|truck|vehicle|bus|tank|ship|aircraft|plane|helicopter))|of\s+evidence|guards?)(?![\p{L}])/iu
const NOT_DEAD_BEFORE = /(?:governing|legislative|advisory|car|truck|vehicle|bus|tank|aircraft|plane|helicopter|missile|rocket|drone|shell)\s+$/iu

/** Prisoners shown, with the side they belong to before them or none ("Ukrainian POWs", "captured Russian soldiers" is the lexicon's). */
const PRISONERS = /(?<![\p{L}\p{N}-])(?:(?:Russian|Ukrainian|Ukranian|Ukrainean|DPR|LPR|DNR|LNR|Chechen)\s+)?(?:POW['’]?s?|prisoners\s+of\s+war|prisoners?|captives)(?![\p{L}\p{N}-])/gu
/** Not people taken: a prison's inmates, a swap or an exchange talked of, a prisoner named as a speaker. */
const NOT_TAKEN = /(?:exchange|swap|release|released|returned|freed|inmates?|prison\s+colony|political)(?![\p{L}])/iu

/** The caption's shown dead not already told by a lexicon word under or around them. */
export function findCaptionDeadFrames(text: string, triggers: readonly PhraseMatch<TriggerData>[]): FrameMatch[] {
  const out: FrameMatch[] = []
  DEAD_NOUNS.lastIndex = 0
  for (let m = DEAD_NOUNS.exec(text); m !== null; m = DEAD_NOUNS.exec(text)) {
    const start = m.index
    const end = start + m[0].length
    if (NOT_DEAD_AFTER.test(text.slice(end, end + 30)) || NOT_DEAD_BEFORE.test(text.slice(Math.max(0, start - 14), start))) continue
    // "dead bodies", "bodies of those killed": the lexicon's casualties word tells them.
    if (triggers.some((t) => t.data.kind === 'casualties' && t.span[1] >= start - 12 && t.span[0] <= end + 24)) continue
    out.push({ span: [start, end], text: m[0], data: DEAD })
  }
  // (A caption about a swap or a release tells no one taken that day.)
  if (NOT_TAKEN.test(text)) return out
  PRISONERS.lastIndex = 0
  for (let m = PRISONERS.exec(text); m !== null; m = PRISONERS.exec(text)) {
    const start = m.index
    const end = start + m[0].length
    if (triggers.some((t) => t.data.kind === 'casualties' && t.span[1] >= start - 12 && t.span[0] <= end + 12)) continue
    out.push({ span: [start, end], text: m[0], data: DEAD })
  }
  return out
}
