/**
 * Progress for long work: deck, locale, stage and elapsed time. In a terminal the current line
 * updates in place; without one (CI, logs) each step prints a plain line.
 */
export type Verbosity = 'quiet' | 'normal' | 'verbose'

export interface Progress {
  /** A stage started (shown in place in a terminal; as a line only when verbose otherwise). */
  stage: (label: string, stage: string) => void
  /** A result worth keeping on screen. */
  done: (label: string, message: string) => void
  /** A label's work ended with nothing worth a line: it leaves the in-place line. */
  finish: (label: string) => void
  /** Something the user must see even when quiet. */
  warn: (message: string) => void
  /** Clears the in-place line. */
  end: () => void
}

export function createProgress(verbosity: Verbosity = 'normal', stream: NodeJS.WriteStream = process.stderr): Progress {
  const started = Date.now()
  // Verbose prints every stage as its own line, even in a terminal.
  const live = stream.isTTY === true && verbosity === 'normal' && !process.env.CI
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)}s`
  const line = live ? liveLine(stream, elapsed) : undefined
  return {
    stage(label, stage) {
      if (line) line.set(label, stage)
      else if (verbosity === 'verbose') stream.write(`  ${elapsed().padStart(6)}  ${label}  ${stage}\n`)
    },
    done(label, message) {
      line?.delete(label)
      if (verbosity === 'quiet') return
      line?.clear()
      stream.write(`  ${elapsed().padStart(6)}  ${label}  ${message}\n`)
      line?.draw()
    },
    finish(label) {
      if (line?.delete(label)) line.draw()
    },
    warn(message) {
      line?.clear()
      stream.write(`${message}\n`)
      line?.draw()
    },
    end: () => line?.stop(),
  }
}

/**
 * The in-place line of a terminal: every deck/locale at work with its stage and how long that
 * stage has run, redrawn a few times a second so the clock moves during a long build.
 */
function liveLine(stream: NodeJS.WriteStream, elapsed: () => string) {
  const active = new Map<string, { stage: string; since: number }>()
  let shown = false
  let timer: NodeJS.Timeout | undefined
  const clear = () => {
    if (shown) stream.write('\r\x1b[2K')
    shown = false
  }
  const draw = () => {
    clear()
    if (active.size === 0) return
    const now = Date.now()
    const parts = [...active].map(([label, a]) => `${label}  ${a.stage}… ${Math.floor((now - a.since) / 1000)}s`)
    stream.write(`  ${elapsed().padStart(6)}  ${parts.join('  ·  ')}`.slice(0, (stream.columns ?? 100) - 1))
    shown = true
  }
  return {
    set(label: string, stage: string) {
      active.set(label, { stage, since: Date.now() })
      timer ??= setInterval(draw, 250).unref()
      draw()
    },
    delete: (label: string) => active.delete(label),
    clear,
    draw,
    stop() {
      clearInterval(timer)
      timer = undefined
      active.clear()
      clear()
    },
  }
}

/** Time since `started` (Date.now()) for a progress line: `1.2s`. */
export function seconds(started: number): string {
  return `${((Date.now() - started) / 1000).toFixed(1)}s`
}

/** A file's size for a progress line: `640 KB`, `1.1 MB`. */
export function kb(bytes: number): string {
  return bytes > 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`
}
