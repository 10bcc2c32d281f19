// Writes dist/schema.json from the built schemas, so non-TypeScript users get the same contract.
import {writeFileSync} from 'node:fs'
import {recordJsonSchema} from '../dist/index.js'

writeFileSync(new URL('../dist/schema.json', import.meta.url), JSON.stringify(recordJsonSchema(), null, 2) + '\n')
