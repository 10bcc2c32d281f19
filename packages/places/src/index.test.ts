import {expect, it} from 'vitest'

it('pins the public exports', async () => {
  expect(Object.keys(await import('./index.js')).sort()).toEqual(['defaultFilters', 'defaultLexicon', 'defaultRegions', 'defaultWeights', 'places'])
})
