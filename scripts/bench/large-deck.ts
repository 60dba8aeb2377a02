/**
 * A large deck for the benchmark's printing measure: the first deck's sections repeated (each copy
 * with its own ids and numbered titles, so every slide is distinct) until the deck has exactly the
 * number of slides asked for. Counted with the deck plan, so cover, dividers, follow-up slides,
 * errata and closing are all included.
 */
import { parse, stringify } from 'yaml'
import type { Locale } from '../core/locales.ts'
import { validateArticle } from '../load/validate.ts'
import { planDeck } from '../deck/plan.ts'

interface SectionData {
  id: string
  title: string
  slides: { id?: string; title: string }[]
}

/** article.yaml text for a deck of `slides` slides, in `locale` only; throws when the source cannot reach it. */
export function largeArticleYaml(articleText: string, sourceText: string, slides: number, locale: Locale): string {
  const article = parse(articleText) as { meta: { locales?: string[] }; sections: SectionData[] }
  const sections = article.sections
  article.meta.locales = [locale]
  const count = (data: unknown) => {
    const result = validateArticle({ articleText: stringify(data), articleFile: 'article.yaml', sourceText, sourceFile: 'source.txt' })
    if (!result.article) throw new Error(`the large deck is not valid: ${result.issues[0]?.message}`)
    return planDeck('large', result.article, locale).slides.length
  }
  const copies: SectionData[] = sections.map(section => numbered(section, 1))
  for (let copy = 2; count({ ...article, sections: copies }) < slides; copy++) {
    if (copy > 100) throw new Error(`cannot reach ${slides} slides`)
    for (const section of sections) copies.push(numbered(section, copy))
  }
  // Too many: take slides off, from the end, never going below the number asked for (a bullet
  // list may fill two slides, and a section's last slide takes its divider with it).
  for (let total = count({ ...article, sections: copies }); total > slides;) {
    const trial = lighter(copies, candidate => count({ ...article, sections: candidate }) >= slides)
    if (!trial) throw new Error(`cannot make exactly ${slides} slides`)
    copies.splice(0, copies.length, ...trial)
    total = count({ ...article, sections: copies })
  }
  if (count({ ...article, sections: copies }) !== slides) throw new Error(`cannot make exactly ${slides} slides`)
  return stringify({ ...article, sections: copies })
}

/** The sections with one slide less, the last one `acceptable` takes, trying from the end. */
function lighter(sections: SectionData[], acceptable: (sections: SectionData[]) => boolean): SectionData[] | undefined {
  for (let s = sections.length - 1; s >= 0; s--) {
    for (let i = sections[s]!.slides.length - 1; i >= 0; i--) {
      const slides = sections[s]!.slides.filter((_, k) => k !== i)
      const candidate = slides.length > 0
        ? sections.map((section, k) => (k === s ? { ...section, slides } : section))
        : sections.filter((_, k) => k !== s)
      if (acceptable(candidate)) return candidate
    }
  }
  return undefined
}

function numbered(section: SectionData, copy: number): SectionData {
  return {
    ...section,
    id: `${section.id}-${copy}`,
    title: `${section.title}（${copy}）`,
    slides: section.slides.map(slide => ({ ...slide, ...(slide.id ? { id: `${slide.id}-${copy}` } : {}), title: `${slide.title}（${copy}）` })),
  }
}
