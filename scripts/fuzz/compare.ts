/**
 * Compares what a deck must show with what the browser showed. Pure: every difference becomes a
 * finding that names the slide, the fuzz case and both texts.
 */
import { collapseSpace, type ExpectedSlide } from './expected.ts'
import type { RenderedDeck, RenderedSlide } from './page-check.ts'

export type FindingKind = 'text' | 'notes' | 'markup' | 'script' | 'page-error' | 'build'

export interface Finding {
  kind: FindingKind
  /** 1-based slide number, when the finding has one. */
  slide?: number
  /** Index of the case in its deck, when the slide belongs to one. */
  caseIndex?: number
  message: string
  expected?: string
  actual?: string
}

export function compareDeck(expected: readonly ExpectedSlide[], rendered: RenderedDeck): Finding[] {
  const findings: Finding[] = []
  if (rendered.scriptRan) findings.push({ kind: 'script', message: 'a payload ran: window.__pwned is set' })
  for (const dialog of rendered.dialogs) findings.push({ kind: 'script', message: `a dialog opened: ${dialog}` })
  for (const error of rendered.pageErrors) findings.push({ kind: 'page-error', message: `page error: ${error}` })
  if (rendered.slides.length !== expected.length)
    findings.push({ kind: 'text', message: `expected ${expected.length} slides, the print view has ${rendered.slides.length}` })
  expected.forEach((slide, i) => findings.push(...compareSlide(slide, rendered.slides[i] ?? { texts: [], chart: [], foreign: [] })))
  findings.push(...compareNotes(expected, rendered.notes))
  for (const { no, title } of rendered.gotoTitles) {
    const slide = expected[no - 1]
    if (slide && slide.title !== title)
      findings.push({ kind: 'text', slide: no, caseIndex: slide.caseIndex, message: 'the go-to dialog lists a different title', expected: slide.title, actual: title })
  }
  return findings
}

function compareSlide(slide: ExpectedSlide, rendered: RenderedSlide): Finding[] {
  const at = { slide: slide.no, caseIndex: slide.caseIndex }
  const findings: Finding[] = rendered.foreign.map(what => ({ kind: 'markup' as const, ...at, message: `slide shows markup no layout writes: ${what}` }))
  const differs = (what: string, expected: readonly string[], actual: readonly string[]) => {
    const i = firstDifference(expected, actual)
    // Later blocks usually shift too: one finding per list is enough to act on.
    if (i >= 0) findings.push({ kind: 'text', ...at, message: `${what} ${i + 1} differs`, expected: expected[i], actual: actual[i] })
  }
  differs('block', slide.texts, rendered.texts)
  differs('chart text', slide.chart, rendered.chart)
  return findings
}

function firstDifference(expected: readonly string[], actual: readonly string[]): number {
  for (let i = 0; i < Math.max(expected.length, actual.length); i++) {
    if (expected[i] !== actual[i]) return i
  }
  return -1
}

function compareNotes(expected: readonly ExpectedSlide[], notes: RenderedDeck['notes']): Finding[] {
  const findings: Finding[] = []
  const byNo = new Map(notes.map(note => [note.no, note]))
  for (const slide of expected) {
    const note = byNo.get(slide.no)
    const at = { slide: slide.no, caseIndex: slide.caseIndex }
    if (!slide.notes) {
      if (note) findings.push({ kind: 'notes', ...at, message: 'the notes page lists notes for a slide without any', actual: note.text })
      continue
    }
    if (!note) {
      findings.push({ kind: 'notes', ...at, message: 'the notes page does not list this slide\'s notes', expected: slide.notes })
      continue
    }
    const text = collapseSpace(note.text)
    if (text !== slide.notes) findings.push({ kind: 'notes', ...at, message: 'notes differ', expected: slide.notes, actual: text })
    if (collapseSpace(note.title) !== collapseSpace(slide.title))
      findings.push({ kind: 'notes', ...at, message: 'the notes page lists a different title', expected: slide.title, actual: note.title })
  }
  return findings
}
