// A toll told in the passive of the acting unit itself (class: "Russian infantry tried to seep into the
// suburbs, but the group was spotted and wiped out", "a four-strong sabotage group that was wiped out",
// "диверсионная группа пыталась проникнуть, но была уничтожена", "ще кілька груп намагалися просочитися,
// їх знищено"). A passive toll of people ("7 people were wounded") is the previous subject's doing; a group,
// a unit or "them" destroyed is that subject's own loss, so the other side did it.
const UNIT_PATIENT = /(?:^|[\s,;:—–(])(?:(?:the|that|this|a|an|whole|entire|enemy|вся|весь|ця|эта)\s+)?(?:[\p{L}-]+\s+)?(?:group|unit|squad|team|column|detachment|party|groups|units|squads|teams|columns|група|групу|групи|груп|групою|ДРГ|группа|группу|группы|групп|десант|колона|колонну|колонна|колону|їх|их)(?:\s+(?:that|which|who|яка|які|которая|которые|котор\p{L}*))?(?:\s+(?:was|were|had\s+been|has\s+been|have\s+been|була|були|було|была|были|было|also|quickly|soon|then|later|потім|затем|быстро|швидко|\p{L}+(?:ed|ly)\s+and))*\s*$/iu

/** Whether the words before a passive toll's event word end on the unit it befell ("the group was", "їх"). */
export function isUnitPatient(lead: string): boolean {
  return UNIT_PATIENT.test(lead)
}
