/**
 * The deck plan: which slides a localised article becomes, in order, with their layouts, props and
 * notes. Markdown rendering, PDF outlines and handouts all read this one plan.
 */
import type { Article, Slide } from '../load/schema.ts'
import type { Locale } from '../core/locales.ts'
import { resolveChart } from '../charts/chart-data.ts'
import { formatParagraphs, UI_STRINGS, type UiStrings } from './ui-strings.ts'

export interface PlannedSlide {
  /** 1-based slide number in the deck. */
  no: number
  /** Slidev layout name (layouts/dw-*.vue). */
  layout: string
  /** Title for navigation, outline and handout. */
  title: string
  /** Section title, for the PDF outline; undefined for cover and closing. */
  section?: string
  /** Props for the layout; every string is plain text. */
  props: Record<string, unknown>
  /** Speaker notes, plain text, paragraphs separated by blank lines. */
  notes: string
  /** Source paragraphs the slide draws on. */
  paragraphs: readonly number[]
}

export interface DeckPlan {
  deckId: string
  locale: Locale
  title: string
  subtitle?: string
  authors: string[]
  keywords: string[]
  ui: UiStrings
  slides: PlannedSlide[]
}

/** More bullets than this continue on a follow-up slide, so text never runs off the canvas. */
export const MAX_BULLETS_PER_SLIDE = 6
/** A slide whose bullets hold more characters than this continues on a follow-up slide. */
export const MAX_BULLET_CHARS_PER_SLIDE = 180

type Draft = Omit<PlannedSlide, 'no'>

export function planDeck(deckId: string, article: Article, locale: Locale): DeckPlan {
  const ui = UI_STRINGS[locale]
  const drafts: Draft[] = [coverSlide(article, ui)]
  article.sections.forEach((section, index) => {
    if (section.divider !== false) {
      drafts.push({
        layout: 'dw-section',
        title: section.title,
        section: section.title,
        props: { part: ui.part(index + 1), title: section.title, footer: footer(ui, section.paragraph ? [section.paragraph] : []) },
        notes: '',
        paragraphs: section.paragraph ? [section.paragraph] : [],
      })
    }
    for (const slide of section.slides) drafts.push(...contentSlides(article, slide, locale, ui).map(d => ({ ...d, section: section.title })))
  })
  if (article.errata.length > 0) drafts.push(errataSlide(article, ui))
  drafts.push(closingSlide(article, ui))
  return {
    deckId,
    locale,
    title: article.meta.title,
    subtitle: article.meta.subtitle,
    authors: article.meta.authors.map(a => a.name),
    keywords: article.meta.keywords ?? [],
    ui,
    slides: drafts.map((draft, i) => ({ ...draft, no: i + 1 })),
  }
}

function footer(ui: UiStrings, paragraphs: readonly number[]): { citation: string } {
  return { citation: paragraphs.length ? ui.sourceParagraphs(formatParagraphs(paragraphs, ui.listSeparator)) : '' }
}

function authorLine(author: Article['meta']['authors'][number]): string {
  return `${author.name}（${author.organisation}${author.role}）`
}

function coverSlide(article: Article, ui: UiStrings): Draft {
  const { meta } = article
  return {
    layout: 'dw-cover',
    title: meta.title,
    props: {
      title: meta.title,
      subtitle: meta.subtitle ?? '',
      authors: meta.authors.map(authorLine),
      locale: ui.localeName,
      footer: { citation: '' },
    },
    notes: article.cover_notes ?? '',
    paragraphs: [],
  }
}

function contentSlides(article: Article, slide: Slide, locale: Locale, ui: UiStrings): Draft[] {
  const base = { title: slide.title, notes: slide.notes, paragraphs: slide.paragraphs }
  const foot = footer(ui, slide.paragraphs)
  switch (slide.layout) {
    case 'bullets':
      return chunkBullets(slide.bullets).map((bullets, i) => ({
        ...base,
        layout: 'dw-bullets',
        title: i === 0 ? slide.title : `${slide.title}${ui.continued}`,
        notes: i === 0 ? slide.notes : '',
        props: { title: i === 0 ? slide.title : `${slide.title}${ui.continued}`, bullets, footer: foot },
      }))
    case 'quote':
      return [{
        ...base,
        layout: 'dw-quote',
        props: { title: slide.title, quote: slide.quote.text, citation: ui.sourceParagraphs(String(slide.quote.paragraph)), bullets: slide.bullets ?? [], footer: foot },
      }]
    case 'compare':
      return [{ ...base, layout: 'dw-compare', props: { title: slide.title, left: slide.left, right: slide.right, footer: foot } }]
    case 'chart': {
      const chart = resolveChart(article, slide.chart, locale)
      return [{
        ...base,
        layout: 'dw-chart',
        notes: `${slide.notes}\n\n${chart.notesTable}`,
        props: { title: slide.title, chart, bullets: slide.bullets ?? [], footer: foot },
      }]
    }
  }
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

function errataSlide(article: Article, ui: UiStrings): Draft {
  const items = article.errata.map(e => ui.erratum(e.original, e.corrected, e.paragraph))
  return {
    layout: 'dw-errata',
    title: ui.errata,
    props: { title: ui.errata, items, footer: { citation: ui.sourceNote } },
    notes: items.join('\n'),
    paragraphs: [...new Set(article.errata.map(e => e.paragraph))],
  }
}

function closingSlide(article: Article, ui: UiStrings): Draft {
  const { meta, closing } = article
  const source = [meta.source.publication, meta.source.date].filter(Boolean).join('，')
  return {
    layout: 'dw-closing',
    title: closing.title,
    props: {
      title: closing.title,
      bullets: closing.bullets ?? [],
      authors: meta.authors.map(authorLine),
      editor: meta.editor ? `${ui.editor}：${meta.editor}` : '',
      source: source ? `${ui.source}：${source}` : '',
      labels: { authors: ui.authors, source: ui.source },
      note: ui.sourceNote,
      footer: { citation: '' },
    },
    notes: closing.notes,
    paragraphs: [],
  }
}
