/**
 * Command-line options with a fixed set of values, declared once for every command: each flag's
 * help text and its parsing come from the same list, and the parsed value's type is inferred from
 * it. A value outside the list is a usage error (exit code 2).
 */
import { fail } from '../core/errors.ts'
import { LOCALES } from '../core/locales.ts'
import { ALL_OUTPUTS, HANDOUT_LAYOUTS } from '../core/outputs.ts'

export const CHOICES = {
  /** `--locale`: one of the regional targets. */
  locale: LOCALES,
  /** `--handout`: the handout layout for this run. */
  handout: HANDOUT_LAYOUTS,
  /** `--only`: a comma-separated list of outputs. */
  only: ALL_OUTPUTS,
} as const

export type ChoiceOption = keyof typeof CHOICES
export type Choice<K extends ChoiceOption> = typeof CHOICES[K][number]

/** `description: a, b or c`, the flag's help text with its values. */
export function choiceHelp(option: ChoiceOption, description: string): string {
  const values = [...CHOICES[option]]
  const last = values.pop()
  return `${description}: ${values.length > 0 ? `${values.join(', ')} or ${last}` : last}`
}

/** The option's value, checked against its list; undefined when the option was not given. */
export function parseChoice<K extends ChoiceOption>(option: K, value: unknown): Choice<K> | undefined {
  if (value === undefined) return undefined
  const allowed: readonly string[] = CHOICES[option]
  if (typeof value !== 'string' || !allowed.includes(value))
    fail('E_USAGE', `--${option}: unknown value "${String(value)}": expected one of ${allowed.join(', ')}`)
  return value as Choice<K>
}

/** A comma-separated list of the option's values (`--only pdf,handout`). */
export function parseChoiceList<K extends ChoiceOption>(option: K, value: unknown): Choice<K>[] | undefined {
  if (value === undefined) return undefined
  const items = String(value).split(',').map(item => item.trim()).filter(Boolean)
  if (items.length === 0) fail('E_USAGE', `--${option}: expected one or more of ${CHOICES[option].join(', ')}`)
  return items.map(item => parseChoice(option, item)!)
}

/** A whole number from `min` to `max` (cac passes numbers or strings); undefined when not given. */
export function parseWholeNumber(option: string, value: unknown, min: number, max: number): number | undefined {
  if (value === undefined) return undefined
  const n = typeof value === 'number' ? value : Number(value)
  if (typeof value === 'boolean' || value === '' || !Number.isInteger(n) || n < min || n > max)
    fail('E_USAGE', `--${option} expects a whole number from ${min} to ${max}, got "${String(value)}"`)
  return n
}
