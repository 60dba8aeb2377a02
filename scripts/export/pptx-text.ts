/**
 * Text in a PPTX: what XML can hold, and how much room it takes. Pure: the font's advance widths
 * come in as `Metrics` (pptx-fonts.ts reads them from the deck's own font).
 *
 * Sizing text here, rather than leaving it to PowerPoint's "shrink text on overflow", is what
 * makes a deck fit when it is first opened: PowerPoint applies that setting only after the text is
 * edited (pptxgenjs's fit: 'shrink' writes a bare <a:normAutofit/>), LibreOffice at once.
 */

/** Advance widths in em of one font family, regular and bold. */
export interface Metrics {
  advance: (codePoint: number, bold: boolean) => number
}

/**
 * Data text as XML 1.0 can carry it, so the file stays valid whatever the data holds. Line breaks
 * (CR LF, CR, vertical tab, form feed) become `\n`, which the writer turns into a line break;
 * characters XML cannot hold or a slide cannot show (other C0 controls, DEL, C1 controls,
 * unpaired surrogates, U+FFFE and U+FFFF) become U+FFFD, the mark the Slidev notes show for them.
 * Everything else, markup-like text included, passes through literally.
 */
export function xmlText(text: string): string {
  return text
    .replace(/\r\n?|[\v\f]/g, '\n')
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f\ufffe\uffff]/g, '\ufffd')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
}

/**
 * Headroom for the difference between this measure and PowerPoint's or LibreOffice's own line
 * breaking (kerning, punctuation compression): lines are filled to this share of the width.
 */
const WIDTH_SLACK = 0.96

/** Characters a line may not start with (closing punctuation), by the usual CJK rule. */
const NO_LINE_START = /[、。，．：；！？）」』】〉》〕”’)\]}!?,.:;%…‥ー々〜～・]/u
/** Characters a line may not end with (opening punctuation). */
const NO_LINE_END = /[（「『【〈《〔“‘([{]/u

/** East Asian wide characters: each is a line-break opportunity of its own. */
export function isWide(codePoint: number): boolean {
  return (codePoint >= 0x1100 && codePoint <= 0x115f) || (codePoint >= 0x2e80 && codePoint <= 0xa4cf)
    || (codePoint >= 0xac00 && codePoint <= 0xd7a3) || (codePoint >= 0xf900 && codePoint <= 0xfaff)
    || (codePoint >= 0xfe30 && codePoint <= 0xfe4f) || (codePoint >= 0xff00 && codePoint <= 0xff60)
    || (codePoint >= 0xffe0 && codePoint <= 0xffe6) || (codePoint >= 0x1f300 && codePoint <= 0x1faff)
    || (codePoint >= 0x20000 && codePoint <= 0x3fffd)
}

/** Pieces of text that stay on one line: a wide character, a word, or a run of spaces. */
function segments(line: string): string[] {
  const out: string[] = []
  for (const match of line.matchAll(/\s+|[^\s]/gu)) {
    const piece = match[0]
    const previous = out[out.length - 1]
    const wide = isWide(piece.codePointAt(0)!)
    const joins = previous !== undefined && !/\s/u.test(piece) && !/\s$/u.test(previous)
      && (NO_LINE_START.test(piece) || NO_LINE_END.test(previous.slice(-1)) || (!wide && !isWide(lastCodePoint(previous))))
    if (joins) out[out.length - 1] = previous + piece
    else out.push(piece)
  }
  return out
}

function lastCodePoint(text: string): number {
  return [...text].at(-1)!.codePointAt(0)!
}

/** Width in points of `text` on one line. */
export function widthOf(text: string, size: number, bold: boolean, metrics: Metrics): number {
  let em = 0
  for (const char of text) em += metrics.advance(char.codePointAt(0)!, bold)
  return em * size
}

/** How many lines `text` takes in a box `width` points wide (a `\n` always starts a new line). */
export function lineCount(text: string, width: number, size: number, bold: boolean, metrics: Metrics): number {
  const room = width * WIDTH_SLACK
  let lines = 0
  for (const hard of text.split('\n')) {
    lines++
    let used = 0
    for (const piece of segments(hard)) {
      const w = widthOf(piece, size, bold, metrics)
      // Spaces may hang past the end of a line; a piece that fits joins the line.
      if (/^\s+$/u.test(piece) || used + w <= room) {
        used += w
        continue
      }
      if (used > 0) lines++
      // A piece wider than a whole line (a long URL) is broken anywhere.
      const extra = Math.max(0, Math.ceil(w / room) - 1)
      lines += extra
      used = w - extra * room
    }
  }
  return lines
}

/**
 * The largest scale, in FitText's 0.04 steps from 1 down to `minScale`, at which `height(scale)`
 * is at most `room`; `minScale` when nothing fits.
 */
export function fitScale(height: (scale: number) => number, room: number, minScale: number): number {
  for (let scale = 1; scale >= minScale - 1e-9; scale = Math.round((scale - 0.04) * 100) / 100) {
    if (height(scale) <= room) return scale
  }
  return minScale
}
