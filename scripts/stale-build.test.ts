import {mkdirSync, mkdtempSync, utimesSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {describe, expect, it} from 'vitest'
// @ts-expect-error: a plain script, without types of its own
import {changedSinceBuild} from './stale-build.mjs'

/** A repository of files, each written at a time in seconds. */
function repository(files: Record<string, number>): string {
  const root = mkdtempSync(join(tmpdir(), 'stale-build-'))
  for (const [path, seconds] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), {recursive: true})
    writeFileSync(join(root, path), '')
    utimesSync(join(root, path), seconds, seconds)
  }
  return root
}

describe('the bin built from the current sources', () => {
  it('names the stage sources written after the bin, but tests and the bench', () => {
    const root = repository({
      'packages/tidings/dist/cli.js': 2000,
      'packages/places/src/regions.ts': 1000,
      'packages/places/src/rules/extra.ts': 3000,
      'packages/dates/src/lexicon.json': 3000,
      'packages/dates/src/dates.test.ts': 3000,
      'packages/dates/README.md': 3000,
      'packages/bench/src/bench.ts': 3000
    })
    expect(changedSinceBuild(root)).toEqual(['packages/dates/src/lexicon.json', 'packages/places/src/rules/extra.ts'])
  })

  it('names nothing when the bin is the newest, and the bin itself when it was never built', () => {
    expect(changedSinceBuild(repository({'packages/tidings/dist/cli.js': 3000, 'packages/places/src/regions.ts': 1000}))).toEqual([])
    expect(changedSinceBuild(repository({'packages/places/src/regions.ts': 1000}))).toEqual(['packages/tidings/dist/cli.js'])
  })
})
