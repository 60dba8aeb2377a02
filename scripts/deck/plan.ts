/**
 * Planning: a localised article in, the deck plan out (see types.ts). Pure and deterministic.
 * The plan decides which slides there are and what each holds; how a slide looks, and the words
 * around its values, belong to the renderers.
 */
import type { Article, Slide, Summary } from '../load/schema.ts'
import type { Locale } from '../core/locales.ts'
import { resolveChart, type ChartData } from '../charts/chart-data.ts'
import { brandChartPalette } from '../charts/chart-palette.ts'
import { UI_STRINGS, type UiStrings } from '../render/ui-strings.ts'
import { erratumLine } from './labels.ts'
import { planTime } from './time-plan.ts'
import { DEFAULT_BRAND, type Brand } from './brand.ts'
import type { AgendaSlide, Author, ClosingSlide, CoverSlide, DeckPlan, ErrataSlide, PlannedSlide, SectionRef, SummarySlide } from './types.ts'

/** More bullets than this continue on a follow-up slide, so text never runs off the canvas. */
export const MAX_BULLETS_PER_SLIDE = 6
/** A slide whose bullets hold more characters than this continues on a follow-up slide. */
export const MAX_BULLET_CHARS_PER_SLIDE = 180
/** A longer agenda continues on a follow-up slide. */
export const MAX_AGENDA_ENTRIES = 8

/** A chart slide's `chart` as the data gives it. */
type ChartSpec = Extract<Slide, { layout: 'chart' }>['chart']

/** A slide before it is numbered. */
type Draft = PlannedSlide extends infer S ? S extends PlannedSlide ? Omit<S, 'no'> : never : never

export function planDeck(deckId: string, article: Article, locale: Locale, brand: Brand = DEFAULT_BRAND): DeckPlan {
  const ui = UI_STRINGS[locale]
  const { meta } = article
  const authors = meta.authors.map(toAuthor)
  const palette = brandChartPalette(brand.chartColors)
  const chart = (data: ChartSpec): ChartData => {
    const resolved = resolveChart(article, data, locale)
    return palette ? { ...resolved, palette } : resolved
  }
  const body = sectionSlides(article, chart)
  const drafts = [...frontSlides(article, authors, body, ui), ...body]
  if (article.errata.length > 0) drafts.push(errataSlide(article, ui))
  drafts.push(closingSlide(article, authors))
  const { time, budgets } = planTime(drafts.map(d => d.notes), meta.duration)
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
    slides: drafts.map((draft, i) => ({ ...draft, no: i + 1, ...(budgets ? { budget: budgets[i]! } : {}) }) as PlannedSlide),
    time,
  }
}

/** Each section's divider (unless it has none) and its slides. */
function sectionSlides(article: Article, chart: (data: ChartSpec) => ChartData): Draft[] {
  const sections = sectionRefs(article)
  return article.sections.flatMap((data, index): Draft[] => {
    const section = sections[index]!
    const divider: Draft[] = data.divider === false
      ? []
      : [{ kind: 'section', title: data.title, section, sections, notes: '', paragraphs: data.paragraph ? [data.paragraph] : [] }]
    return [...divider, ...data.slides.flatMap(slide => contentSlides(slide, chart).map(d => ({ ...d, section })))]
  })
}

function sectionRefs(article: Article): SectionRef[] {
  return article.sections.map((data, index) => ({ id: data.id, title: data.title, index: index + 1 }))
}

/** The cover, the summary and the agenda: what comes before the sections (`body`). */
function frontSlides(article: Article, authors: Author[], body: readonly Draft[], ui: UiStrings): Draft[] {
  const front: Draft[] = [coverSlide(article, authors)]
  if (article.summary) front.push(summarySlide(article.summary, ui))
  if (!showsAgenda(article)) return front
  const sections = sectionRefs(article)
  // A section starts at its first slide in the body, counted after the front slides.
  const before = front.length + chunkAgenda(sections).length
  const start = (id: string) => before + body.findIndex(d => d.section?.id === id) + 1
  return [...front, ...agenda(sections, start, ui)]
}

/** By default a deck of two or more sections has an agenda: one entry is no route. */
function showsAgenda(article: Article): boolean {
  return article.meta.agenda ?? article.sections.length >= 2
}

function summarySlide(summary: Summary, ui: UiStrings): Omit<SummarySlide, 'no'> {
  const points = summary.points.map(p => ({ text: p.text, paragraphs: [...p.paragraphs] }))
  return {
    kind: 'summary',
    title: ui.summary,
    points,
    notes: summary.notes,
    paragraphs: [...new Set(points.flatMap(p => p.paragraphs))].sort((a, b) => a - b),
  }
}

function agenda(sections: readonly SectionRef[], start: (id: string) => number, ui: UiStrings): Omit<AgendaSlide, 'no'>[] {
  return chunkAgenda(sections).map((chunk, i) => ({
    kind: 'agenda',
    title: ui.agenda,
    entries: chunk.map(section => ({ section, slide: start(section.id) })),
    continued: i > 0,
    notes: '',
    paragraphs: [],
  }))
}

/** Splits a long agenda so each slide lists at most MAX_AGENDA_ENTRIES sections. */
function chunkAgenda(sections: readonly SectionRef[]): SectionRef[][] {
  const chunks: SectionRef[][] = []
  for (let i = 0; i < sections.length; i += MAX_AGENDA_ENTRIES) chunks.push(sections.slice(i, i + MAX_AGENDA_ENTRIES))
  return chunks
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
