import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { codeCacheKey, restoreCode, storeCode } from '../../scripts/spa/code-cache.ts'

describe('the built-code cache', () => {
  const root = mkdtempSync(join(tmpdir(), 'deckwright-code-cache-'))
  afterAll(() => rmSync(root, { recursive: true, force: true }))
  const cache = { dir: join(root, 'cache'), salt: 'builder-1', reuse: true }
  const built = (name: string, html: string) => {
    const dir = join(root, name)
    mkdirSync(join(dir, 'assets'), { recursive: true })
    writeFileSync(join(dir, 'index.html'), html)
    writeFileSync(join(dir, 'assets', 'index.js'), `// ${name}`)
    return dir
  }

  it('keys on the salt and the parts: another builder or deck structure is another entry', () => {
    const key = codeCacheKey(cache, { deck: 'a' })
    expect(codeCacheKey(cache, { deck: 'a' })).toBe(key)
    expect(codeCacheKey(cache, { deck: 'b' })).not.toBe(key)
    expect(codeCacheKey({ ...cache, salt: 'builder-2' }, { deck: 'a' })).not.toBe(key)
  })

  it('restores nothing it does not have, and exactly what was stored', async () => {
    const key = codeCacheKey(cache, { deck: 'a' })
    expect(await restoreCode(cache, key, join(root, 'out-miss'))).toBe(false)
    await storeCode(cache, key, built('build-a', '<html>a</html>'))
    const out = join(root, 'out-hit')
    expect(await restoreCode(cache, key, out)).toBe(true)
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('<html>a</html>')
    expect(readFileSync(join(out, 'assets', 'index.js'), 'utf8')).toBe('// build-a')
    // --force: build anyway.
    expect(await restoreCode({ ...cache, reuse: false }, key, join(root, 'out-forced'))).toBe(false)
  })

  it('keeps the eight most recently used entries', async () => {
    for (let i = 0; i < 10; i++) await storeCode(cache, codeCacheKey(cache, { deck: i }), built(`build-${i}`, `<html>${i}</html>`))
    const entries = readdirSync(cache.dir)
    expect(entries).toHaveLength(8)
    expect(entries).toContain(codeCacheKey(cache, { deck: 9 }))
    expect(entries.some(name => name.startsWith('.tmp-'))).toBe(false)
  })
})
