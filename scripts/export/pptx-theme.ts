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
import { COLOR, pptxHex, type PptxColors } from './pptx-style.ts'

const rgb = (color: string) => `<a:srgbClr val="${pptxHex(color)}"/>`

/**
 * The theme's colours: text, background, the deck's accent and soft tint (a brand's primary and
 * tint when it has one), and the charts' palette as the six accents (a brand's chart colours first
 * when they passed chart-palette.ts's checks).
 */
export function themeColors(palette: PptxColors = COLOR, charts: readonly string[] = PALETTE): string {
  const accents = charts.slice(0, 6).map((color, i) => `<a:accent${i + 1}>${rgb(color)}</a:accent${i + 1}>`).join('')
  return `<a:clrScheme name="Deckwright"><a:dk1>${rgb(palette.ink)}</a:dk1><a:lt1>${rgb(palette.white)}</a:lt1>`
    + `<a:dk2>${rgb(palette.accent)}</a:dk2><a:lt2>${rgb(palette.accentSoft)}</a:lt2>${accents}`
    + `<a:hlink>${rgb(palette.accent)}</a:hlink><a:folHlink>${rgb(palette.muted)}</a:folHlink></a:clrScheme>`
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
