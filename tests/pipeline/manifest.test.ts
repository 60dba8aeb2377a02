/** The file edge of incremental builds: builder files, manifests, and what counts as up to date. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { hashBuilderFiles } from '../../scripts/pipeline/builder-files.ts'
import { manifestPath, planOutputs, recordOutputs } from '../../scripts/pipeline/manifest.ts'
import type { LocaleTarget } from '../../scripts/pipeline/prepare.ts'

let root: string

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'deckwright-manifest-'))
})

afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

async function put(path: string, content = 'x'): Promise<void> {
  await mkdir(join(root, path, '..'), { recursive: true })
  await writeFile(join(root, path), content)
}

describe('hashBuilderFiles', () => {
  beforeEach(async () => {
    await put('layouts/dw-bullets.vue', '<template/>')
    await put('components/FitText.vue', '<template/>')
    await put('styles/deck.css', 'body{}')
    await put('scripts/render/markdown.ts', 'export {}')
    await put('scripts/cli/deck.ts', 'export {}')
    await put('vite.config.ts', 'export default {}')
    await put('package-lock.json', '{}')
  })

  it('hashes each builder folder and file; a missing setup/ counts as empty', async () => {
    const hashes = await hashBuilderFiles(root)
    expect(Object.keys(hashes).sort()).toEqual(['components', 'layouts', 'package-lock.json', 'scripts', 'setup', 'styles', 'vite.config.ts'])
  })

  it('changes only the group whose file changed', async () => {
    const before = await hashBuilderFiles(root)
    await put('layouts/dw-bullets.vue', '<template><ul/></template>')
    const after = await hashBuilderFiles(root)
    expect(Object.keys(before).filter(k => before[k] !== after[k])).toEqual(['layouts'])
  })

  it('ignores the command line, the importer, dotfiles and editor backups in scripts/', async () => {
    await put('scripts/import/draft-article.ts', 'export {}')
    const before = await hashBuilderFiles(root)
    await put('scripts/cli/deck.ts', 'export const changed = 1')
    await put('scripts/import/draft-article.ts', 'export const changed = 1')
    await put('scripts/render/.markdown.ts.swp', 'swap')
    expect(await hashBuilderFiles(root)).toEqual(before)
  })
})

/** The fields of a target that incremental builds read. */
function fakeTarget(markdown = '# deck'): LocaleTarget {
  return {
    name: 'demo.zh-Hant-TW',
    locale: 'zh-Hant-TW',
    markdown,
    plan: { slides: [] },
    metadata: { title: 'demo' },
    files: {
      markdown: join(root, 'slides', 'demo.zh-Hant-TW.md'),
      dist: join(root, 'dist', 'demo.zh-Hant-TW'),
      pdf: join(root, 'exports', 'demo.zh-Hant-TW.pdf'),
      handout: join(root, 'exports', 'demo.zh-Hant-TW.handout.pdf'),
    },
  } as unknown as LocaleTarget
}

describe('planOutputs and recordOutputs', () => {
  const all = ['slides', 'spa', 'pdf', 'handout']
  const context = () => ({ cache: join(root, '.cache'), builder: { scripts: 's1' }, handout: 'notes', force: false })
  const makeOutputs = async () => {
    await put('dist/demo.zh-Hant-TW/index.html', '<html/>')
    await put('exports/demo.zh-Hant-TW.pdf', '%PDF')
    await put('exports/demo.zh-Hant-TW.handout.pdf', '%PDF')
  }

  it('builds everything the first time, and nothing once recorded', async () => {
    const first = await planOutputs(fakeTarget(), all, context())
    expect(first).toMatchObject({ stale: ['spa', 'pdf', 'handout'], buildSpa: true })
    await makeOutputs()
    await recordOutputs(fakeTarget(), first.stale, first, context().cache)
    expect(await planOutputs(fakeTarget(), all, context())).toMatchObject({ fresh: ['spa', 'pdf', 'handout'], stale: [], buildSpa: false })
  })

  it('rebuilds an output whose file was deleted, and says why', async () => {
    await makeOutputs()
    const first = await planOutputs(fakeTarget(), all, context())
    await recordOutputs(fakeTarget(), first.stale, first, context().cache)
    await rm(join(root, 'exports', 'demo.zh-Hant-TW.pdf'))
    const next = await planOutputs(fakeTarget(), all, context())
    expect(next).toMatchObject({ stale: ['pdf'], buildSpa: false })
    expect(next.reasons.pdf).toEqual(['output missing'])
  })

  it('rebuilds after the markdown changed, naming the changed input', async () => {
    await makeOutputs()
    const first = await planOutputs(fakeTarget(), all, context())
    await recordOutputs(fakeTarget(), first.stale, first, context().cache)
    const next = await planOutputs(fakeTarget('# deck, edited'), all, context())
    expect(next.stale).toEqual(['spa', 'pdf', 'handout'])
    expect(next.reasons.spa).toEqual(['markdown'])
  })

  it('does not record an output whose file is absent', async () => {
    const first = await planOutputs(fakeTarget(), all, context())
    await recordOutputs(fakeTarget(), first.stale, first, context().cache)
    expect((await planOutputs(fakeTarget(), all, context())).stale).toEqual(['spa', 'pdf', 'handout'])
  })

  it('treats a corrupt manifest as no manifest', async () => {
    await makeOutputs()
    await put('.cache/builds/demo.zh-Hant-TW.spa.json', '{ not json')
    expect(manifestPath(context().cache, 'demo.zh-Hant-TW', 'spa')).toBe(join(root, '.cache', 'builds', 'demo.zh-Hant-TW.spa.json'))
    expect((await planOutputs(fakeTarget(), all, context())).stale).toContain('spa')
  })
})
