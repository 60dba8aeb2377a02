/**
 * Hostile text for the render fuzzer: fragments with meaning in YAML, Markdown, HTML, Vue
 * templates, KaTeX and Slidev's own syntax, mixed with arbitrary Unicode. Every payload that could
 * run code sets `window.__pwned`, so the browser check sees it if it ever runs.
 */
import fc from 'fast-check'

/** Each of these runs `window.__pwned = 1` if the text is ever treated as code. */
export const PAYLOADS: readonly string[] = [
  '<img src=x onerror="window.__pwned=1">',
  '<img src=x onerror=window.__pwned=1>',
  '<script>window.__pwned=1</script>',
  '<svg onload="window.__pwned=1"></svg>',
  '<details open ontoggle="window.__pwned=1">',
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '{{ constructor.constructor("window.__pwned=1")() }}',
  '<div v-html="\'<img src=x onerror=window.__pwned=1>\'"></div>',
  '[x](javascript:window.__pwned=1)',
  '<a href="javascript:window.__pwned=1">x</a>',
  '$\\href{javascript:window.__pwned=1}{x}$',
  '<!-- --><img src=x onerror=window.__pwned=1>',
  '--><img src=x onerror=window.__pwned=1><!--',
  '</li><img src=x onerror=window.__pwned=1>',
  '</template><img src=x onerror=window.__pwned=1><template>',
  '"><img src=x onerror=window.__pwned=1>',
  '\n---\nlayout: dw-nope\n---\n<img src=x onerror=window.__pwned=1>',
]

/** Syntax of every language the text passes through, and text that is hard to lay out or compare. */
export const FRAGMENTS: readonly string[] = [
  '{{ total }}', '{{', '}}', '{', '}', '$', '$x$', '$$', 'US$2.5B to $3B', '`', '```', '```js', '~~~',
  '<!--', '-->', '---', '***', '___', '|', '| a | b |', '# ', '## ', '> ', '- ', '* ', '+ ', '1. ', '1) ',
  '*', '**', '_', '~~', '[', ']', '(', ')', '![x](x.png)', '[click]', '[click:2]', '::right::', '::default::',
  '<v-click>', '</v-click>', '<br>', '<b>bold</b>', '&amp;', '&lt;', '&#60;', '&#x3C;', '&nbsp;', '\\', '\\n',
  '"', '\'', ':', ': ', 'key: value', '- item', '? ', '!!str', '&anchor', '*alias', '%YAML 1.2', '@', '%s',
  '${x}', '=', '^', '#', '.', 'www.example.com', 'https://example.com/a_b_c', ':smile:', '<<< @/x.ts',
  '{{ $slidev.nav.go(2) }}', '<style>.dw-layout{display:none}</style>', '$slidev',
  // UnoCSS reads class-like words (an open bracket at the end of a JSON string made broken CSS)
  'w-[d"]', 'w-[d', 'bg-[url(\'x)]', 'text-[red]', 'hover:(bg-red text-white)', 'H5-(x)', '@unocss-include', '@unocss-skip-start',
  // Build-time replacements
  'import.meta.env.MODE', 'process.env.NODE_ENV', '__SLIDEV_FEATURE_PRINT__', '__VUE_PROD_DEVTOOLS__',
  '\n', '\n\n', '\r\n', '\r', '\t', ' ', '  ', '\u00a0', '\u3000', '\u200b', '\u200d', '\u200e', '\u202e',
  '\u2028', '\u2029', '\ufeff', '\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u009f', '\ud800', '\udfff',
  'مرحبا بالعالم', 'שלום עולם', '👩‍👩‍👧‍👦', '🇹🇼', '🙂', 'e\u0301', 'Z\u0351\u0352\u0353', '中文', '深度求索（DeepSeek）',
  '「引號」', '「', '』', '，', '…', '—', '０１２', 'ﬁ', 'İ', 'ß',
]

const controlChar = fc.oneof(
  fc.integer({ min: 0, max: 0x1f }),
  fc.integer({ min: 0x7f, max: 0x9f }),
).map(code => String.fromCharCode(code))

/** A word too long for any line: tests wrapping, not escaping, so it stays short enough to build fast. */
const longWord = fc.tuple(fc.constantFrom('W', '字', 'x_', '-', '$'), fc.integer({ min: 40, max: 160 }))
  .map(([unit, count]) => unit.repeat(count))

const fragment = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 3, arbitrary: fc.constantFrom(...PAYLOADS) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 8 }) },
  { weight: 1, arbitrary: controlChar },
  { weight: 1, arbitrary: longWord },
)

/**
 * Text as the schema accepts it: non-empty after trimming (the schema trims every text field,
 * so the fuzzer hands over already-trimmed text and the expected value is the input itself).
 */
export function hostileText(maxFragments = 5): fc.Arbitrary<string> {
  return fc.array(fragment, { minLength: 1, maxLength: maxFragments })
    .map(parts => parts.join('').trim())
    .map(text => (text.length > 0 ? text : '·'))
}
