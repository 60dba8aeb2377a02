/**
 * One slide layout per kind of slide, with what the slides' frame draws: the title placeholder and
 * its accent rule, the footer rule, the cover's accent band, the divider's soft background. A
 * reader who adds a slide in PowerPoint picks one of these and gets the deck's look. Pure data
 * for pptxgenjs's defineSlideMaster (positions in inches).
 */
import type PptxGenJS from 'pptxgenjs'
import { PPTX_LAYOUTS, type PptxLayout } from './pptx-spec.ts'
import { COLOR, CONTENT_WIDTH, FOOTER, MARGIN, SLIDE, TEXT, TITLE } from './pptx-style.ts'

type MasterObject = NonNullable<PptxGenJS.SlideMasterProps['objects']>[number]

const inch = (pt: number) => pt / 72

const footerRule: MasterObject = {
  line: { x: 0, y: inch(FOOTER.top), w: inch(SLIDE.width), h: 0, line: { color: COLOR.rule, width: FOOTER.ruleWidth } },
}

const titleRule: MasterObject = {
  line: { x: inch(MARGIN), y: inch(TITLE.ruleY), w: inch(CONTENT_WIDTH), h: 0, line: { color: COLOR.accent, width: TITLE.ruleWidth } },
}

function titlePlaceholder(y: number, h: number, color: string): MasterObject {
  return {
    placeholder: {
      options: { name: 'title', type: 'title', x: inch(MARGIN), y: inch(y), w: inch(CONTENT_WIDTH), h: inch(h), fontSize: TITLE.size, bold: true, color, valign: 'bottom', margin: 0 },
      text: '',
    },
  }
}

/** Slides with a title row: title, its rule, the footer rule. */
const framed: MasterObject[] = [titlePlaceholder(TITLE.bottom - TITLE.height, TITLE.height, COLOR.accent), titleRule, footerRule]

const OBJECTS: Record<PptxLayout, { background: string; objects: MasterObject[] }> = {
  cover: {
    background: COLOR.white,
    objects: [
      { rect: { x: 0, y: 0, w: inch(TEXT.cover.band), h: inch(SLIDE.height), fill: { color: COLOR.accent }, line: { type: 'none' } } },
      titlePlaceholder(180, 60, COLOR.accent),
      footerRule,
    ],
  },
  section: { background: COLOR.accentSoft, objects: [titlePlaceholder(230, 50, COLOR.ink), footerRule] },
  bullets: { background: COLOR.white, objects: framed },
  continued: { background: COLOR.white, objects: framed },
  quote: { background: COLOR.white, objects: framed },
  compare: { background: COLOR.white, objects: framed },
  chart: { background: COLOR.white, objects: framed },
  errata: { background: COLOR.white, objects: framed },
  closing: { background: COLOR.white, objects: framed },
}

/** Defines the deck's layouts on `pptx`, named after what each holds. */
export function defineLayouts(pptx: PptxGenJS): void {
  for (const [layout, { background, objects }] of Object.entries(OBJECTS) as [PptxLayout, (typeof OBJECTS)[PptxLayout]][])
    pptx.defineSlideMaster({ title: PPTX_LAYOUTS[layout], background: { color: background }, objects })
}
