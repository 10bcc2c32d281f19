/**
 * Run by the package's build: keeps the names the stage reads in dist/known-names.json, so a run
 * reads one small file instead of the datasets' modules and the 1.4 MB country file.
 */
import {writeFileSync} from 'node:fs'
import {namesFile, namesPath, readPackages} from './gazetteer.js'

writeFileSync(namesPath, namesFile(readPackages()))
