/** The built-code cache, on its own: each test has a fresh cache folder, so none depends on another. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { codeCacheKey, restoreCode, storeCode, type CodeCache } from '../../scripts/spa/code-cache.ts'

describe('the built-code cache', () => {
  const root = mkdtempSync(join(tmpdir(), 'deckwright-code-cache-'))
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  /** A fresh cache and a place for builds, apart from every other test's. */
  function setup(): { cache: CodeCache; dir: string; built: (name: string, html: string) => string } {
    const dir = mkdtempSync(join(root, 'test-'))
    const built = (name: string, html: string) => {
      const out = join(dir, name)
      mkdirSync(join(out, 'assets'), { recursive: true })
      writeFileSync(join(out, 'index.html'), html)
      writeFileSync(join(out, 'assets', 'index.js'), `// ${name}`)
      return out
    }
    return { cache: { dir: join(dir, 'cache'), salt: 'builder-1', reuse: true }, dir, built }
  }

  it('keys on the salt and the parts: another builder or deck structure is another entry', () => {
    const { cache } = setup()
    const key = codeCacheKey(cache, { deck: 'a' })
    expect(codeCacheKey(cache, { deck: 'a' })).toBe(key)
    expect(codeCacheKey(cache, { deck: 'b' })).not.toBe(key)
    expect(codeCacheKey({ ...cache, salt: 'builder-2' }, { deck: 'a' })).not.toBe(key)
  })

  it('restores nothing it does not have, and exactly what was stored', async () => {
    const { cache, dir, built } = setup()
    const key = codeCacheKey(cache, { deck: 'a' })
    expect(await restoreCode(cache, key, join(dir, 'out-miss'))).toBe(false)
    await storeCode(cache, key, built('build-a', '<html>a</html>'))
    const out = join(dir, 'out-hit')
    expect(await restoreCode(cache, key, out)).toBe(true)
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('<html>a</html>')
    expect(readFileSync(join(out, 'assets', 'index.js'), 'utf8')).toBe('// build-a')
    // --force: build anyway.
    expect(await restoreCode({ ...cache, reuse: false }, key, join(dir, 'out-forced'))).toBe(false)
  })

  it('keeps the eight most recently used entries', async () => {
    const { cache, built } = setup()
    for (let i = 0; i < 10; i++) await storeCode(cache, codeCacheKey(cache, { deck: i }), built(`build-${i}`, `<html>${i}</html>`))
    const entries = readdirSync(cache.dir)
    expect(entries).toHaveLength(8)
    expect(entries).toContain(codeCacheKey(cache, { deck: 9 }))
    expect(entries.some(name => name.startsWith('.tmp-'))).toBe(false)
  })
})
