/**
 * The PPTX theme: the deck's colours (ink, accent, the soft accent and the Okabe–Ito chart
 * palette, so a chart or shape a reader adds matches), and its fonts. The theme's fonts are the
 * locale's Noto Sans for headings and body, Latin and East Asian; runs refer to them (+mj-ea,
 * +mn-ea), so changing the theme's font changes the whole deck. Where Noto Sans is not
 * installed, PowerPoint substitutes by the character set given here (GB 2312 or Big5) and the
 * theme names the system font of the locale's script (Microsoft YaHei, Microsoft JhengHei);
 * PowerPoint and Keynote on macOS use PingFang.
 */
import { PALETTE } from '../charts/chart-style.ts'
import { escapeXml } from './pptx-body.ts'
import type { PptxFont } from './pptx-fonts.ts'
import { COLOR } from './pptx-style.ts'

const rgb = (color: string) => `<a:srgbClr val="${color.replace('#', '').toUpperCase()}"/>`

export function themeColors(): string {
  const accents = PALETTE.slice(0, 6).map((color, i) => `<a:accent${i + 1}>${rgb(color)}</a:accent${i + 1}>`).join('')
  return `<a:clrScheme name="Deckwright"><a:dk1>${rgb(COLOR.ink)}</a:dk1><a:lt1>${rgb(COLOR.white)}</a:lt1>`
    + `<a:dk2>${rgb(COLOR.accent)}</a:dk2><a:lt2>${rgb(COLOR.accentSoft)}</a:lt2>${accents}`
    + `<a:hlink>${rgb(COLOR.accent)}</a:hlink><a:folHlink>${rgb(COLOR.muted)}</a:folHlink></a:clrScheme>`
}

/** PANOSE of a sans-serif text face (Noto Sans CJK's family), for finding a similar substitute. */
const SANS_PANOSE = '020B0500000000000000'

/** The Windows system font of each script, named in the theme's per-script list. */
const SCRIPT_FONTS = { Hans: 'Microsoft YaHei', Hant: 'Microsoft JhengHei' } as const

function fontCollection(tag: 'majorFont' | 'minorFont', font: PptxFont): string {
  const face = escapeXml(font.typeface)
  const scripts = Object.entries(SCRIPT_FONTS).map(([script, typeface]) => `<a:font script="${script}" typeface="${typeface}"/>`).join('')
  return `<a:${tag}><a:latin typeface="${face}" panose="${SANS_PANOSE}" pitchFamily="34" charset="0"/>`
    + `<a:ea typeface="${face}" panose="${SANS_PANOSE}" pitchFamily="34" charset="${font.charset}"/><a:cs typeface=""/>${scripts}</a:${tag}>`
}

export function themeFonts(font: PptxFont, lang: string): string {
  return `<a:fontScheme name="Deckwright ${lang}">${fontCollection('majorFont', font)}${fontCollection('minorFont', font)}</a:fontScheme>`
}
