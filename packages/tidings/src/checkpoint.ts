import {closeSync, existsSync, fstatSync, fsyncSync, ftruncateSync, openSync, readFileSync, renameSync, writeFileSync, writeSync} from 'node:fs'

/**
 * A resumable output file. Lines are appended to the output; the checkpoint file records how many
 * inputs are fully written and how many bytes that is, replaced atomically (write, fsync, rename).
 * A job killed at any moment (kill -9 included) restarts by cutting the output back to the
 * checkpoint's length, dropping any half-written line, and skipping the inputs already done: every
 * input's record ends up written exactly once.
 *
 * The closing lines (the event records, made from every input) count only once the job is
 * complete: a job stopped or killed among them writes them all again when it resumes, and a
 * complete job run again writes nothing.
 */
export interface CheckpointState {
  /** 2 since event records count only in a complete job's checkpoint. */
  version: 2
  /** What the job was started with; a resume with other arguments is refused. */
  job: string
  inputsDone: number
  /** The output's length, closing lines included only once the job is complete. */
  outputBytes: number
  /** Every input and the closing lines are written: running the job again writes nothing. */
  complete: boolean
}

export class CheckpointedOutput {
  readonly resumedFrom: CheckpointState | undefined
  private readonly fd: number
  private pending: Array<string | Uint8Array> = []
  private pendingInputs = 0
  /** Closing lines written after `state.outputBytes` and not yet counted. */
  private closingBytes = 0
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
    this.state = previous ? {...previous} : {version: 2, job, inputsDone: 0, outputBytes: 0, complete: false}
  }

  /** Inputs whose records are already in the output, to be skipped on resume. */
  get inputsDone(): number {
    return this.state.inputsDone
  }

  /** True when the job finished on an earlier run: there is nothing left to write. */
  get complete(): boolean {
    return this.state.complete
  }

  /** Queue the lines of one input (none, for an input whose record prints nothing). */
  write(lines: ReadonlyArray<string | Uint8Array>): void {
    if (this.closingBytes > 0) throw new Error('An input came after the closing lines')
    this.pending.push(...lines)
    this.pendingInputs++
    if (this.pending.length >= 256) this.commit()
  }

  /**
   * Write lines that close the job, after every input's. They are left out of the checkpoint until
   * `close(true)`, so a job that stops among them is resumed with none of them written.
   */
  writeClosing(lines: ReadonlyArray<string | Uint8Array>): void {
    if (this.pending.length > 0 || this.pendingInputs > 0) this.commit()
    const bytes = concatenated(lines)
    writeSync(this.fd, bytes, 0, bytes.length, this.state.outputBytes + this.closingBytes)
    this.closingBytes += bytes.length
  }

  /** Write what is queued, make it durable, then record it in the checkpoint. */
  commit(complete = false): void {
    const bytes = concatenated(this.pending)
    if (bytes.length > 0) {
      writeSync(this.fd, bytes, 0, bytes.length, this.state.outputBytes)
      this.state.outputBytes += bytes.length
    }
    if (complete) {
      this.state.outputBytes += this.closingBytes
      this.closingBytes = 0
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

  /** Commit and close; a job that is not complete drops the closing lines it wrote, to write them whole on resume. */
  close(complete: boolean): void {
    if (this.state.complete) {
      closeSync(this.fd)
      return
    }
    this.commit(complete)
    if (!complete && this.closingBytes > 0) ftruncateSync(this.fd, this.state.outputBytes)
    closeSync(this.fd)
  }

  /** The records already written, for rebuilding corpus stages' state on resume. */
  writtenLines(): string[] {
    // The output was cut back to the checkpoint's length when it was opened.
    if (!this.resumedFrom) return []
    return readFileSync(this.outputPath, 'utf8').split('\n').filter(Boolean)
  }
}

function concatenated(lines: ReadonlyArray<string | Uint8Array>): Buffer {
  return Buffer.concat(lines.map((line) => (typeof line === 'string' ? Buffer.from(line) : line)))
}

function readCheckpoint(path: string): CheckpointState | undefined {
  if (!existsSync(path)) return undefined
  const state = JSON.parse(readFileSync(path, 'utf8')) as {version?: unknown}
  // Version 1 counted event records of a stopped job as written: its output cannot be resumed exactly.
  if (state.version === 1) throw new Error(`${path} was written by an earlier Tidings; remove it and the output to start afresh`)
  if (state.version !== 2) throw new Error(`${path} is not a Tidings checkpoint`)
  return state as CheckpointState
}
