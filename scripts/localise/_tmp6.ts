import { readFileSync } from 'node:fs'
import { validateGlossary } from './glossary-schema.ts'
import { createLocaliser } from './localiser.ts'
const v = validateGlossary(readFileSync('data/glossary.yaml','utf8'), 'data/glossary.yaml')
console.log(v.issues)
const paras = readFileSync('data/deepseek-tech-finance/source.txt','utf8').split('\n').map(s=>s.trim()).filter(Boolean)
const src = { script: 'Hant', region: 'CN' } as const
for (const loc of ['zh-Hans-CN','zh-Hant-TW','zh-Hant-HK'] as const) {
  const l = createLocaliser(loc, v.glossary!, src)
  for (const [i,p] of paras.entries()) if (!process.argv[2] || process.argv[2].split(',').includes(String(i+1))) console.log(loc, i+1, l(p))
}
