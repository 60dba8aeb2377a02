/**
 * Checks that a logo file is the image it says it is, and reads its size. Pure over bytes: the
 * PNG is decoded in full (pdf-lib's decoder), the SVG parsed by resvg, so a truncated or
 * mislabelled file is refused here rather than drawn as a broken image on every slide.
 */
import type { BrandLogo } from '../deck/brand.ts'

/** Logos are small; this one travels inline in every slide deck and document. */
export const MAX_LOGO_BYTES = 512 * 1024

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

/** What a file's first bytes say it is, for the message when it is not what its name says. */
function sniff(bytes: Uint8Array): string {
  const head = (...sig: number[]) => sig.every((b, i) => bytes[i] === b)
  if (head(...PNG_SIGNATURE)) return 'a PNG image'
  if (head(0xff, 0xd8, 0xff)) return 'a JPEG image'
  if (head(0x47, 0x49, 0x46)) return 'a GIF image'
  if (head(0x52, 0x49, 0x46, 0x46)) return 'a RIFF (WebP) file'
  if (head(0x25, 0x50, 0x44, 0x46)) return 'a PDF document'
  if (head(0x50, 0x4b, 0x03, 0x04)) return 'a zip archive'
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 512)).trimStart().toLowerCase()
  if (text.startsWith('<?xml') || text.startsWith('<svg') || text.includes('<svg')) return 'SVG text'
  if (text.startsWith('<!doctype html') || text.startsWith('<html')) return 'an HTML page'
  return bytes.length === 0 ? 'empty' : 'not an image'
}

export type LogoCheck = { logo: BrandLogo } | { problem: string }

/** The logo as every output carries it, or why the file cannot be one. `format` comes from the file's extension. */
export async function inspectLogo(bytes: Uint8Array, format: 'svg' | 'png'): Promise<LogoCheck> {
  if (bytes.length > MAX_LOGO_BYTES)
    return { problem: `${Math.round(bytes.length / 1024)} KB: a logo may have at most ${MAX_LOGO_BYTES / 1024} KB (it travels inside every deck and document); optimise the SVG or make the PNG smaller` }
  const kind = sniff(bytes)
  if (format === 'png') {
    if (kind !== 'a PNG image') return { problem: `not a PNG image: the file is ${kind}` }
    const size = await pngSize(bytes)
    return 'problem' in size ? size : { logo: { src: dataUri('image/png', bytes), format, ...size } }
  }
  if (kind !== 'SVG text') return { problem: `not an SVG image: the file is ${kind}` }
  const size = await svgSize(bytes)
  return 'problem' in size ? size : { logo: { src: dataUri('image/svg+xml', bytes), format, ...size } }
}

function dataUri(mime: string, bytes: Uint8Array): string {
  return `data:${mime};base64,${Buffer.from(bytes).toString('base64')}`
}

type Size = { width: number; height: number } | { problem: string }

async function pngSize(bytes: Uint8Array): Promise<Size> {
  const { PDFDocument } = await import('pdf-lib')
  try {
    const image = await (await PDFDocument.create()).embedPng(bytes)
    return { width: image.width, height: image.height }
  }
  catch (error) {
    return { problem: `not a readable PNG image: ${(error as Error).message.split('\n')[0]}` }
  }
}

async function svgSize(bytes: Uint8Array): Promise<Size> {
  const { Resvg } = await import('@resvg/resvg-js')
  try {
    const svg = new Resvg(Buffer.from(bytes), { font: { loadSystemFonts: false } })
    if (!(svg.width > 0 && svg.height > 0)) return { problem: 'the SVG has no size: give it a viewBox' }
    return { width: svg.width, height: svg.height }
  }
  catch (error) {
    return { problem: `not a readable SVG image: ${String((error as Error).message ?? error).split('\n')[0]}` }
  }
}
