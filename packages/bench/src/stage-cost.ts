import retextEnglish from 'retext-english'
import type {Root} from 'nlcst'
import {type Processor, unified} from 'unified'
import {type BenchRow, pairedThroughput} from './measure.js'
import type {Prepared} from './prepared.js'

/**
 * A per-article stage timed alone, on trees made beforehand, against retext-english's own parse of
 * the same texts, article by article on the process's CPU clock: the row for a target "costs at
 * most `target` of the parse".
 */
export async function stageCostOverParse(
  suite: string,
  texts: ReadonlyArray<string>,
  prepared: ReadonlyArray<Prepared>,
  stage: Processor<undefined, Root, Root>,
  minSeconds: number,
  target?: number
): Promise<BenchRow> {
  const retext = unified().use(retextEnglish)
  const {baseline: parse, ours: timed, costRatio} = await pairedThroughput(
    texts,
    {
      baseline: (text) => retext.parse(text),
      ours: (_text, index) => stage.run(prepared[index]!.tree, prepared[index]!.file)
    },
    minSeconds * 2
  )
  const row: BenchRow = {
    suite,
    name: 'stage cost over retext parse',
    note: 'CPU time of the stage alone / CPU time of retext-english parse',
    articlesPerSecond: timed.articlesPerSecond,
    megabytesPerSecond: timed.megabytesPerSecond,
    baseline: {name: 'retext-english parse', articlesPerSecond: parse.articlesPerSecond},
    ratio: costRatio
  }
  if (target !== undefined) Object.assign(row, {target, atMost: true})
  return row
}
