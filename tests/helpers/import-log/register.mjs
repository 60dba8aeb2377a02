// `node --import <this file>`: records every ES module the process loads, one URL a line, in the
// file named by DECKWRIGHT_IMPORT_LOG. The hooks run on Node's loader thread (hooks.mjs).
import { register } from 'node:module'

register('./hooks.mjs', import.meta.url, { data: { log: process.env.DECKWRIGHT_IMPORT_LOG } })
