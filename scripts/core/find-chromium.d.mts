export function findChromium(env?: NodeJS.ProcessEnv): string | undefined
export function findOnPath(names: readonly string[], env?: NodeJS.ProcessEnv): string | undefined
