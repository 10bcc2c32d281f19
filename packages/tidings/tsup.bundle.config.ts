import {bundleBuild} from '../../tsup.config.base.js'

// The bin and its worker threads. @tidings/queue loads BullMQ and ioredis, for the queue commands
// alone; arktype is loaded only when options are checked against a schema.
export default bundleBuild(['src/cli.ts', 'src/worker.ts'], {
  bundled: [/^@tidings\/(?!queue$)/, 'unified', 'vfile'],
  external: ['@tidings/queue', 'arktype']
})
