import {createRequire} from 'node:module'
import {pathToFileURL} from 'node:url'

const require = createRequire(import.meta.url)
const resolved = new Map<string, string>()

/**
 * An installed package's entry module as a file URL: its `import.meta.url`. The `tidings` bundle
 * gives it to the copies of the workspace packages it holds, so that they find the files beside
 * them (places' gazetteer) and their own dependencies where the package is installed. Resolved
 * once a package: each resolution walks and stats the package's folders, and places asks twice at
 * start-up.
 */
export function packageUrl(name: string): string {
  let url = resolved.get(name)
  if (url === undefined) resolved.set(name, (url = pathToFileURL(require.resolve(name)).href))
  return url
}
