import {createRequire} from 'node:module'
import {pathToFileURL} from 'node:url'

const require = createRequire(import.meta.url)

/**
 * An installed package's entry module as a file URL: its `import.meta.url`. The `tidings` bundle
 * gives it to the copies of the workspace packages it holds, so that they find the files beside
 * them (places' gazetteer) and their own dependencies where the package is installed.
 */
export function packageUrl(name: string): string {
  return pathToFileURL(require.resolve(name)).href
}
