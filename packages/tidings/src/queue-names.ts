// Apart from the commands themselves, so that `tidings --help` and the local commands never load BullMQ and ioredis.
/** The commands of the queue mode: the pipeline on a BullMQ queue over Redis (docs/scale-out.md). */
export const queueCommands = {
  enqueue: 'add documents to the queue (job id = document id: enqueued twice, processed once)',
  worker: 'run the per-article stages on queued documents until stopped',
  corpus: 'run dedupe and events over the stored article records until stopped',
  collect: 'write the records: articles in enqueue order, then events',
  status: 'print the jobs waiting, active and failed, the documents done, and the corpus stage\'s progress'
} as const
export type QueueCommandName = keyof typeof queueCommands
