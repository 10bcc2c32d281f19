import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {expect, it} from 'vitest'
import {processFolder} from './folder.js'

it('writes one record a line per file, in file order, then the events, the same for 1 and 2 workers', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'tidings-example-folder-'))
  writeFileSync(join(folder, 'a.txt'), 'The ferry Aster caught fire off Port Elden on Sunday.\nAll 80 passengers were rescued.')
  writeFileSync(join(folder, 'b.txt'), 'Coast guard crews rescued 80 passengers from the burning ferry Aster off Port Elden on Sunday.')
  writeFileSync(join(folder, 'c.txt'), '')
  writeFileSync(join(folder, 'notes.md'), 'not an article')
  const outputs = []
  for (const workers of [1, 2]) {
    const output = join(folder, `records-${workers}.jsonl`)
    expect(await processFolder(folder, output, {workers, published: '2031-03-18'})).toEqual({articles: 2, events: 1, errors: 1})
    outputs.push(readFileSync(output, 'utf8'))
  }
  expect(outputs[1]).toBe(outputs[0])
  const records = outputs[0]!.trim().split('\n').map((line) => JSON.parse(line) as {kind: string; id: string; articles?: string[]})
  expect(records.map((record) => [record.kind, record.id, record.articles])).toEqual([
    ['article', 'a.txt', undefined],
    ['article', 'b.txt', undefined],
    ['error', 'c.txt', undefined],
    ['event', 'event-1', ['a.txt', 'b.txt']]
  ])
})
