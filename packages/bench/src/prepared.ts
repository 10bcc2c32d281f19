import {createPipeline, type PipelineOptions} from '@tidings/core'
import type {Root} from 'nlcst'
import {VFile} from 'vfile'

export interface Prepared {
  tree: Root
  file: VFile
}

/**
 * Each text's tree and file as core's parse and the `article` stages leave them, made before
 * timing, so a suite can time one more stage on its own.
 */
export async function preparedTrees(texts: ReadonlyArray<string>, article: PipelineOptions['article'], publishedAt: string | null): Promise<Prepared[]> {
  const processor = createPipeline({article}).processor
  const prepared: Prepared[] = []
  for (const [index, text] of texts.entries()) {
    const file = new VFile({path: String(index), value: text})
    file.data.text = text
    file.data.document = {id: String(index), format: 'text', publishedAt}
    prepared.push({tree: await processor.run(processor.parse(file), file), file})
  }
  return prepared
}
