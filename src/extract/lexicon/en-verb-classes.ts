// English event verbs by semantic class (round 16). Each round's blind set brought verbs the lexicon had
// not listed ("fended off counter-thrusts", "parried", "grabbed the village", "vacated the positions"),
// and each was added as one phrase. Here a class is a broad list of lemmas (the common synonyms, with
// the particles of their phrasal forms), inflected by rule, so that a frame (en-frames.ts) can ask
// "is this a verb of repelling?" of any form and decide the event from the verb's arguments: an attack
// as its object, a settlement or position, a force as its subject. The lists are the verbs a report
// could use for the event; the frames keep them from firing on everyday text by the arguments.

/** A lemma's forms: base, -s, past, participle, -ing; irregular past and participle after '/'; '+' doubles the last consonant. */
export function verbForms(spec: string): { lemma: string; forms: string[] } {
  const [head, past, participle] = spec.split('/') as [string, string?, string?]
  const double = head.endsWith('+')
  const lemma = double ? head.slice(0, -1) : head
  const stem = double ? lemma + lemma.at(-1) : lemma
  const third = /(?:s|x|z|ch|sh)$/.test(lemma) ? `${lemma}es` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ies` : `${lemma}s`
  const ed = lemma.endsWith('e') ? `${lemma}d` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ied` : `${stem}ed`
  const ing = /[^aeioy]e$/.test(lemma) ? `${lemma.slice(0, -1)}ing` : `${stem}ing`
  const forms = new Set([lemma, third, ing, past ?? ed, participle ?? past ?? ed, ed])
  return { lemma, forms: [...forms] }
}

/** Form -> lemma for a list of lemma specs (the first lemma listed keeps a shared form). */
export function formTable(specs: readonly string[]): Map<string, string> {
  const out = new Map<string, string>()
  for (const spec of specs) {
    const { lemma, forms } = verbForms(spec)
    for (const f of forms) if (!out.has(f)) out.set(f, lemma)
  }
  return out
}

/** A verb class: its forms, and for the lemmas that need one the particles that make the sense. */
export interface VerbClass {
  readonly forms: ReadonlyMap<string, string>
  /** Lemma -> particles of which one must follow the verb or its object ("beat off", "threw them back"). */
  readonly particles: ReadonlyMap<string, readonly string[]>
}

/** Builds a class from "lemma[/past/participle] [particle|particle]" specs; a lemma listed alone needs none. */
function verbClass(specs: readonly string[]): VerbClass {
  const bare: string[] = []
  const particles = new Map<string, string[]>()
  const alone = new Set<string>()
  for (const spec of specs) {
    const [verb, particle] = spec.split(' ') as [string, string?]
    bare.push(verb)
    const { lemma } = verbForms(verb)
    if (!particle) {
      alone.add(lemma)
      continue
    }
    const list = particles.get(lemma) ?? []
    list.push(...particle.split('|'))
    particles.set(lemma, list)
  }
  for (const lemma of alone) particles.delete(lemma)
  return { forms: formTable(bare), particles }
}

/**
 * Repelling an attack: the attack (or the attackers, with a particle) as the object. The defender
 * is the subject, the attacker the object's side.
 */
export const REPEL = verbClass([
  'repel+', 'repulse', 'rebuff', 'parry', 'thwart', 'foil', 'blunt', 'halt', 'stop+', 'stem+', 'check', 'defeat', 'frustrate', 'withstand/withstood/withstood',
  'smash', 'crush', 'shatter', 'scatter', 'rout', 'disrupt', 'contain', 'stall', 'stymie', 'beat/beat/beaten back|off|down', 'fight/fought/fought off|back',
  'fend off', 'hold/held/held off|back', 'ward off', 'stave off', 'throw/threw/thrown back', 'turn back', 'drive/drove/driven back|off', 'push back', 'see/saw/seen off',
  'knock back', 'hurl back', 'roll back', 'break/broke/broken up', 'bounce back', 'swat+ away|aside', 'brush off|aside', 'shrug+ off', 'head off', 'snuff out', 'choke off',
  'grind/ground/ground down', 'bog down', 'pin+ down', 'bloody',
])

/** Taking a place: a settlement as the object is its capture, part of one ground gained in it. */
export const SEIZE = verbClass([
  'seize', 'capture', 'take/took/taken', 'grab+', 'snatch', 'win/won/won', 'secure', 'conquer', 'occupy', 'overrun/overran/overrun', 'wrest', 'liberate', 'free',
  'retake/retook/retaken', 'recapture', 'reclaim', 'regain', 'recover', 'bag+', 'pocket', 'net+', 'overwhelm', 'subdue', 'annex', 'clinch', 'nab+', 'scoop',
  'clear', 'mop+ up', 'absorb', 'swallow', 'gobble', 'devour',
])

/** Arriving at ground: a force reaching a place's edge, or entering one, is ground gained (an advance). */
export const ARRIVE = verbClass([
  'touch', 'reach', 'enter', 'penetrate', 'infiltrate', 'approach', 'near', 'skirt', 'breach', 'crest', 'gain', 'attain',
])

/**
 * Giving up ground: a force as the subject, the place as the object or after "from", "out of". Verbs
 * that are no withdrawal alone ("left", "quit") are read only with their place.
 */
export const WITHDRAW = verbClass([
  'withdraw/withdrew/withdrawn', 'retreat', 'pull back|out|away', 'fall/fell/fallen back', 'abandon', 'give/gave/given up', 'cede', 'yield', 'relinquish', 'surrender',
  'quit/quit/quit', 'leave/left/left', 'vacate', 'evacuate', 'flee/fled/fled', 'back off|away', 'move out', 'clear out', 'decamp', 'depart', 'retire', 'disengage', 'exit',
  'slip/slipped/slipped out|away', 'melt away', 'bug+ out', 'get/got/got out', 'hand over', 'forsake/forsook/forsaken', 'desert', 'scramble out|back', 'run/ran/run away',
])

/** Hurting people: people as the object (or the subject of the passive) are a toll. ("killed", "wounded", "injured" are the lexicon's.) */
export const HARM = verbClass([
  'maim', 'hurt/hurt/hurt', 'murder', 'slay/slew/slain', 'mow/mowed/mown down', 'cut/cut/cut down', 'mutilate',
])
