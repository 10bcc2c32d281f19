// Writes the JSON Schema of documents and records from the built arktype schemas: into dist for the
// package, and into docs/ for readers, so neither is ever written by hand.
import {writeFileSync} from 'node:fs'
import {recordJsonSchema} from '../dist/index.js'

const json = JSON.stringify(recordJsonSchema(), null, 2) + '\n'
writeFileSync(new URL('../dist/schema.json', import.meta.url), json)
writeFileSync(new URL('../../../docs/schema.json', import.meta.url), json)
