import {Queue} from 'bullmq'
import type {Redis} from 'ioredis'
import {connect, type ConnectionOptions, keysOf, queueName, results} from './keys.js'

export interface QueueStatus {
  /** Jobs waiting for a worker (delayed retries included). */
  waiting: number
  /** Jobs a worker holds now. */
  active: number
  /** Documents whose article or error record is stored. */
  done: number
  /** Jobs that failed every attempt. */
  failed: number
  /** Documents enqueued. */
  enqueued: number
  /** Documents through the dedupe stage, in enqueue order. */
  deduplicated: number
  /** Documents whose events are clustered. */
  clustered: number
}

/** What the records in Redis say of a run: the counts of `QueueStatus` that are not BullMQ's. */
export type QueueProgress = Pick<QueueStatus, 'done' | 'enqueued' | 'deduplicated' | 'clustered'>

/**
 * The progress counts over a connection the caller keeps (an ioredis client), in one round trip:
 * cheap enough to poll often, where `status` opens a connection and a BullMQ queue each time.
 */
export async function progress(connection: Redis, prefix = 'tidings'): Promise<QueueProgress> {
  const keys = keysOf(prefix)
  const [enqueued, waitingForCorpus, taken, [cursor, eventsThrough]] = (await results(
    connection.multi().llen(keys.order).hlen(keys.articles).hlen(keys.records).hmget(keys.corpus, 'cursor', 'eventsThrough')
  )) as [number, number, number, Array<string | null>]
  return {done: waitingForCorpus + taken, enqueued, deduplicated: Number(cursor ?? 0), clustered: Number(eventsThrough ?? 0)}
}

/** Counts of the queue and of the corpus stage's progress. */
export async function status(options: ConnectionOptions): Promise<QueueStatus> {
  const prefix = options.prefix ?? 'tidings'
  const connection = connect(options, 'tidings status')
  const queue = new Queue(queueName, {connection, prefix})
  // The connection says when Redis is away; the queue's copy of that error adds nothing.
  queue.on('error', () => {})
  try {
    const counts = await queue.getJobCounts('waiting', 'prioritized', 'delayed', 'active', 'failed')
    return {
      waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0) + (counts.delayed ?? 0),
      active: counts.active ?? 0,
      failed: counts.failed ?? 0,
      ...(await progress(connection, prefix))
    }
  } finally {
    await queue.close()
    connection.disconnect()
  }
}

/** True when every enqueued document has its final record and its events. */
export function complete(counts: QueueStatus): boolean {
  return counts.clustered === counts.enqueued
}

/**
 * The records as JSON lines: articles (and error records) in enqueue order, then the events by
 * number. What `tidings run` writes for the same input when the corpus stage clustered it as one batch.
 */
export async function* collect(options: ConnectionOptions): AsyncGenerator<string> {
  const keys = keysOf(options.prefix ?? 'tidings')
  const connection = connect(options, 'tidings collect')
  try {
    const [through] = await connection.hmget(keys.corpus, 'eventsThrough')
    const end = Number(through ?? 0)
    for (let start = 0; start < end; start += 1000) {
      const ids = await connection.lrange(keys.order, start, Math.min(end, start + 1000) - 1)
      for (const line of await connection.hmget(keys.records, ...ids)) if (line !== null) yield `${line}\n`
    }
    const events = await connection.hgetall(keys.events)
    const numbers = Object.keys(events)
      .map((id) => Number(id.slice('event-'.length)))
      .sort((a, b) => a - b)
    for (const number of numbers) yield `${events[`event-${number}`]}\n`
  } finally {
    connection.disconnect()
  }
}
