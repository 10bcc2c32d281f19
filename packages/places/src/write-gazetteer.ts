/**
 * Run by the package's build: packs the gazetteer from its packages into dist/gazetteer.bin, so
 * the stage loads it with one file read instead of reading and indexing 140,000 names.
 */
import {writeFileSync} from 'node:fs'
import {packedPath, readPackages} from './gazetteer.js'
import {pack} from './packed.js'

writeFileSync(packedPath, pack(readPackages()))
