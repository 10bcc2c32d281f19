import {defineConfig} from 'tsup'

/** Every package builds the same way: ESM for Node 20 with type declarations. */
export function packageBuild(entry: string[] = ['src/index.ts']) {
  return defineConfig({entry, format: ['esm'], dts: true, clean: true, target: 'node20', sourcemap: true})
}
