/**
 * The article schema: what `data/<deck>/article.yaml` may contain.
 * The types below are inferred from it, so the schema is the documentation (see README, "The schema").
 * Every object is strict: an unknown key is an error, so a misspelt field cannot pass silently.
 */
import { z } from 'zod'
import { LOCALES } from '../core/locales.ts'
import { HANDOUT_LAYOUTS } from '../core/outputs.ts'

export const LocaleSchema = z.enum(LOCALES)

const text = z.string().trim().min(1, 'expected a non-empty string')
const id = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, 'expected an id of lowercase letters, digits and hyphens, starting with a letter')
/** 1-based paragraph numbers of source.txt (non-empty lines). */
const paragraphNumber = z.number().int('expected a whole paragraph number').positive('expected a paragraph number from 1')
const paragraphList = z.array(paragraphNumber).min(1, 'expected at least one paragraph number')

export const AuthorSchema = z.strictObject({
  /** Full name as printed in the source. */
  name: text,
  /** Position, for example 首席經濟學家. */
  role: text,
  /** Organisation the author speaks for. */
  organisation: text,
})

export const SourceInfoSchema = z.strictObject({
  /** ISO 639 language of source.txt. Only Chinese is supported today. */
  language: z.literal('zh'),
  /** Script the source is written in: Hant (Traditional) or Hans (Simplified). */
  script: z.enum(['Hant', 'Hans']),
  /** Region whose vocabulary the source uses (CN for a mainland text, even when in Traditional script). */
  region: z.enum(['CN', 'TW', 'HK']),
  /** Where the article was published, if known. */
  publication: text.optional(),
  /** Publication date as printed (YYYY, YYYY-MM or YYYY-MM-DD), if known. */
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD')
    .optional(),
})

export const MetaSchema = z.strictObject({
  /** Deck title, shown on the cover and in PDF metadata. */
  title: text,
  /** One-line subtitle under the title. */
  subtitle: text.optional(),
  /** Authors in the order the source lists them. */
  authors: z.array(AuthorSchema).min(1, 'expected at least one author'),
  /** Responsible editor named by the source. */
  editor: text.optional(),
  /** What source.txt is and where it came from. */
  source: SourceInfoSchema,
  /** Locales to build; every supported locale when omitted. */
  locales: z.array(LocaleSchema).min(1, 'expected at least one locale').optional(),
  /** Keywords for PDF metadata. */
  keywords: z.array(text).optional(),
  /** Default handout layout: `notes` (one slide per page with notes) or `3up`. */
  handout: z.enum(HANDOUT_LAYOUTS).optional(),
  /**
   * The agenda slide after the summary (the sections and where each starts): `false` leaves it
   * out, `true` keeps it even for a single section; by default a deck of two or more sections has one.
   */
  agenda: z.boolean().optional(),
  /** The time the talk has, in minutes: each slide then gets a time budget (see README, "The time plan"). */
  duration: z
    .number()
    .positive('expected a positive number of minutes')
    .max(600, 'expected at most 600 minutes (10 hours)')
    .optional(),
})

export const ErratumSchema = z.strictObject({
  /** Paragraph of source.txt where the typo stands. */
  paragraph: paragraphNumber,
  /** Text exactly as it stands in the source. */
  original: text,
  /** Corrected text used by the data. */
  corrected: text,
  /** How many times it occurs in that paragraph (default 1). */
  count: z.number().int().positive().optional(),
  /** Why this is a typo, when it is not obvious. */
  note: text.optional(),
})

/** A passage from source.txt, after errata; the builder checks that it really is there. */
export const QuoteSchema = z.strictObject({
  /** The exact words, as in source.txt with the errata applied. */
  text,
  /** Paragraph that contains them. */
  paragraph: paragraphNumber,
})

const slideBase = {
  /** Optional stable id, for linking and incremental builds. */
  id: id.optional(),
  /** Slide title. */
  title: text,
  /** Speaker notes a presenter can speak from; blank lines separate paragraphs. */
  notes: text,
  /** Source paragraphs the slide draws on. */
  paragraphs: paragraphList,
}

const bullets = (min: number, max: number) =>
  z.array(text).min(min, `expected at least ${min} bullets`).max(max, `expected at most ${max} bullets`)

export const BulletsSlideSchema = z.strictObject({
  ...slideBase,
  /** Ordinary slide: a title and 2 to 6 bullets. */
  layout: z.literal('bullets'),
  /** Concise points, faithful to the source. Aim for 2 to 6; longer lists continue on a follow-up slide. */
  bullets: bullets(2, 60),
})

export const QuoteSlideSchema = z.strictObject({
  ...slideBase,
  /** A verbatim passage, with up to 4 bullets under it. */
  layout: z.literal('quote'),
  /** The passage, checked against source.txt. */
  quote: QuoteSchema,
  bullets: bullets(0, 4).optional(),
})

export const ColumnSchema = z.strictObject({
  /** Column heading. */
  heading: text,
  /** Points in this column. */
  bullets: bullets(1, 6),
})

export const CompareSlideSchema = z.strictObject({
  ...slideBase,
  /** Two columns side by side, such as large firms against start-ups. */
  layout: z.literal('compare'),
  left: ColumnSchema,
  right: ColumnSchema,
})

/** Channel-comparison chart drawn from the deck's `comparison` block. */
export const RatingChartSchema = z.strictObject({
  /** `radar`: one profile per channel; `heatmap`: dimension by channel grid. */
  type: z.enum(['radar', 'heatmap']),
  /** Channel ids to show, in order; every channel when omitted. */
  channels: z.array(id).min(1).optional(),
  /** Dimension ids to show, in order; every dimension when omitted. */
  dimensions: z.array(id).min(1).optional(),
})

