import {join} from 'node:path'
import {processFolder} from './folder.js'

// pnpm start [FOLDER] [OUTPUT]: the sample articles into records.jsonl by default.
const folder = process.argv[2] ?? join(import.meta.dirname, '../../sample')
const output = process.argv[3] ?? 'records.jsonl'
const summary = await processFolder(folder, output, {workers: 2, published: '2025-03-10'})
console.log(`${summary.articles} articles, ${summary.events} events, ${summary.errors} errors: ${output}`)
