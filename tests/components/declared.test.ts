/** vue-tsc checks the layouts' use of components only for components declared in types/components.d.ts. */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../../scripts/core/paths.ts'

describe('type-checked components', () => {
  it('declares every component in components/ for vue-tsc', () => {
    const declared = readFileSync(join(ROOT, 'types', 'components.d.ts'), 'utf8')
    const components = readdirSync(join(ROOT, 'components')).filter(file => file.endsWith('.vue'))
    expect(components.length).toBeGreaterThan(0)
    for (const file of components) {
      const name = file.slice(0, -'.vue'.length)
      expect(declared, name).toContain(`${name}: typeof import('../components/${file}')['default']`)
    }
  })
})
