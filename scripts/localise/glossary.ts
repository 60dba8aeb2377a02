/** PLACEHOLDER until the localisation stage lands. */
export interface Glossary {
  entries: unknown[]
}
export const EMPTY_GLOSSARY: Glossary = { entries: [] }
