/**
 * One schema step. `id`s are unique and increasing; each stage owns a range so that work on
 * different stages never collides: 1-9 core, 10-19 control, 20-29 gazetteer, 30-39 documents and
 * claims, 40-49 verification and ledger, 50-59 serve.
 */
export interface Migration {
  readonly id: number
  readonly name: string
  /** SQL per dialect; a statement list run in one transaction. */
  readonly sqlite: string
  readonly postgres?: string
}
