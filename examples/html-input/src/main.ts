import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describePage} from './page.js'

// pnpm start [PAGE.html]: our own sample page by default.
const path = process.argv[2] ?? join(import.meta.dirname, 'page.html')
for (const line of await describePage('page', readFileSync(path, 'utf8'))) console.log(line)
