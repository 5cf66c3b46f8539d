import { coreMigration } from './0001-core.js'
import { controlSnapshotsMigration } from './0010-control-snapshots.js'
import { controlEdgeChangesMigration } from './0011-control-edge-changes.js'
import { controlSnapshotInfoIndexMigration } from './0012-control-snapshot-info-index.js'
import { documentsClaimsMigration } from './0030-documents-claims.js'
import { verificationMigration } from './0040-verification.js'
import type { Migration } from './migration.js'

export type { Migration } from './migration.js'

/** Every migration in order. Add new ones at the end of the stage's id range. */
export const migrations: readonly Migration[] = [coreMigration, controlSnapshotsMigration, controlEdgeChangesMigration, controlSnapshotInfoIndexMigration, documentsClaimsMigration, verificationMigration].sort((a, b) => a.id - b.id)
