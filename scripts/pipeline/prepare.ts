/**
 * From a validated deck to what each locale needs: the localised plan and its markdown.
 * Pure apart from reading nothing: the caller passes the glossary and paths in.
 */
import { dirname, join, relative } from 'node:path'
import { fail } from '../core/errors.ts'
import { outputName, type ProjectPaths } from '../core/paths.ts'
import type { Deck } from '../load/read-deck.ts'
import type { Locale } from '../core/locales.ts'
import type { Glossary } from '../localise/glossary.ts'
import { localiseArticle } from '../localise/localise-article.ts'
import { renderMarkdown } from '../render/markdown.ts'
import { planDeck, type DeckPlan } from '../render/plan.ts'
import type { PdfMetadata } from '../export/pdf-document.ts'

export interface LocaleTarget {
  deck: Deck
  locale: Locale
  /** `<deck>.<locale>` */
  name: string
  plan: DeckPlan
  markdown: string
  metadata: PdfMetadata
  files: {
    markdown: string
    dist: string
    pdf: string
    handout: string
  }
}

/** The locales to make: the one asked for, which the deck must build, or every locale of the deck. */
export function targetLocales(deck: Deck, locale?: Locale): readonly Locale[] {
  if (locale === undefined) return deck.locales
  if (!deck.locales.includes(locale)) fail('E_LOCALE', `${deck.id} does not build ${locale} (its locales: ${deck.locales.join(', ')})`)
  return [locale]
}

export function prepareLocale(deck: Deck, glossary: Glossary, glossaryFiles: readonly string[], locale: Locale, paths: ProjectPaths, version: string): LocaleTarget {
  const article = localiseArticle(deck.article, locale, glossary, deck.article.meta.source)
  const plan = planDeck(deck.id, article, locale)
  const name = outputName(deck.id, locale)
  const fromRoot = (path: string) => {
    const rel = relative(paths.root, path)
    return rel.startsWith('..') ? path : rel
  }
  const addonRel = relative(dirname(paths.slides), paths.root)
  const markdown = renderMarkdown(plan, {
    version,
    inputs: [join(deck.dir, 'article.yaml'), join(deck.dir, 'source.txt'), ...glossaryFiles].map(fromRoot),
    addon: addonRel ? `./${addonRel}` : './',
  })
  return {
    deck,
    locale,
    name,
    plan,
    markdown,
    metadata: {
      title: plan.title,
      author: plan.authors.join('、'),
      subject: plan.subtitle ?? plan.title,
      keywords: plan.keywords,
      language: locale,
      creator: `Deckwright ${version}`,
    },
    files: {
      markdown: join(paths.slides, `${name}.md`),
      dist: join(paths.dist, name),
      pdf: join(paths.exports, `${name}.pdf`),
      handout: join(paths.exports, `${name}.handout.pdf`),
    },
  }
}
