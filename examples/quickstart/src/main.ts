import {readdirSync} from 'node:fs'
import {join} from 'node:path'
import {readInputs} from 'tidings'
import {summarize} from './summary.js'

// Our own four short articles: three report one ferry fire, one a council vote.
const folder = join(import.meta.dirname, '../../sample')
const files = readdirSync(folder).filter((name) => name.endsWith('.txt')).sort().map((name) => join(folder, name))
for (const line of await summarize(readInputs(files), '2025-03-10')) console.log(line)
