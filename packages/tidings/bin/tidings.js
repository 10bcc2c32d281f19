#!/usr/bin/env node
// The bin is a file of the repository, not of dist/: pnpm links every workspace package's bins at
// install time, before anything is built, and warns for a bin whose file does not exist yet.
import '../dist/cli.js'
