export function findChromium(env?: NodeJS.ProcessEnv): string | undefined
export function isExecutable(path: string): boolean
