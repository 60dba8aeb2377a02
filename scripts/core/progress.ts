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
  /** Something the user must see even when quiet. */
  warn: (message: string) => void
  /** Clears the in-place line. */
  end: () => void
}

export function createProgress(verbosity: Verbosity = 'normal', stream: NodeJS.WriteStream = process.stderr): Progress {
  const started = Date.now()
  const live = stream.isTTY === true && verbosity !== 'quiet' && !process.env.CI
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)}s`
  let shown = false
  const clear = () => {
    if (shown) stream.write('\r\x1b[2K')
    shown = false
  }
  return {
    stage(label, stage) {
      if (live) {
        clear()
        stream.write(`  ${elapsed().padStart(6)}  ${label}  ${stage}…`.slice(0, (stream.columns ?? 100) - 1))
        shown = true
      }
      else if (verbosity === 'verbose') {
        stream.write(`  ${elapsed().padStart(6)}  ${label}  ${stage}\n`)
      }
    },
    done(label, message) {
      if (verbosity === 'quiet') return
      clear()
      stream.write(`  ${elapsed().padStart(6)}  ${label}  ${message}\n`)
    },
    warn(message) {
      clear()
      stream.write(`${message}\n`)
    },
    end: clear,
  }
}
