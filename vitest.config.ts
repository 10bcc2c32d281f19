import {defineConfig} from 'vitest/config'

// Tests import the packages' TypeScript sources through the `source` export condition,
// so they run without a build; the pack test checks what the build publishes.
export default defineConfig({
  resolve: {conditions: ['source']},
  ssr: {resolve: {conditions: ['source'], externalConditions: ['source']}},
  test: {
    include: ['packages/*/src/**/*.test.ts', 'examples/**/*.test.ts', 'scripts/**/*.test.ts', 'docs/**/*.test.ts'],
    testTimeout: 30000
  }
})
