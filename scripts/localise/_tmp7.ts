import { readFileSync } from 'node:fs'
import { openccConverter, OPENCC_CONFIGS, type OpenccConfig } from './convert.ts'
import { validateGlossary } from './glossary-schema.ts'
import { createConverter } from './localiser.ts'
const raw = readFileSync('../shared/conformance/opencc/testcases.json','utf8')
// strip comments and trailing commas outside strings
let out = '', inStr = false
for (let i = 0; i < raw.length; i++) {
  const c = raw[i]
  if (inStr) { out += c; if (c === '\\') { out += raw[++i]; } else if (c === '"') inStr = false; continue }
  if (c === '"') { inStr = true; out += c; continue }
  if (c === '/' && raw[i+1] === '/') { while (i < raw.length && raw[i] !== '\n') i++; out += '\n'; continue }
  if (c === '/' && raw[i+1] === '*') { i = raw.indexOf('*/', i+2) + 1; continue }
  out += c
}
out = out.replace(/,(\s*[}\]])/g, '$1')
const data = JSON.parse(out)
console.log(data.cases.length)
const g = validateGlossary(readFileSync('data/glossary.yaml','utf8'),'g').glossary!
const paths: Record<string, [any, any]> = { t2s: ['zh-Hans-CN','Hant'], s2twp: ['zh-Hant-TW','Hans'], s2hk: ['zh-Hant-HK','Hans'] }
for (const config of Object.keys(OPENCC_CONFIGS) as OpenccConfig[]) {
  let pass = 0, total = 0
  for (const c of data.cases) {
    const exp = c.expected[config]; if (exp === undefined) continue
    total++
    const got = openccConverter(config)(c.input)
    if (got === exp) pass++; else console.log('FAIL', config, c.id, c.input, '| exp', exp, '| got', got)
    if (paths[config]) {
      const [loc, script] = paths[config]
      const g2 = createConverter(loc, g, { script, region: 'CN' })(c.input).text
      if (g2 !== got) console.log('GLOSSARY', config, c.id, c.input, '| opencc', got, '| glossary', g2)
    }
  }
  console.log(config, pass, '/', total)
}
