import { defineConfig } from 'vitest/config'

// Tests live beside the code (STYLE.md §5). The glob must find something: vitest exits
// non-zero when no test file matches, so an empty or mistyped glob fails the run.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'e2e/**/*.spec.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
})
