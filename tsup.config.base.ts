import {readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {defineConfig, type Options} from 'tsup'

type EsbuildPlugin = NonNullable<Options['esbuildPlugins']>[number]

/** Every package builds the same way: ESM for Node 20 with type declarations. */
export function packageBuild(entry: string[] = ['src/index.ts']) {
  return defineConfig({
    entry,
    format: ['esm'],
    dts: true,
    clean: true,
    target: 'node20',
    sourcemap: true,
    esbuildOptions: unicodePropertyEscapes
  })
}

/**
 * A command line's entries as one bundle with the workspace packages and their pure-JS
 * dependencies in it: a run loads a few files instead of some 120 modules, whose resolution and
 * reading were a third of a small job's start-up. `external` names what the bundle loads from
 * the installed packages instead (dependencies loaded only by some commands, or that a bundle
 * must not copy). Built after the package's own build, into the same folder. Without source maps:
 * nobody debugs the bin's bundle, and its maps were 1.7 MB of the published package.
 */
export function bundleBuild(entry: string[], {bundled, external}: {bundled: Array<string | RegExp>; external: string[]}) {
  return defineConfig({
    entry,
    format: ['esm'],
    dts: false,
    clean: false,
    target: 'node20',
    sourcemap: false,
    splitting: true,
    noExternal: bundled,
    external,
    esbuildPlugins: [packageFilesFromInstall],
    esbuildOptions(options) {
      unicodePropertyEscapes(options)
      // Apart from the package build's chunks in the same folder.
      options.chunkNames = 'bundle-[hash]'
    }
  })
}

// Node 20 reads \p{...} in regex literals. esbuild counts the syntax as supported only from Node
// 20.12 (for Unicode 15.1's names) and below that rewrites each such literal into a
// `new RegExp(source)` call, which a function then looks up anew every time it runs.
function unicodePropertyEscapes(options: Parameters<NonNullable<Options['esbuildOptions']>>[0]) {
  options.supported = {...options.supported, 'regexp-unicode-property-escapes': true}
}

/**
 * In a bundle, a workspace package's `import.meta.url` would be the bundle's. Each package finds
 * files beside its modules (places' gazetteer) and its own dependencies through it, so the bundle
 * reads it as the installed package's entry module instead.
 */
const packageFilesFromInstall: EsbuildPlugin = {
  name: 'package-files-from-install',
  setup(build) {
    const packageUrl = fileURLToPath(new URL('packages/tidings/src/package-url.ts', import.meta.url))
    build.onLoad({filter: /[\\/]packages[\\/][^\\/]+[\\/]dist[\\/][^\\/]+\.js$/}, ({path}) => {
      const contents = readFileSync(path, 'utf8')
      if (!contents.includes('import.meta.url')) return undefined
      const {name} = JSON.parse(readFileSync(join(dirname(path), '../package.json'), 'utf8')) as {name: string}
      return {
        contents: `import {packageUrl as __packageUrl} from ${JSON.stringify(packageUrl)};\n${contents.replaceAll('import.meta.url', `__packageUrl(${JSON.stringify(name)})`)}`,
        loader: 'js',
        resolveDir: dirname(path)
      }
    })
  }
}
