// Round 20 (captions of geolocated footage): the monitors that map the war event by event (the
// CIR/Bellingcat Russia-Ukraine Monitor, GeoConfirmed, Liveuamap) write one short line per event,
// often with no word of war in it: "Damaged hospital", "Destroyed residential buildings", "Strike on a
// kindergarten", "Crater at the school". In any other text such a line may be everyday news (a storm,
// a fire, an accident), and the extractor drops an event word with nothing of war near it
// (military-context.ts). In a war monitor's feed every line is an event of the war the monitor
// records, so the feed itself is the context: its damage, craters and explosions are strikes.
// Decided by the outlet the record names, never by the text: a report that only quotes a monitor
// ("according to Liveuamap") keeps the usual test.

/** Names of the war monitors' feeds, as a dataset's outlet field writes them. */
const WAR_MONITOR = /(?<![\p{L}\p{N}])(?:CIR|Centre for Information Resilience|Center for Information Resilience|Bellingcat|Russia[- ]Ukraine Monitor|Eyes on Russia|GeoConfirmed|Liveuamap|Live ?UA ?Map)(?![\p{L}\p{N}])/iu

/** Whether the outlet a document came through is a war monitor's event feed. */
export function isWarMonitorFeed(outlet: string | null): boolean {
  return outlet !== null && outlet.length <= 120 && WAR_MONITOR.test(outlet)
}
