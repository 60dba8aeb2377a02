/**
 * The brand's logo as the PPTX carries it: a PNG, which every application that opens a PPTX shows
 * (PowerPoint, Keynote, LibreOffice, WPS, Google Slides). An SVG logo is rendered by resvg at
 * eight times the cover's logo height, sharp in print; pptxgenjs cannot write the PNG fallback an
 * SVG picture needs when it runs in Node, and a picture without one shows as broken in older
 * applications.
 */
import type { BrandLogo } from '../deck/brand.ts'
import type { PptxImage } from './pptx-spec.ts'
import { TEXT } from './pptx-style.ts'

/** Pixel height an SVG logo is rendered at: eight times its height on the cover, in points. */
const SVG_RENDER_HEIGHT = TEXT.brandMark.height * 8

export async function logoImage(logo: BrandLogo): Promise<PptxImage> {
  if (logo.format === 'png') return { data: logo.src, width: logo.width, height: logo.height }
  const { Resvg } = await import('@resvg/resvg-js')
  const svg = Buffer.from(logo.src.slice(logo.src.indexOf(',') + 1), 'base64')
  const rendered = new Resvg(svg, { fitTo: { mode: 'height', value: SVG_RENDER_HEIGHT } }).render()
  return { data: `data:image/png;base64,${Buffer.from(rendered.asPng()).toString('base64')}`, width: rendered.width, height: rendered.height }
}
