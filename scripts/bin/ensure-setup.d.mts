export function dependenciesAreCurrent(): boolean
export function ensureSetup(options?: { browser?: boolean }): void
export function findOffice(env?: NodeJS.ProcessEnv): string | undefined
export function ensureOffice(): void
