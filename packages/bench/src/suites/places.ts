import {performance} from 'node:perf_hooks'
import {setFlagsFromString} from 'node:v8'
import {runInNewContext} from 'node:vm'
import {places} from '@tidings/places'
import {segment} from '@tidings/segment'
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {BenchSuite} from '../measure.js'
import {preparedTrees} from '../prepared.js'
import {stageCostOverParse} from '../stage-cost.js'

/**
 * Issue 19: the gazetteer loads in under 300 ms and adds under 150 MB, when the stage reads its
 * first article (this suite's process has imported the stage but not run it). Then the stage's
 * cost on real articles, as the time of the stage alone over retext-english's parse of the same
 * text (the entities stage's measure; the issue sets no target for places).
 */
export const suite: BenchSuite = {
  name: 'places',
  async run(context) {
    const collect = garbageCollector()
    // Built first: the options are checked when the pipeline is built, the gazetteer read on the first article.
    const first = unified().use(places).freeze()
    const file = new VFile({value: 'Kyiv'})
    file.data.text = 'Kyiv'
    collect()
    const before = heldMegabytes()
    const started = performance.now()
    await first.run({type: 'RootNode', children: []}, file)
    const loadMilliseconds = performance.now() - started
    collect()
    const added = heldMegabytes() - before

    const prepared = await preparedTrees(context.articles, [segment], null)
    const cost = await stageCostOverParse('places', context.articles, prepared, unified().use(places).freeze(), context.minSeconds)
    const once = {articlesPerSecond: 1000 / loadMilliseconds, megabytesPerSecond: 0}
    return [
      {suite: 'places', name: 'gazetteer load', note: 'ratio: milliseconds', ...once, ratio: loadMilliseconds, target: 300, atMost: true},
      {suite: 'places', name: 'gazetteer memory', note: 'ratio: MB the loaded gazetteer holds', ...once, peakMegabytes: added, ratio: added, target: 150, atMost: true},
      cost
    ]
  }
}

/** A full garbage collection, so the heap before and after the load compare. */
function garbageCollector(): () => void {
  setFlagsFromString('--expose-gc')
  const collect = runInNewContext('gc') as () => void
  return () => {
    collect()
    collect()
  }
}

/** What the process holds: the JavaScript heap and the buffers outside it. */
function heldMegabytes(): number {
  const usage = process.memoryUsage()
  return (usage.heapUsed + usage.external) / 2 ** 20
}
