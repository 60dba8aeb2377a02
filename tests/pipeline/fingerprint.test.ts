/** Fingerprints decide what an incremental build skips: each output changes with its inputs only. */
import { describe, expect, it } from 'vitest'
import {
  changedParts,
  decideOutputs,
  fingerprint,
  hashFiles,
  outputFingerprints,
  stableJson,
  type BuiltOutput,
  type TargetInputs,
} from '../../scripts/pipeline/fingerprint.ts'

const inputs: TargetInputs = {
  markdown: '---\ntitle: 小型測試簡報\n---\n',
  locale: 'zh-Hant-TW',
  plan: { title: '小型測試簡報', slides: [{ no: 1, title: '封面' }] },
  metadata: { title: '小型測試簡報', creator: 'Deckwright 0.1.0' },
  brand: { organisation: '', colors: { primary: '#174a7c' } },
  handout: 'notes',
  builder: { components: 'c1', layouts: 'l1', scripts: 's1' },
  version: '0.1.0',
}

/** Which outputs' fingerprints differ after changing the inputs. */
function changedOutputs(change: Partial<TargetInputs>): BuiltOutput[] {
  const before = outputFingerprints(inputs)
  const after = outputFingerprints({ ...inputs, ...change })
  return (Object.keys(before) as BuiltOutput[]).filter(output => before[output].hash !== after[output].hash)
}

describe('hashFiles', () => {
  it('does not depend on the order the files were listed in', () => {
    const a = { name: 'layouts/a.vue', content: 'A' }
    const b = { name: 'layouts/b.vue', content: 'B' }
    expect(hashFiles([a, b])).toBe(hashFiles([b, a]))
  })

  it('changes when a file is renamed, edited, added or removed', () => {
    const base = hashFiles([{ name: 'a', content: 'x' }, { name: 'b', content: 'y' }])
    expect(hashFiles([{ name: 'a', content: 'x' }, { name: 'c', content: 'y' }])).not.toBe(base)
    expect(hashFiles([{ name: 'a', content: 'x' }, { name: 'b', content: 'z' }])).not.toBe(base)
    expect(hashFiles([{ name: 'a', content: 'x' }])).not.toBe(base)
    expect(hashFiles([{ name: 'a', content: 'x' }, { name: 'b', content: 'y' }, { name: 'd', content: '' }])).not.toBe(base)
  })

  it('cannot be fooled by moving bytes between a name and its content', () => {
    expect(hashFiles([{ name: 'ab', content: 'c' }])).not.toBe(hashFiles([{ name: 'a', content: 'bc' }]))
  })

  it('hashes text and the same bytes alike', () => {
    expect(hashFiles([{ name: 'a', content: '財政' }])).toBe(hashFiles([{ name: 'a', content: new TextEncoder().encode('財政') }]))
  })
})

describe('outputFingerprints', () => {
  it('is stable for the same inputs, whatever the key order of the plan', () => {
    const reordered = { ...inputs, plan: { slides: [{ title: '封面', no: 1 }], title: '小型測試簡報' } }
    expect(outputFingerprints(reordered)).toEqual(outputFingerprints(inputs))
  })

  it('rebuilds the Slidev outputs and the one-file deck when the slide markdown changes (an edited bullet)', () => {
    expect(changedOutputs({ markdown: `${inputs.markdown}- 新的要點\n` })).toEqual(['spa', 'pdf', 'handout', 'html'])
  })

  it('rebuilds everything when the builder\'s scripts or the version change', () => {
    expect(changedOutputs({ builder: { ...inputs.builder, scripts: 's2' } })).toEqual(['spa', 'pdf', 'handout', 'pptx', 'html'])
    expect(changedOutputs({ version: '0.2.0' })).toEqual(['spa', 'pdf', 'handout', 'pptx', 'html'])
  })

  it('leaves the PPTX alone when only the Slidev deck\'s layouts, components or styles change', () => {
    expect(changedOutputs({ builder: { ...inputs.builder, layouts: 'l2' } })).toEqual(['spa', 'pdf', 'handout', 'html'])
    expect(changedOutputs({ builder: { ...inputs.builder, components: 'c2' } })).toEqual(['spa', 'pdf', 'handout', 'html'])
  })

  it('remakes only the PDFs and the PPTX when only the plan or the metadata changes', () => {
    expect(changedOutputs({ plan: { ...inputs.plan as object, title: '新標題' } })).toEqual(['pdf', 'handout', 'pptx'])
    expect(changedOutputs({ metadata: { title: '新標題' } })).toEqual(['pdf', 'handout', 'pptx'])
  })

  it('writes the PPTX again for another locale of the same plan', () => {
    expect(changedOutputs({ locale: 'zh-Hant-HK' })).toEqual(['spa', 'pdf', 'handout', 'pptx', 'html'])
  })

  it('makes every output again when the brand changes, and names it as the reason', () => {
    const branded = { ...inputs, brand: { organisation: '數字治理研究中心', colors: { primary: '#8a1538' } } }
    expect(changedOutputs({ brand: branded.brand })).toEqual(['spa', 'pdf', 'handout', 'pptx', 'html'])
    expect(changedParts(outputFingerprints(inputs).pptx, outputFingerprints(branded).pptx)).toEqual(['brand'])
  })

  it('reprints only the handout when its layout changes', () => {
    expect(changedOutputs({ handout: '3up' })).toEqual(['handout'])
  })

  it('names the builder groups, so a rebuild can say which one changed', () => {
    const before = outputFingerprints(inputs).spa
    const after = outputFingerprints({ ...inputs, builder: { ...inputs.builder, components: 'c2' } }).spa
    expect(changedParts(before, after)).toEqual(['builder:components'])
  })
})

