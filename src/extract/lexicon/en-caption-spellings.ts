import { side } from './types.js'

// Round 20: the war monitors' captions are typed fast and carry their misspellings into the side words
// ("Ukranian" 19 times in the CIR/Bellingcat captions of 2022 before July, beside 335 "Ukrainian"; once
// each "Ukrainain", "Ukrainean", "Ukrianian"). A side the lexicon cannot read leaves the claim without
// its actor, or gives it the other side's. Only the misspellings seen more than once in real feeds, or
// one letter from the word in a way no other English word is: no fuzzy matching of names.
const MISSPELT_UKRAINIAN = String.raw`(?:Ukranian|Ukrainain|Ukrainean|Ukrianian|Ukrainan)`
const STARTS = ['ukranian', 'ukrainain', 'ukrainean', 'ukrianian', 'ukrainan', 'ukranians', 'ukrainains']

export const enMisspeltSides = [
  side('UA', String.raw`${MISSPELT_UKRAINIAN}(?: \p{L}+)? (?:forces|troops|army|military|units?|soldiers|servicemen|infantry|artillery|positions|tanks?|vehicles|drones?|marines|paratroopers|defenders|fighters|jets?|aircraft|helicopters?|armou?r|convoys?|brigades?|battalions?)(?![\p{L}])`, true, STARTS),
  side('UA', String.raw`(?:Ukranians|Ukrainains)(?![\p{L}])`, true, STARTS),
  side('UA', String.raw`${MISSPELT_UKRAINIAN}(?![\p{L}])`, false, STARTS),
]
