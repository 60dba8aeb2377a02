/**
 * Planning: a localised article in, the deck plan out (see types.ts). Pure and deterministic.
 * The plan decides which slides there are and what each holds; how a slide looks, and the words
 * around its values, belong to the renderers.
 */
import type { Article, Slide } from '../load/schema.ts'
import type { Locale } from '../core/locales.ts'
import { resolveChart, type ChartData } from '../charts/chart-data.ts'
import { brandChartPalette } from '../charts/chart-palette.ts'
import { UI_STRINGS, type UiStrings } from '../render/ui-strings.ts'
import { erratumLine } from './labels.ts'
import { DEFAULT_BRAND, type Brand } from './brand.ts'
import type { Author, ClosingSlide, CoverSlide, DeckPlan, ErrataSlide, PlannedSlide, SectionRef } from './types.ts'

/** More bullets than this continue on a follow-up slide, so text never runs off the canvas. */
export const MAX_BULLETS_PER_SLIDE = 6
/** A slide whose bullets hold more characters than this continues on a follow-up slide. */
export const MAX_BULLET_CHARS_PER_SLIDE = 180

/** A chart slide's `chart` as the data gives it. */
type ChartSpec = Extract<Slide, { layout: 'chart' }>['chart']

/** A slide before it is numbered. */
type Draft = PlannedSlide extends infer S ? S extends PlannedSlide ? Omit<S, 'no'> : never : never

export function planDeck(deckId: string, article: Article, locale: Locale, brand: Brand = DEFAULT_BRAND): DeckPlan {
  const ui = UI_STRINGS[locale]
  const { meta } = article
  const authors = meta.authors.map(toAuthor)
  const drafts: Draft[] = [coverSlide(article, authors)]
  const palette = brandChartPalette(brand.chartColors)
  const chart = (data: ChartSpec): ChartData => {
    const resolved = resolveChart(article, data, locale)
    return palette ? { ...resolved, palette } : resolved
  }
  article.sections.forEach((data, index) => {
    const section: SectionRef = { id: data.id, title: data.title, index: index + 1 }
    if (data.divider !== false)
      drafts.push({ kind: 'section', title: data.title, section, notes: '', paragraphs: data.paragraph ? [data.paragraph] : [] })
    for (const slide of data.slides) drafts.push(...contentSlides(slide, chart).map(d => ({ ...d, section })))
  })
  if (article.errata.length > 0) drafts.push(errataSlide(article, ui))
  drafts.push(closingSlide(article, authors))
  return {
    deckId,
    locale,
    ui,
    brand,
    title: meta.title,
    subtitle: meta.subtitle ?? '',
    authors,
    editor: meta.editor ?? '',
    source: sourceLine(article),
    keywords: meta.keywords ?? [],
    slides: drafts.map((draft, i) => ({ ...draft, no: i + 1 }) as PlannedSlide),
  }
}

function toAuthor({ name, role, organisation }: Article['meta']['authors'][number]): Author {
  return { name, role, organisation }
}

/** Publication and date of the article, as one line: `publication，date`. */
function sourceLine(article: Article): string {
  const { publication, date } = article.meta.source
  return [publication, date].filter(Boolean).join('，')
}

function coverSlide(article: Article, authors: Author[]): Omit<CoverSlide, 'no'> {
  return {
    kind: 'cover',
    title: article.meta.title,
    subtitle: article.meta.subtitle ?? '',
    authors,
    notes: article.cover_notes ?? '',
    paragraphs: [],
  }
}

/** `chart` resolves a chart slide's data (with the brand's palette, when it has one). */
function contentSlides(slide: Slide, chart: (data: ChartSpec) => ChartData): Draft[] {
  const base = { title: slide.title, notes: slide.notes, paragraphs: [...slide.paragraphs] }
  switch (slide.layout) {
    case 'bullets':
      return chunkBullets(slide.bullets).map((bullets, i) => ({
        ...base,
        kind: 'bullets',
        bullets,
        continued: i > 0,
        // The notes belong to the first slide of the list; a follow-up has none of its own.
        notes: i === 0 ? slide.notes : '',
      }))
    case 'quote':
      return [{ ...base, kind: 'quote', quote: { ...slide.quote }, bullets: slide.bullets ?? [] }]
    case 'compare':
      return [{ ...base, kind: 'compare', left: column(slide.left), right: column(slide.right) }]
    case 'chart':
      return [{ ...base, kind: 'chart', chart: chart(slide.chart), bullets: slide.bullets ?? [] }]
  }
}

function column({ heading, bullets }: { heading: string; bullets: string[] }) {
  return { heading, bullets: [...bullets] }
}

/** Splits a long list so each slide stays within the bullet and character budgets. */
export function chunkBullets(bullets: readonly string[]): string[][] {
  const chunks: string[][] = [[]]
  let chars = 0
  for (const bullet of bullets) {
    const current = chunks[chunks.length - 1]!
    if (current.length > 0 && (current.length >= MAX_BULLETS_PER_SLIDE || chars + bullet.length > MAX_BULLET_CHARS_PER_SLIDE)) {
      chunks.push([])
      chars = 0
    }
    chunks[chunks.length - 1]!.push(bullet)
    chars += bullet.length
  }
  return chunks
}

function errataSlide(article: Article, ui: UiStrings): Omit<ErrataSlide, 'no'> {
  const errata = article.errata.map(({ paragraph, original, corrected }) => ({ paragraph, original, corrected }))
  return {
    kind: 'errata',
    title: ui.errata,
    errata,
    // The presenter reads the corrections out: one line each.
    notes: errata.map(e => erratumLine(e, ui)).join('\n'),
    paragraphs: [...new Set(errata.map(e => e.paragraph))],
  }
}

function closingSlide(article: Article, authors: Author[]): Omit<ClosingSlide, 'no'> {
  const { meta, closing } = article
  return {
    kind: 'closing',
    title: closing.title,
    bullets: closing.bullets ?? [],
    authors,
    editor: meta.editor ?? '',
    source: sourceLine(article),
    notes: closing.notes,
    paragraphs: [],
  }
}
