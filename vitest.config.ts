import { defineConfig } from 'vitest/config'

// Tests live beside the code (STYLE.md §5). The glob must find something: vitest exits
// non-zero when no test file matches, so an empty or mistyped glob fails the run.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'e2e/**/*.spec.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // One worker per core. vitest's default for `run` is cores - 1, which on the team's two-core
    // machine is a single worker: the 104 files ran one after another and the run never used the
    // second core (6.5 min idle). Every test file writes only under its own mkdtemp directory and
    // servers listen on port 0, so files are independent and may run side by side.
    maxWorkers: '100%',
  },
})
