/** A small concurrency limiter: at most `size` tasks run at once, in submission order. */
export function createLimit(size: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0
  const queue: (() => void)[] = []
  const next = () => {
    if (running >= size) return
    const start = queue.shift()
    if (start) {
      running++
      start()
    }
  }
  return task => new Promise((resolve, reject) => {
    queue.push(() => {
      task().then(resolve, reject).finally(() => {
        running--
        next()
      })
    })
    next()
  })
}
