import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Integration tests build real decks and print them in Chromium: give them time, and run
    // files two at a time to match the machine's two cores.
    testTimeout: 240_000,
    hookTimeout: 300_000,
    maxWorkers: 2,
    fileParallelism: true,
    reporters: ['default'],
  },
})