describe('changedParts', () => {
  it('lists every part when there was no previous build', () => {
    expect(changedParts(undefined, fingerprint({ a: '1', b: '2' }))).toEqual(['a', 'b'])
  })

  it('lists added, removed and changed parts, sorted', () => {
    expect(changedParts(fingerprint({ a: '1', b: '2', c: '3' }), fingerprint({ a: '1', b: 'x', d: '4' }))).toEqual(['b', 'c', 'd'])
  })
})

describe('decideOutputs', () => {
  const all = ['slides', 'spa', 'pdf', 'handout']
  const fresh = { spa: true, pdf: true, handout: true, pptx: true, html: true }
  const none = { spa: false, pdf: false, handout: false, pptx: false, html: false }

  it('makes nothing when every output is up to date', () => {
    expect(decideOutputs(all, fresh, false)).toEqual({ fresh: ['spa', 'pdf', 'handout'], stale: [], buildSpa: false })
    expect(decideOutputs([...all, 'html'], fresh, false)).toEqual({ fresh: ['spa', 'pdf', 'handout', 'html'], stale: [], buildSpa: false })
  })

  it('reprints a missing PDF from the SPA that is already there', () => {
    expect(decideOutputs(all, { ...fresh, pdf: false }, false)).toEqual({ fresh: ['spa', 'handout'], stale: ['pdf'], buildSpa: false })
  })

  it('builds the SPA a PDF is printed from even when the SPA was not asked for', () => {
    expect(decideOutputs(['pdf'], { ...none, handout: true }, false)).toEqual({ fresh: [], stale: ['pdf'], buildSpa: true })
  })

  it('builds the one-file deck on its own: an out-of-date SPA that was not asked for is left alone', () => {
    expect(decideOutputs(['html'], { ...fresh, spa: false, html: false }, false)).toEqual({ fresh: [], stale: ['html'], buildSpa: false })
  })

  it('writes a PPTX without building the SPA: it is made from the plan', () => {
    expect(decideOutputs(['pptx'], none, false)).toEqual({ fresh: [], stale: ['pptx'], buildSpa: false })
    expect(decideOutputs([...all, 'pptx'], { ...fresh, pptx: false }, false)).toEqual({ fresh: ['spa', 'pdf', 'handout'], stale: ['pptx'], buildSpa: false })
  })

  it('ignores outputs that were not asked for', () => {
    expect(decideOutputs(['slides'], none, false)).toEqual({ fresh: [], stale: [], buildSpa: false })
    expect(decideOutputs(['slides', 'spa'], { ...none, spa: true }, false)).toEqual({ fresh: ['spa'], stale: [], buildSpa: false })
  })

  it('rebuilds every requested output with --force', () => {
    expect(decideOutputs(all, fresh, true)).toEqual({ fresh: [], stale: ['spa', 'pdf', 'handout'], buildSpa: true })
    expect(decideOutputs(['pdf'], fresh, true)).toEqual({ fresh: [], stale: ['pdf'], buildSpa: true })
  })
})

describe('stableJson', () => {
  it('sorts object keys at every depth and keeps array order', () => {
    expect(stableJson({ b: 1, a: { d: [2, 1], c: null } })).toBe('{"a":{"c":null,"d":[2,1]},"b":1}')
  })
})
