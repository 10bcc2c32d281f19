import type {Writable} from 'node:stream'

/**
 * A one-line progress display on a terminal: articles done, rate, errors, and time left when the
 * number of inputs is known. Silent when standard error is not a terminal.
 */
export class Progress {
  private done = 0
  private errors = 0
  private lastDraw = 0
  private readonly started = performance.now()

  constructor(
    private readonly stream: Writable & {isTTY?: boolean},
    private readonly total: number | undefined,
    private readonly enabled: boolean
  ) {}

  record(failed: boolean): void {
    this.done++
    if (failed) this.errors++
    const now = performance.now()
    if (this.enabled && this.stream.isTTY && now - this.lastDraw > 200) {
      this.lastDraw = now
      this.stream.write(`\r${this.line(now)}\u001b[K`)
    }
  }

  /** The final one-line summary. */
  summary(label: string, records: number): string {
    const seconds = (performance.now() - this.started) / 1000
    return `${this.enabled && this.stream.isTTY ? '\r\u001b[K' : ''}${label}: ${records} records written, ${this.errors} inputs failed, ${seconds.toFixed(2)}s\n`
  }

  get failed(): number {
    return this.errors
  }

  private line(now: number): string {
    const seconds = (now - this.started) / 1000
    const rate = this.done / Math.max(seconds, 1e-3)
    const left = this.total === undefined ? '' : `, ${formatDuration(Math.max(0, this.total - this.done) / Math.max(rate, 1e-9))} left`
    return `${this.done}${this.total === undefined ? '' : `/${this.total}`} articles, ${rate.toFixed(0)}/s, ${this.errors} errors${left}`
  }
}

function formatDuration(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)}s`
  if (seconds < 3600) return `${Math.floor(seconds / 60)}m${String(Math.ceil(seconds % 60)).padStart(2, '0')}s`
  return `${Math.floor(seconds / 3600)}h${String(Math.floor((seconds % 3600) / 60)).padStart(2, '0')}m`
}
