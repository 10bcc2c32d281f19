import {defineConfig} from 'tsup'

/** Every package builds the same way: ESM for Node 20 with type declarations. */
export function packageBuild(entry: string[] = ['src/index.ts']) {
  return defineConfig({
    entry,
    format: ['esm'],
    dts: true,
    clean: true,
    target: 'node20',
    sourcemap: true,
    // Node 20 reads \p{...} in regex literals. esbuild counts the syntax as supported only from
    // Node 20.12 (for Unicode 15.1's names) and below that rewrites each such literal into a
    // `new RegExp(source)` call, which a function then looks up anew every time it runs.
    esbuildOptions(options) {
      options.supported = {...options.supported, 'regexp-unicode-property-escapes': true}
    }
  })
}
