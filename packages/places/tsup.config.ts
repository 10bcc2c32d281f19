import {packageBuild} from '../../tsup.config.base.js'

// The second entry packs the gazetteer after the build (see package.json's build script).
export default packageBuild(['src/index.ts', 'src/write-gazetteer.ts'])
