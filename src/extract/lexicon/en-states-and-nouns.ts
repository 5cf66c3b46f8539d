import { trigger } from './types.js'

// English events told without an event verb (round 17): the state a place is in after it changed
// hands, the noun of a loss or a gain, and a place passing to a side. Real articles tell many of
// their ground claims this way ("the village is back in Ukrainian hands", "Siversk has been
// Russian since December", "the loss of Myrnohrad", "Russian gains around Kupiansk", "control passed
// to Russian troops"), where the lexicon's verbs find nothing. Each rule opens with a closed set of
// words (a copula, "loss", "gains", a verb of passing), so the matcher tries it only where one stands.

/** Copulas and their adverbs before a state of control ("has been", "is now largely", "remained"). */
const COPULA = String.raw`(?:is|are|was|were|remains?|remained|stays?|stayed|has been|have been|had been|is still|was still|be)`
const STATE_ADVERBS = String.raw`(?:still |now |firmly |largely |mostly |entirely |fully |partly |partially |wholly |effectively |already |again |once again |back |completely |securely |squarely |reportedly |probably |likely |indeed |very much )*`
const COPULA_STARTS = ['is', 'are', 'was', 'were', 'remain', 'stay', 'has', 'have', 'had', 'be']
/** Sides as adjectives of a holder ("Russian-held", "Ukraine-controlled"). */
const HOLDER = String.raw`(?:Russian|Ukrainian|Russia|Ukraine|enemy|Moscow|Kyiv)`
/** What holds or takes a place: a side's troops, its hands, its control. */
const HOLDER_NOUN = String.raw`(?:troops|forces|hands|control|army|units|soldiers|military)`
/** Settlements and ground a side can lose or take, named after "loss of" ("the loss of two villages"). */
const SETTLEMENTS = String.raw`(?:villages?|towns?|city|cities|settlements?|hamlets?)`
const POSITIONS = String.raw`(?:positions?|trenches|trench lines?|footholds?|bridgeheads?|strongpoints?|outposts?|heights?|lines?)`
/** Capitalised words after "loss of" that name no place (the matcher's capital test passes them). */
const NOT_PLACES_AFTER_OF = String.raw`(?! (?:Western|US|U\.S\.|American|European|EU|NATO|Russian|Ukrainian|Soviet|Starlink|Moscow['’]s|Kyiv['’]s|January|February|March|April|May|June|July|August|September|October|November|December|Life|Power)(?![\p{L}]))`

/** Ground that changes hands: settlements, their parts and positions. */
const GROUND_WORDS = String.raw`(?<![\p{L}])(?:villages?|towns?|city|settlements?|hamlets?|positions?|blocks?|buildings?|houses|streets?|farms?|area|district|heights?|hills?|ridge|station|plant|factory|trenches|treelines?|outskirts|quarters?|neighbou?rhoods?|suburbs?)`

