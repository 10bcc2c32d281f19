#!/usr/bin/env node
// `pnpm packages:pack [DIR]`: every publishable package under packages/ (all but the private ones)
// as the tarball `pnpm publish` would upload, in DIR (default: packs/). `npm install DIR/*.tgz` in
// any project then installs Tidings from a clone, the same files a registry would serve.
// Run `pnpm build` first: the tarballs hold the built dist/.
import {execFileSync} from 'node:child_process'
import {existsSync, mkdirSync, readdirSync, readFileSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))

/** The folders under packages/ whose package.json is not private: what gets published. */
export function publishablePackages() {
  return readdirSync(join(root, 'packages'))
    .filter((name) => existsSync(join(root, 'packages', name, 'package.json')))
    .filter((name) => !JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8')).private)
}

/** Packs each publishable package into `destination`; returns the tarballs' paths. */
export function packPackages(destination) {
  mkdirSync(destination, {recursive: true})
  return publishablePackages().map((name) => {
    const output = execFileSync('pnpm', ['pack', '--json', '--pack-destination', destination], {cwd: join(root, 'packages', name), encoding: 'utf8'})
    return JSON.parse(output).filename
  })
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const destination = resolve(process.argv[2] ?? join(root, 'packs'))
  for (const tarball of packPackages(destination)) console.log(tarball)
}
