/** Edits for the benchmark: one bullet of an article, changed the way an author would. */

export interface BulletEdit {
  yaml: string
  /** The bullet's text after the edit. */
  text: string
}

/**
 * Appends `marker` to the first bullet of the first `bullets:` list in the article's YAML.
 * Works on the text, so the rest of the file (comments, layout) stays byte for byte the same.
 */
export function editFirstBullet(yaml: string, marker: string): BulletEdit {
  const lines = yaml.split('\n')
  const list = lines.findIndex(line => /^\s*bullets:\s*$/.test(line))
  const item = list < 0 ? -1 : lines.findIndex((line, i) => i > list && /^\s*- \S/.test(line))
  if (item < 0) throw new Error('no bullets: list with an item to edit in the article')
  const [, dash, value] = /^(\s*- )(.*?)\s*$/.exec(lines[item]!)!
  // Inside the quotes of a quoted bullet; after a plain one, where a space and a word stay plain text.
  const quoted = /^(["']).*\1$/.test(value!)
  lines[item] = quoted ? `${dash}${value!.slice(0, -1)} ${marker}${value!.slice(-1)}` : `${dash}${value} ${marker}`
  return { yaml: lines.join('\n'), text: `${quoted ? value!.slice(1, -1) : value} ${marker}` }
}
