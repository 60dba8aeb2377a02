/**
 * LibreOffice as a reader of the PPTX: `soffice --headless --convert-to pdf`, in a profile of its
 * own (so it runs beside an open LibreOffice), with the decks' fonts found. The PPTX names Noto
 * Sans SC/TC/HK; Debian ships the same typefaces as "Noto Sans CJK SC/TC/HK", so a fontconfig
 * alias stands in for installing them under the PPTX's names, as a reader would install them.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { promisify } from 'node:util'
import { findOffice } from '../../scripts/bin/ensure-setup.mjs'

const run = promisify(execFile)

/** Why the LibreOffice tests cannot run here, or undefined when they can. */
export function officeMissing(): string | undefined {
  return findOffice() ? undefined : 'LibreOffice (soffice) is not installed and could not be installed (npm test installs libreoffice-impress as root)'
}

const FONT_ALIASES = ['SC', 'TC', 'HK']
  .map(r => `<alias binding="same"><family>Noto Sans ${r}</family><prefer><family>Noto Sans CJK ${r}</family></prefer></alias>`)
  .join('')

/** Converts the PPTX files to PDFs in `outDir` with one LibreOffice run; returns the PDFs' paths. */
export async function convertToPdf(files: readonly string[], outDir: string): Promise<string[]> {
  const soffice = findOffice()
  if (!soffice) throw new Error(officeMissing())
  const scratch = await mkdtemp(join(tmpdir(), 'deckwright-office-'))
  try {
    const fonts = join(scratch, 'fonts.conf')
    await writeFile(fonts, `<?xml version="1.0"?><fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include>${FONT_ALIASES}</fontconfig>\n`)
    const profile = `-env:UserInstallation=file://${join(scratch, 'profile')}`
    await run(soffice, [profile, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...files], {
      env: { ...process.env, FONTCONFIG_FILE: fonts, HOME: scratch },
      timeout: 240_000,
    })
    return files.map(file => join(outDir, basename(file).replace(/\.pptx$/, '.pdf')))
  }
  finally {
    await rm(scratch, { recursive: true, force: true })
  }
}
