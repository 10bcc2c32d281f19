import {packageBuild} from '../../tsup.config.base.js'

// The second entry writes the names the stage reads after the build (see package.json's build script).
export default packageBuild(['src/index.ts', 'src/write-known-names.ts'])
