import {once} from 'node:events'
import {createWriteStream, readdirSync} from 'node:fs'
import {extname, join} from 'node:path'
import {processBatch, readInputs} from 'tidings'

export interface FolderSummary {
  articles: number
  events: number
  errors: number
}

/**
 * Every .txt and .html file of a folder through the whole pipeline on worker threads, one JSON
 * record a line into `output`, written as the records come: memory stays flat for any folder size.
 */
export async function processFolder(folder: string, output: string, options: {workers: number; published: string}): Promise<FolderSummary> {
  const files = readdirSync(folder)
    .filter((name) => ['.txt', '.html', '.htm'].includes(extname(name).toLowerCase()))
    .sort()
    .map((name) => join(folder, name))
  const out = createWriteStream(output)
  const summary: FolderSummary = {articles: 0, events: 0, errors: 0}
  for await (const record of processBatch(readInputs(files), options)) {
    if (record.kind === 'article') summary.articles++
    else if (record.kind === 'event') summary.events++
    else summary.errors++
    if (!out.write(`${JSON.stringify(record)}\n`)) await once(out, 'drain')
  }
  out.end()
  await once(out, 'finish')
  return summary
}
