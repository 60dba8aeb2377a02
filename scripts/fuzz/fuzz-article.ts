/**
 * Random articles for the render fuzzer. A *case* is one content slide of the article (bullets,
 * quote, compare or chart) carrying several hostile strings; many cases share one deck, so one
 * Slidev build checks a hundred or more of them. Pure: arbitraries and data, no I/O.
 */
import fc from 'fast-check'
import { ArticleSchema, type Article } from '../load/schema.ts'
import { hostileText } from './strings.ts'

/** The article as written, before the schema fills defaults (the schema's input type). */
type SlideInput = Record<string, unknown> & { layout: string; title: string; notes: string }

/** One content slide and the strings it carries. */
export interface FuzzCase {
  slide: SlideInput
}

/** The deck-level strings that surround the cases: cover, section titles, errata, closing. */
export interface FuzzFrame {
  title: string
  subtitle: string
  authors: { name: string; role: string; organisation: string }[]
  keywords: string[]
  coverNotes: string
  sectionTitles: string[]
  erratum: { original: string; corrected: string }
  closing: { title: string; bullets: string[]; notes: string }
  /** The summary's key messages and notes. */
  summary: { points: string[]; notes: string }
  /** meta.duration in minutes, when the deck has a time plan (its budgets join every slide's notes). */
  duration: number | undefined
}

/** Cases per section: every section adds a divider slide with a hostile title. */
export const CASES_PER_SECTION = 12

const text = hostileText()
const shortText = hostileText(2)
const list = <T = string>(min: number, max: number, item: fc.Arbitrary<T> = text as fc.Arbitrary<T>) =>
  fc.array(item, { minLength: min, maxLength: max })

const bulletsCase = fc.record({ title: text, notes: text, bullets: list(2, 7) })
  .map(s => ({ layout: 'bullets', paragraphs: [1], ...s }))

const quoteCase = fc.record({ title: text, notes: text, quote: text, bullets: list(0, 3) })
  .map(({ quote, ...s }) => ({ layout: 'quote', paragraphs: [1], quote: { text: quote, paragraph: 1 }, ...s }))

const column = fc.record({ heading: shortText, bullets: list(1, 3) })
const compareCase = fc.record({ title: text, notes: text, left: column, right: column })
  .map(s => ({ layout: 'compare', paragraphs: [1], ...s }))

const chartCase = fc.record({
  title: text,
  notes: text,
  bullets: list(0, 2, shortText),
  unit: shortText,
  source: shortText,
  labels: list(1, 4, shortText),
  seriesLabel: shortText,
}).map(({ unit, source, labels, seriesLabel, ...s }) => ({
  layout: 'chart',
  paragraphs: [1],
  chart: { type: 'bar', unit, source, labels, series: [{ label: seriesLabel, values: labels.map((_, i) => i + 1) }] },
  ...s,
}))

export const fuzzCase: fc.Arbitrary<FuzzCase> = fc.oneof(
  { weight: 4, arbitrary: bulletsCase },
  { weight: 2, arbitrary: quoteCase },
  { weight: 2, arbitrary: compareCase },
  { weight: 1, arbitrary: chartCase },
).map(slide => ({ slide }))

export const fuzzFrame: fc.Arbitrary<FuzzFrame> = fc.record({
  title: text,
  subtitle: text,
  authors: list(1, 3, fc.record({ name: shortText, role: shortText, organisation: shortText })),
  keywords: list(0, 3, shortText),
  coverNotes: text,
  sectionTitles: list(4, 4),
  erratum: fc.record({ original: shortText, corrected: shortText }),
  closing: fc.record({ title: text, bullets: list(0, 3), notes: text }),
  summary: fc.record({ points: list(2, 5), notes: text }),
  duration: fc.option(fc.integer({ min: 1, max: 120 }), { nil: undefined }),
})

/** The article holding every case, in order; parsed by the real schema, so it is what a user could write. */
export function fuzzArticle(frame: FuzzFrame, cases: readonly FuzzCase[]): Article {
  const sections: { id: string; title: string; slides: FuzzCase['slide'][] }[] = []
  for (let start = 0; start < cases.length; start += CASES_PER_SECTION) {
    const index = sections.length
    sections.push({
      id: `s${index + 1}`,
      title: frame.sectionTitles[index % frame.sectionTitles.length]!,
      slides: cases.slice(start, start + CASES_PER_SECTION).map(c => c.slide),
    })
  }
  return ArticleSchema.parse({
    meta: {
      title: frame.title,
      subtitle: frame.subtitle,
      authors: frame.authors,
      keywords: frame.keywords,
      source: { language: 'zh', script: 'Hant', region: 'TW' },
      duration: frame.duration,
    },
    errata: [{ paragraph: 1, ...frame.erratum }],
    cover_notes: frame.coverNotes,
    summary: { points: frame.summary.points.map(text => ({ text, paragraphs: [1] })), notes: frame.summary.notes },
    sections,
    closing: frame.closing,
  })
}
