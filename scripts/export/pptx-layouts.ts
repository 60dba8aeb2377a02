/**
 * One slide layout per kind of slide, with what the slides' frame draws: the title placeholder and
 * its accent rule, the footer rule, the cover's accent band, the divider's soft background, and a
 * brand's logo, footer text and marking. A reader who adds a slide in PowerPoint picks one of these
 * and gets the deck's look. Pure data for pptxgenjs's defineSlideMaster (positions in inches).
 */
import type PptxGenJS from 'pptxgenjs'
import { PPTX_LAYOUTS, type PptxLayout } from './pptx-spec.ts'
import { CONTENT_WIDTH, FOOTER, MARGIN, SLIDE, TEXT, TITLE, type PptxColors } from './pptx-style.ts'

export type MasterObject = NonNullable<PptxGenJS.SlideMasterProps['objects']>[number]

const inch = (pt: number) => pt / 72

function titlePlaceholder(y: number, h: number, color: string): MasterObject {
  return {
    placeholder: {
      options: { name: 'title', type: 'title', x: inch(MARGIN), y: inch(y), w: inch(CONTENT_WIDTH), h: inch(h), fontSize: TITLE.size, bold: true, color, valign: 'bottom', margin: 0 },
      text: '',
    },
  }
}

function layoutObjects(palette: PptxColors, brand: readonly MasterObject[]): Record<PptxLayout, { background: string; objects: MasterObject[] }> {
  const footerRule: MasterObject = {
    line: { x: 0, y: inch(FOOTER.top), w: inch(SLIDE.width), h: 0, line: { color: palette.rule, width: FOOTER.ruleWidth } },
  }
  const titleRule: MasterObject = {
    line: { x: inch(MARGIN), y: inch(TITLE.ruleY), w: inch(CONTENT_WIDTH), h: 0, line: { color: palette.accent, width: TITLE.ruleWidth } },
  }
  /** Slides with a title row: title, its rule, the footer rule. */
  const framed: MasterObject[] = [titlePlaceholder(TITLE.bottom - TITLE.height, TITLE.height, palette.accent), titleRule, footerRule, ...brand]
  const plain = { background: palette.white, objects: framed }
  return {
    cover: {
      background: palette.white,
      objects: [
        { rect: { x: 0, y: 0, w: inch(TEXT.cover.band), h: inch(SLIDE.height), fill: { color: palette.accent }, line: { type: 'none' } } },
        titlePlaceholder(180, 60, palette.accent),
        footerRule,
        ...brand,
      ],
    },
    summary: plain,
    agenda: plain,
    section: { background: palette.accentSoft, objects: [titlePlaceholder(230, 50, palette.ink), footerRule, ...brand] },
    bullets: plain,
    continued: plain,
    quote: plain,
    compare: plain,
    chart: plain,
    errata: plain,
    closing: plain,
  }
}

/** Defines the deck's layouts on `pptx`, named after what each holds, in `palette`, with `brand`'s objects on each. */
export function defineLayouts(pptx: PptxGenJS, palette: PptxColors, brand: readonly MasterObject[] = []): void {
  for (const [layout, { background, objects }] of Object.entries(layoutObjects(palette, brand)) as [PptxLayout, { background: string; objects: MasterObject[] }][])
    pptx.defineSlideMaster({ title: PPTX_LAYOUTS[layout], background: { color: background }, objects })
}
