/**
 * What a run can make, and the handout's layouts: each list is declared once, here, and its type
 * inferred from it. The schema (meta.handout), the pipeline and every command's options read these.
 * Kept in core, with no dependencies, so that the CLI can describe its options without loading
 * the pipeline.
 */

/** Outputs per deck and locale, in the order they are made. */
export const ALL_OUTPUTS = ['slides', 'spa', 'pdf', 'handout', 'pptx', 'html'] as const
export type Output = typeof ALL_OUTPUTS[number]

/** `notes`: one slide per page with its speaker notes (the default); `3up`: three slides a page with ruled lines. */
export const HANDOUT_LAYOUTS = ['notes', '3up'] as const
export type HandoutLayout = typeof HANDOUT_LAYOUTS[number]
