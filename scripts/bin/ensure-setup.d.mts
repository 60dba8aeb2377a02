export function dependenciesAreCurrent(): boolean
export function ensureSetup(options?: { browser?: boolean }): void
