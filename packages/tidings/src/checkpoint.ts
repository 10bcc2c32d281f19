import {closeSync, existsSync, fstatSync, fsyncSync, ftruncateSync, openSync, readFileSync, renameSync, writeFileSync, writeSync} from 'node:fs'

/**
 * A resumable output file. Lines are appended to the output; the checkpoint file records how many
 * inputs are fully written and how many bytes that is, replaced atomically (write, fsync, rename).
 * A job killed at any moment (kill -9 included) restarts by cutting the output back to the
 * checkpoint's length, dropping any half-written line, and skipping the inputs already done: every
 * input's record ends up written exactly once.
 */
export interface CheckpointState {
  version: 1
  /** What the job was started with; a resume with other arguments is refused. */
  job: string
  inputsDone: number
  outputBytes: number
  complete: boolean
}

export class CheckpointedOutput {
  readonly resumedFrom: CheckpointState | undefined
  private readonly fd: number
  private pending: Array<string | Uint8Array> = []
  private pendingInputs = 0
  private state: CheckpointState

  constructor(
    private readonly outputPath: string,
    private readonly checkpointPath: string,
    job: string
  ) {
    const previous = readCheckpoint(checkpointPath)
    if (previous && previous.job !== job) {
      throw new Error(`${checkpointPath} belongs to another job (${previous.job}); remove it to start afresh`)
    }
    this.fd = openSync(outputPath, previous ? 'r+' : 'w')
    if (previous) {
      if (fstatSync(this.fd).size < previous.outputBytes) {
        throw new Error(`${outputPath} is shorter than ${checkpointPath} says; remove the checkpoint to start afresh`)
      }
      ftruncateSync(this.fd, previous.outputBytes)
    }
    this.resumedFrom = previous
    this.state = previous ? {...previous} : {version: 1, job, inputsDone: 0, outputBytes: 0, complete: false}
  }

  /** Inputs whose records are already in the output, to be skipped on resume. */
  get inputsDone(): number {
    return this.state.inputsDone
  }

  /** Queue the lines of one input (none, for an input whose record prints nothing). */
  write(lines: ReadonlyArray<string | Uint8Array>, completesInput: boolean): void {
    this.pending.push(...lines)
    if (completesInput) this.pendingInputs++
    if (this.pending.length >= 256) this.commit()
  }

  /** Write what is queued, make it durable, then record it in the checkpoint. */
  commit(complete = false): void {
    const bytes = Buffer.concat(this.pending.map((line) => (typeof line === 'string' ? Buffer.from(line) : line)))
    if (bytes.length > 0) {
      writeSync(this.fd, bytes, 0, bytes.length, this.state.outputBytes)
      this.state.outputBytes += bytes.length
    }
    fsyncSync(this.fd)
    this.state.inputsDone += this.pendingInputs
    this.state.complete = complete
    this.pending = []
    this.pendingInputs = 0
    const temporary = `${this.checkpointPath}.tmp`
    writeFileSync(temporary, JSON.stringify(this.state) + '\n')
    const fd = openSync(temporary, 'r')
    fsyncSync(fd)
    closeSync(fd)
    renameSync(temporary, this.checkpointPath)
  }

  close(complete: boolean): void {
    this.commit(complete)
    closeSync(this.fd)
  }

  /** The records already written, for rebuilding corpus stages' state on resume. */
  writtenLines(): string[] {
    // The output was cut back to the checkpoint's length when it was opened.
    if (!this.resumedFrom) return []
    return readFileSync(this.outputPath, 'utf8').split('\n').filter(Boolean)
  }
}

function readCheckpoint(path: string): CheckpointState | undefined {
  if (!existsSync(path)) return undefined
  const state = JSON.parse(readFileSync(path, 'utf8')) as CheckpointState
  if (state.version !== 1) throw new Error(`${path} is not a Tidings checkpoint`)
  return state
}
