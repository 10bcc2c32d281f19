import type {EventRecord, TidingsRecord} from '@tidings/core'
import {describe, expect, it} from 'vitest'
import {events} from './index.js'
import {article} from './test-records.js'

const flood = [
  'Storm Alda flooded the harbour of Port Elden on Saturday, harbour master Ines Varga said. Fishing boats sank at their moorings.',
  'Storm Alda flooded the harbour of Port Elden, harbour master Ines Varga said. Fishing boats sank.',
  'Harbour master Ines Varga said Storm Alda flooded the Port Elden harbour and sank fishing boats at their moorings.',
  'Fishing boats sank in the harbour of Port Elden as Storm Alda flooded it, harbour master Ines Varga said.'
].map((text, at) => article(`flood-${at + 1}`, text))

/** Reports of the same flood that tell of the breached sea wall: a pair of near copies and two short pieces. */
const seaWall = [
  article('wall-piece-1', 'Engineers from Moravik said the sea wall that Storm Alda breached at Port Elden had cracked along its base.'),
  article('wall-piece-2', 'The port authority said the sea wall Storm Alda breached gave way under waves and steel piles bent.'),
  article('wall-1', 'Engineers from Moravik said Storm Alda breached the sea wall where its concrete blocks and steel piles had cracked, the port authority said.'),
  article('wall-2', 'The port authority said engineers from Moravik found that Storm Alda breached the sea wall where steel piles and concrete blocks cracked.')
]

/** A small story of its own: a pair of near copies and a short piece. */
const concert = [
  article('concert-piece', 'Lena Okafor wrote the new symphony the Tarvo Philharmonic played, critics said.'),
  article('concert-1', 'The Tarvo Philharmonic opened its season with a symphony by Lena Okafor, conductor Pavel Ruud said.'),
  article('concert-2', 'Conductor Pavel Ruud said the Tarvo Philharmonic opened its season with a symphony by Lena Okafor.')
]

async function grouped(records: TidingsRecord[], threshold: number): Promise<string[][]> {
  const output: string[][] = []
  for await (const record of events({threshold}).transform((async function* () { yield* records })())) {
    if (record.kind === 'event') output.push([...(record as EventRecord).articles].sort())
  }
  return output.sort((a, b) => (a[0]! < b[0]! ? -1 : 1))
}

describe('attaching small groups', () => {
  // A high threshold leaves only the near copies joined by average link: the rest is the attach step's.
  const threshold = 0.6

  it('joins stray reports to the event they report before they can gather, in whatever order they come', async () => {
    const all = [...flood, ...seaWall].map((record) => record.id).sort()
    expect(await grouped([...seaWall, ...flood], threshold)).toEqual([all])
    expect(await grouped([...flood, ...seaWall], threshold)).toEqual([all])
    expect(await grouped([seaWall[3]!, ...flood, seaWall[0]!, seaWall[2]!, seaWall[1]!], threshold)).toEqual([all])
  })

  it('gathers the reports of a small story that no event is near, and joins none of them to an event', async () => {
    const floodIds = flood.map((record) => record.id).sort()
    const concertIds = concert.map((record) => record.id).sort()
    expect(await grouped([...concert, ...flood], threshold)).toEqual([concertIds, floodIds])
    expect(await grouped([...flood, ...concert], threshold)).toEqual([concertIds, floodIds])
  })
})