export const enStateAndNounTriggers = [
  // ---- States of control. "The town is Russian-held", "insisting the village remained
  // Ukrainian-held", "is now Russian-occupied": a holder's adjective after a copula.
  trigger('control', String.raw`${COPULA} ${STATE_ADVERBS}${HOLDER}[- ](?:held|controlled|occupied|run)(?![\p{L}-])`, { voice: 'noun', starts: COPULA_STARTS }),
  // "Siversk has been Russian since last December", "Kupiansk is Ukrainian again": a bare
  // nationality after a copula, held since a time or again. ("The crew was Russian." is no state of
  // ground: without "since" or "again" the bare adjective is left alone.)
  trigger('control', String.raw`${COPULA} ${STATE_ADVERBS}(?:Russian|Ukrainian)(?= (?:since|ever since|again|once more|once again)(?![\p{L}]))`, { voice: 'noun', starts: COPULA_STARTS }),
  // ---- A place passing to a side: "Kindrativka had passed to Russian troops", "the hamlet went
  // back to Ukrainian control", "control of the village passed into Russian hands". The holder after
  // "to" took it.
  trigger('capture', String.raw`(?:passed|pass|passes|passing|went|goes|gone|reverted|revert|reverts|returned|returns) (?:back |fully |finally |entirely |formally |effectively )*(?:in)?to (?:the )?(?:${HOLDER}['’]?s? |its |their |our |the enemy['’]s )${HOLDER_NOUN}(?![\p{L}])`, { voice: 'noun', starts: ['pass', 'went', 'goes', 'gone', 'revert', 'return'] }),
  // ---- Ground that keeps changing hands is contested: "the blocks by the station change hands
  // several times a week", "Stepnohirsk has changed hands twice since June".
  // A ground word or a Ukrainian-looking place name must come just before (a restaurant or a house
  // changes hands too).
  trigger('control', String.raw`(?<=(?:${GROUND_WORDS}|\p{L}(?:sk|ka|ne|ve|ia|ino|ovo|yi|iv|yn|ar|ky))(?:[\s,]+[\p{L}'’-]+){0,5}\s+)(?:changed|change|changes|changing|swapped|switched|traded) hands(?= (?:several|many|multiple|numerous|repeatedly|twice|three|four|five|a number of|back and forth|more than once|again|daily|every|each|almost|constantly|regularly|at least)(?![\p{L}])|\s+(?:\p{L}+\s+)?(?:times|since)(?![\p{L}]))`, { voice: 'noun', neutral: true, starts: ['chang', 'swap', 'switch', 'traded'] }),
  // ---- The noun of a loss: "the loss of Myrnohrad", "Ukraine's loss of Avdiivka", "the loss of two
  // villages": whose loss it was is the victim, the other side took it. Of positions, ground gained.
  trigger('capture', String.raw`loss of(?: the (?:village|town|city|settlement|hamlet) of)?${NOT_PLACES_AFTER_OF}`, { voice: 'noun', subject: 'victim', capitalAfter: true, starts: ['loss'] }),
  trigger('capture', String.raw`loss of (?:the |its |their |our |a |one |two |three |four |five |several |some |\p{N}+ |more |further |another )*(?:(?:small|nearby|neighbouring|neighboring|frontline|front-line|border|key|last|remaining) )*${SETTLEMENTS}(?![\p{L}])`, { voice: 'noun', subject: 'victim', starts: ['loss'] }),
  trigger('advance', String.raw`loss(?:es)? of (?:the |its |their |our |a |one |two |three |four |five |several |some |\p{N}+ |more |further |another )*(?:(?:forward|defensive|key|fortified|frontline|front-line|important|several|last|remaining) )*${POSITIONS}(?![\p{L}])`, { voice: 'noun', subject: 'victim', starts: ['loss'] }),
  // ---- The noun of ground gained with where it was: "Russian gains around Kupiansk", "Ukraine's
  // recent gains near Kupiansk", "the gains west of Pokrovsk". Only with a side for it (markets and
  // polls gain too); figures of area are the area rules'.
  trigger('advance', String.raw`gains (?:(?:made|reported|recorded|registered|claimed) )?(?:around|near|in the (?:direction|area) of|toward|towards|on the outskirts of|outside|along|west of|east of|north of|south of|northwest of|northeast of|southwest of|southeast of|inside|into)(?![\p{L}])`, { voice: 'noun', needsActor: true, starts: ['gains'] }),
  // ---- Air attacks told by their count or their impact sites, without a verb of striking. "Russia
  // sent 121 attack drones overnight" (a launch; a destination after "to" or "for" is aid), "Impacts
  // were logged at nine locations", "hits were recorded in 14 places", "debris fell at four sites":
  // the attack's result counted by place is the strike (its side is the attacker's, from context).
  trigger('strike', String.raw`(?:sent|send|sends|sending|fired|fire|fires|firing) (?:(?:about|some|more than|over|nearly|almost|at least|up to|a total of|another|an additional|roughly|around) )*[\p{N}][\p{N},]* (?:[\p{L}-]+ ){0,3}?(?:drones?|UAVs?|missiles?|Shaheds?|Gerans?|decoys?)(?![\p{L}])(?! (?:to|for|from the|into storage)(?![\p{L}]))`, { needsActor: true, starts: ['sent', 'send', 'fire', 'firing'] }),
  trigger('strike', String.raw`(?:impacts?|hits|direct hits|strikes|debris|wreckage|fragments|falling debris) (?:(?:was|were|have been|had been|has been) )?(?:recorded|logged|registered|reported|observed|detected|confirmed|fell|came down|landed) (?:at|in|on|across) (?:(?:about|some|more than|over|nearly|at least|up to|another|\p{N}+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a dozen|dozens of|multiple) )+(?:locations|sites|places|spots|points|settlements|areas|districts|communities)(?![\p{L}])`, { voice: 'noun', defaultSide: 'enemy', starts: ['impact', 'hits', 'direct', 'strikes', 'debris', 'wreckage', 'fragments', 'falling'] }),
  // ---- A place back in a side's hands changed hands again: "Petropavlivka, back in Ukrainian
  // hands", "the hamlet is back under Russian control" is its retaking (a capture), not a holding.
  // (A side must be named: keys and businesses are back in their owners' hands too.)
  trigger('capture', String.raw`back (?:in|under|into) (?:the )?(?:${HOLDER}(?:['’]s)? |the enemy['’]s )(?:hands|control)(?![\p{L}])`, { voice: 'noun', starts: ['back'] }),
  // ---- A force present in a place it did not hold: "Russian units are already inside the town's
  // eastern districts", "troops are now in the centre of Huliaipole", "have a foothold in", "have
  // established themselves in", "got as far as the station". Ground gained (an advance); "are still
  // in" is a holding, the lexicon's control. A verb or "now"/"already" must stand before the place
  // ("no sign of Russian infantry inside the village" tells none).
  trigger('advance', String.raw`(?<=\b(?:troops|forces|units|soldiers|infantry|infantrymen|groups|Russians|Ukrainians|fighters|paratroopers|marines|men|servicemen|occupiers|they)\s)(?:(?:are|were|is|was|have been|had been|got|get|made it) (?:now |already |reportedly |apparently |probably |likely |also |even )*|(?:now|already) (?:reportedly |apparently |probably |likely |also |even )*)(?:inside|in the (?:centre|center|heart|middle|streets) of|into the (?:centre|center|heart|middle) of|as far as)(?![\p{L}])`, { needsActor: true, starts: ['are', 'were', 'is', 'was', 'have', 'had', 'got', 'get', 'made', 'now', 'already', 'reportedly', 'apparently', 'probably', 'likely', 'also', 'even', 'inside', 'in', 'into', 'as'] }),
  trigger('advance', String.raw`(?:have|has|had|having|now have|now has|secured|established|built|set up|carved out|won) (?:a |an |their |its )?(?:small |firm |tenuous |precarious |solid |new |first |growing )?(?:foothold|presence|toehold|bridgehead|lodgement|lodgment) (?:in|on|at|inside|near|across|over)(?![\p{L}])`, { needsActor: true, starts: ['have', 'has', 'had', 'having', 'now', 'secured', 'established', 'built', 'set', 'carved', 'won'] }),
  trigger('advance', String.raw`(?:established|entrenched|dug|installed|lodged|ensconced) themselves (?:in|on|at|inside|near)(?![\p{L}])`, { needsActor: true, starts: ['established', 'entrenched', 'dug', 'installed', 'lodged', 'ensconced'] }),
  // ---- Pressing on in a direction: "are now pressing west toward Orikhiv", "pressed north along
  // the valley" (a bare "pressed" is a demand; a compass word or "toward" makes it a move).
  trigger('advance', String.raw`(?:press|pressed|presses|pressing|pushing|pushed) (?:on |ahead |steadily |slowly )?(?:west|east|north|south|westward|eastward|northward|southward|westwards|eastwards|northwards|southwards|north-west|north-east|south-west|south-east|northwest|northeast|southwest|southeast)(?: (?:toward|towards|on|into|along|across|past|through|from))?(?![\p{L}-])`, { needsActor: true, starts: ['press', 'push'] }),
  // ---- A side's share of a region told as its change: "Kyiv's share has dwindled to roughly a fifth"
  // (the side named right before "share": a market share shrinks too).
  trigger('control', String.raw`(?<=(?:${HOLDER}|Russian|Ukrainian)(?:['’]s)? )share (?:of (?:the )?(?:[\p{L}'’-]+ ){1,3})?(?:has |had |have )?(?:now )?(?:dwindled|shrunk|shrank|fallen|fell|dropped|declined|slipped|grown|risen|rose|increased|climbed|contracted|narrowed) to(?![\p{L}])`, { voice: 'noun', starts: ['share'] }),
]
