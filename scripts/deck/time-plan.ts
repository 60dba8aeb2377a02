/**
 * The time plan: how long each slide's spoken notes take at a speaking pace, and, when the deck
 * gives `meta.duration`, each slide's share of that time. Pure and browser-safe.
 *
 * A slide needs the time its notes take to speak, and never less than MIN_SLIDE_SECONDS (a
 * divider, the agenda or a continued list is on screen for a moment too). The duration is shared
 * out in proportion to those needs, in whole seconds that add up to the duration exactly: a deck
 * with time to spare gives every slide a little more, a deck that runs long gives each a little
 * less (and `npm run check` warns).
 */
import type { SlideBudget, TimePlan } from './types.ts'

/** The speaking pace the plan assumes: Chinese characters a minute (briefings run at 200–250). */
export const SPEAKING_PACE = 220
/** No slide is planned shorter than this, spoken notes or not. */
export const MIN_SLIDE_SECONDS = 10

/**
 * One unit per spoken syllable, roughly: each Chinese character (and kana, hangul) and each digit
 * counts one, each word in Latin, Greek or Cyrillic letters counts one. Punctuation, spaces and
 * symbols are silent.
 */
const SPOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|\p{Nd}|[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]+/gu

export function spokenUnits(text: string): number {
  return text.match(SPOKEN)?.length ?? 0
}

/** Seconds a slide needs: its notes at the pace, at least MIN_SLIDE_SECONDS. */
export function neededSeconds(notes: string, pace = SPEAKING_PACE): number {
  return Math.max(MIN_SLIDE_SECONDS, (spokenUnits(notes) * 60) / pace)
}

export interface TimedDeck {
  time: TimePlan
  /** One per slide, in order; absent when no duration is given. */
  budgets?: SlideBudget[]
}

/** The time plan of slides with these spoken notes, for a talk of `minutes` (if given). */
export function planTime(notes: readonly string[], minutes: number | undefined, pace = SPEAKING_PACE): TimedDeck {
  const needs = notes.map(n => neededSeconds(n, pace))
  const needed = Math.round(needs.reduce((sum, s) => sum + s, 0))
  if (minutes === undefined) return { time: { duration: 0, needed, pace } }
  const duration = Math.round(minutes * 60)
  let elapsed = 0
  const budgets = shareOut(needs, duration).map(seconds => ({ seconds, elapsed: (elapsed += seconds), total: duration }))
  return { time: { duration, needed, pace }, budgets }
}

/**
 * Whole seconds in proportion to `weights`, adding up to `total` exactly (largest remainder;
 * ties go to the earlier slide, so the result is deterministic).
 */
export function shareOut(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0)
  if (weights.length === 0) return []
  const exact = weights.map(w => (sum > 0 ? (w * total) / sum : total / weights.length))
  const shares = exact.map(Math.floor)
  let left = total - shares.reduce((a, b) => a + b, 0)
  const order = exact.map((x, i) => ({ i, rest: x - Math.floor(x) })).sort((a, b) => b.rest - a.rest || a.i - b.i)
  for (const { i } of order) {
    if (left <= 0) break
    shares[i]!++
    left--
  }
  return shares
}

/** `1:05`, `12:30`, `1:02:03`: seconds as a clock reads. */
export function formatClock(seconds: number): string {
  const s = Math.round(seconds)
  const two = (n: number) => String(n).padStart(2, '0')
  const hours = Math.floor(s / 3600)
  const minutes = Math.floor((s % 3600) / 60)
  return hours > 0 ? `${hours}:${two(minutes)}:${two(s % 60)}` : `${minutes}:${two(s % 60)}`
}