/** A chart of real figures, for articles that give numbers. */
export const DataChartSchema = z.strictObject({
  type: z.enum(['bar', 'line']),
  /** Unit of every value, for example 億元 or %. */
  unit: text,
  /** Where the figures come from (cited under the chart). */
  source: text,
  /** Category labels along the x axis. */
  labels: z.array(text).min(1),
  /** One series per label set; values align with `labels`. */
  series: z
    .array(
      z.strictObject({
        /** Legend label. */
        label: text,
        /** One number per label. */
        values: z.array(z.number().finite()),
      }),
    )
    .min(1),
})

export const ChartSlideSchema = z.strictObject({
  ...slideBase,
  /** A chart with up to 3 bullets explaining it. */
  layout: z.literal('chart'),
  chart: z.union([RatingChartSchema, DataChartSchema]),
  bullets: bullets(0, 3).optional(),
})

export const SlideSchema = z.discriminatedUnion('layout', [
  BulletsSlideSchema,
  QuoteSlideSchema,
  CompareSlideSchema,
  ChartSlideSchema,
])

export const SectionSchema = z.strictObject({
  /** Stable id, unique in the deck. */
  id,
  /** Section title, shown on its divider slide and in the PDF outline. */
  title: text,
  /** The source heading paragraph this section follows, if any. */
  paragraph: paragraphNumber.optional(),
  /** Show a divider slide before the section (default true). */
  divider: z.boolean().optional(),
  /** The section's slides, in order. */
  slides: z.array(SlideSchema).min(1, 'expected at least one slide'),
})

export const ChannelSchema = z.strictObject({
  /** Stable id, referenced by ratings and charts. */
  id,
  /** Label on charts and tables. */
  label: text,
  /**
   * Shorter label for narrow places (heat-map column headings), for a label too long to sit
   * whole in its column; the label when left out. Headings break only between words: at a space,
   * before a bracket, after ／、， or 與及和, so 自有資金（DeepSeek） breaks before （.
   */
  short: text.optional(),
})

export const DimensionSchema = z.strictObject({
  id,
  /** Axis label. */
  label: text,
  /** What a high value means, shown in notes and the handout. */
  description: text,
})

export const RatingSchema = z.strictObject({
  /** Channel id. */
  channel: id,
  /** Dimension id. */
  dimension: id,
  /** Editorial rating on the comparison's scale. */
  value: z.number().finite(),
  /** The article's words this rating rests on. */
  basis: QuoteSchema,
})

export const ComparisonSchema = z.strictObject({
  /** Title of the comparison, used in captions and the handout. */
  title: text,
  /** The rating scale: whole numbers from min to max. */
  scale: z.strictObject({
    min: z.number().int(),
    max: z.number().int(),
    /** What the low end means, for example 低. */
    low: text,
    /** What the high end means, for example 高. */
    high: text,
  }),
  channels: z.array(ChannelSchema).min(2, 'expected at least two channels'),
  dimensions: z.array(DimensionSchema).min(2, 'expected at least two dimensions'),
  /** Editorial ratings; a channel the article says nothing about on a dimension is left unrated. */
  ratings: z.array(RatingSchema).min(1),
})

/** One key message of the summary and the paragraphs it rests on. */
export const SummaryPointSchema = z.strictObject({
  /** The message, in the article's own words. */
  text,
  /** Source paragraphs it rests on (cited beside it). */
  paragraphs: paragraphList,
})

/** Bottom line up front: the article's key messages, on a slide right after the cover. */
export const SummarySchema = z.strictObject({
  /** 2 to 5 key messages, in the order the audience should hear them. */
  points: z.array(SummaryPointSchema).min(2, 'expected at least 2 key messages').max(5, 'expected at most 5 key messages'),
  /** Speaker notes for the summary slide. */
  notes: text,
})

export const ClosingSchema = z.strictObject({
  /** Title of the closing slide. */
  title: text,
  /** Closing points (the authors and source are added by the builder). */
  bullets: bullets(0, 4).optional(),
  /** Speaker notes for the closing slide. */
  notes: text,
})

export const ArticleSchema = z.strictObject({
  meta: MetaSchema,
  /** Typos of the source corrected in this data, listed in the deck's errata. */
  errata: z.array(ErratumSchema).default([]),
  /** The cover's speaker notes. */
  cover_notes: text.optional(),
  /** The key messages, shown right after the cover. */
  summary: SummarySchema.optional(),
  /** The article's parts, in order. */
  sections: z.array(SectionSchema).min(1, 'expected at least one section'),
  /** The finance-channel comparison the chart slides draw on. */
  comparison: ComparisonSchema.optional(),
  /** The closing slide. */
  closing: ClosingSchema,
})

export type Article = z.infer<typeof ArticleSchema>
export type Section = z.infer<typeof SectionSchema>
export type Slide = z.infer<typeof SlideSchema>
export type BulletsSlide = z.infer<typeof BulletsSlideSchema>
export type QuoteSlide = z.infer<typeof QuoteSlideSchema>
export type CompareSlide = z.infer<typeof CompareSlideSchema>
export type ChartSlide = z.infer<typeof ChartSlideSchema>
export type RatingChart = z.infer<typeof RatingChartSchema>
export type DataChart = z.infer<typeof DataChartSchema>
export type Comparison = z.infer<typeof ComparisonSchema>
export type Erratum = z.infer<typeof ErratumSchema>
export type Quote = z.infer<typeof QuoteSchema>
export type Meta = z.infer<typeof MetaSchema>
export type Summary = z.infer<typeof SummarySchema>
