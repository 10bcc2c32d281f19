import {readdirSync} from 'node:fs'
import {join} from 'node:path'
import {readInputs} from 'tidings'
import {expect, it} from 'vitest'
import {summarize} from './summary.js'

it('reads the sample articles back as two events, with their timeline and reconciled facts', async () => {
  const folder = join(import.meta.dirname, '../../sample')
  const files = readdirSync(folder).filter((name) => name.endsWith('.txt')).sort().map((name) => join(folder, name))
  expect(await summarize(readInputs(files), '2025-03-10')).toEqual([
    "Ferry fire forces evacuation of 312 passengers off Port Calder",
    "  reported by coastal-times.txt, harbour-gazette.txt, island-wire.txt",
    "  2025-03-09: More than 300 people were taken off the burning ferry Northern Star on Sunday, roughly 22 km from Port Calder, the coast guard said. (3 sources)",
    "  2025-03-10: The vessel was towed to port on Monday. (3 sources)",
    "  count 4: Four crew members / At least four crew members / four crew members",
    "  length 22530.816 m: roughly 22 km / about 14 miles / 14 miles",
    "  count 312: 312 passengers / 312 passengers",
    "  length 64373.76 m: 40-mile / 40-mile",
    "  time 1814400 s: about three weeks / three weeks",
    "Council approves new bridge over the River Alde",
    "  reported by valley-post.txt",
    "  2025-03-04: The county council on Tuesday approved a 120-metre footbridge over the River Alde at a cost of $4.5 million. (1 source)"
  ])
})
