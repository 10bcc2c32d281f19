import {type ChainableCommander, Redis} from 'ioredis'

/** Where the queue lives: the Redis server and the prefix of every key this mode writes. */
export interface ConnectionOptions {
  /** Redis URL, e.g. `redis://127.0.0.1:6379/0`. */
  redis: string
  /** Prefix of every key, so several jobs can share one server (default `tidings`). */
  prefix?: string
  /** Where to say that Redis went away or came back (default: nowhere). */
  log?: (message: string) => void
}

/** The BullMQ queue of documents; its keys sit under the prefix too. */
export const queueName = 'documents'

/** Every key the queue mode writes besides BullMQ's own. */
export function keysOf(prefix: string) {
  return {
    prefix,
    /** Document ids in enqueue order: a document's position is its sequence number. */
    order: `${prefix}:order`,
    /** Document id -> sequence number: what makes enqueueing twice a no-op. */
    sequence: `${prefix}:sequence`,
    /** Document id -> the article or error record a worker made, as its JSON line, until the corpus stage takes it. */
    articles: `${prefix}:articles`,
    /** Document id -> the record after the corpus stages (`duplicateOf` added), as its JSON line. */
    records: `${prefix}:records`,
    /** The corpus stage's progress: `cursor` (next sequence number), `eventsThrough`, and the end of the batch being clustered (`clustering`). */
    corpus: `${prefix}:corpus`,
    /** Event id -> event record JSON line. */
    events: `${prefix}:events`,
    /** Who runs the corpus stage now: one process at a time. */
    corpusLock: `${prefix}:corpus:lock`,
    /** MinHash signatures by sequence number, in hashes of 1,024 fields. */
    signatures: (sequence: number) => `${prefix}:dedupe:signatures:${Math.floor(sequence / 1024)}`,
    /** LSH buckets (band key -> packed sequence numbers), spread over 65,536 hashes. */
    bucket: (bandKey: number) => `${prefix}:dedupe:buckets:${bandKey & 0xff_ff}`
  }
}

export type Keys = ReturnType<typeof keysOf>

/**
 * A BullMQ job id for a document id. BullMQ refuses ids with a colon and ids that are integers, so
 * those (and ids that start with the escape mark) are escaped; every other id is used as it is.
 */
export function jobId(documentId: string): string {
  if (!/^\d+$|:|^~/.test(documentId)) return documentId
  return `~${documentId.replaceAll('%', '%25').replaceAll(':', '%3A')}`
}

/** The document id of a job id made by `jobId`. */
export function documentIdOf(jobIdentifier: string): string {
  if (!jobIdentifier.startsWith('~')) return jobIdentifier
  return jobIdentifier.slice(1).replaceAll('%3A', ':').replaceAll('%25', '%')
}

/**
 * A connection that waits for Redis rather than failing a command (BullMQ workers need that), and
 * says once per outage that Redis is away and when it is back.
 */
export function connect(options: ConnectionOptions, who: string): Redis {
  const connection = new Redis(options.redis, {maxRetriesPerRequest: null, retryStrategy: (times) => Math.min(times * 100, 1000)})
  let away = false
  connection.on('error', (error: NodeJS.ErrnoException) => {
    if (away) return
    away = true
    options.log?.(`${who}: Redis at ${options.redis} is unavailable (${error.code ?? error.message}); waiting for it`)
  })
  connection.on('ready', () => {
    if (!away) return
    away = false
    options.log?.(`${who}: Redis at ${options.redis} is back`)
  })
  return connection
}

/** Register a document id: its sequence number, whether a record exists for it, and whether it is new. */
const registerScript = `
local sequence = redis.call('HGET', KEYS[1], ARGV[1])
if sequence then
  local stored = redis.call('HEXISTS', KEYS[3], ARGV[1]) + redis.call('HEXISTS', KEYS[4], ARGV[1])
  return {tonumber(sequence), stored, 0}
end
sequence = redis.call('RPUSH', KEYS[2], ARGV[1]) - 1
redis.call('HSET', KEYS[1], ARGV[1], sequence)
return {sequence, 0, 1}
`

/** Register ids in one round trip: [sequence, hasRecord, isNew] for each. */
export async function register(connection: Redis, keys: Keys, ids: ReadonlyArray<string>): Promise<Array<[number, boolean, boolean]>> {
  const batch = connection.pipeline()
  for (const id of ids) batch.eval(registerScript, 4, keys.sequence, keys.order, keys.articles, keys.records, id)
  const results = (await batch.exec()) ?? []
  return results.map(([error, value]) => {
    if (error) throw error
    const [sequence, stored, isNew] = value as [number, number, number]
    return [sequence, stored > 0, isNew === 1]
  })
}

/**
 * Store a worker's records unless the corpus stage has already taken them: a job retried after its
 * worker died must not put back a record the corpus stage has moved on from.
 */
const storeScript = `
for at = 1, #ARGV, 2 do
  if redis.call('HEXISTS', KEYS[2], ARGV[at]) == 0 then redis.call('HSET', KEYS[1], ARGV[at], ARGV[at + 1]) end
end
`

/** Store records, each `[document id, JSON line]`, in one round trip. */
export async function storeRecords(connection: Redis, keys: Keys, records: ReadonlyArray<readonly [string, string]>): Promise<void> {
  await connection.eval(storeScript, 2, keys.articles, keys.records, ...records.flat())
}

/** The replies of a pipeline or transaction, or its first error. */
export async function results(batch: ChainableCommander): Promise<unknown[]> {
  const replies = await batch.exec()
  if (!replies) throw new Error('a key the transaction watched changed: nothing was written')
  return replies.map(([error, value]) => {
    if (error) throw error
    return value
  })
}

/** Numbers (sequence or article numbers) as 4 bytes each: a list of them is one Redis value. */
export function pack(numbers: ReadonlyArray<number>): Buffer {
  const packed = Buffer.alloc(numbers.length * 4)
  numbers.forEach((number, at) => packed.writeUInt32LE(number, at * 4))
  return packed
}

export function unpack(packed: Buffer | null): number[] {
  const numbers: number[] = []
  for (let offset = 0; offset < (packed?.length ?? 0); offset += 4) numbers.push(packed!.readUInt32LE(offset))
  return numbers
}
