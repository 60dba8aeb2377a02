/**
 * The CLI entry: the only place that reads argv, prints errors and chooses exit codes.
 * Commands are imported when they run, so `check` never loads Slidev or a browser.
 */
import { cac } from 'cac'
import { DeckError, EXIT, exitCodeFor, formatError } from '../core/errors.ts'
import { VERSION } from '../core/version.ts'
import { choiceHelp } from './options.ts'

type Run = () => Promise<number>

export async function main(argv: string[]): Promise<number> {
  const cli = cac('deckwright')
  let run: Run | undefined

  cli
    .command('deck [...decks]', 'Build decks: Slidev markdown, static SPA, slide PDF, handout PDF, PPTX and one-file deck per locale')
    .option('--locale <locale>', choiceHelp('locale', 'Build only this locale'))
    .option('--handout <layout>', choiceHelp('handout', 'Handout layout (default: the deck\'s meta.handout, else notes)'))
    .option('--only <outputs>', choiceHelp('only', 'Outputs to make, comma-separated (default: all)'))
    .option('--force', 'Rebuild even when inputs did not change')
    .option('--strict', 'Fail a deck that has words of another region (vocabulary warnings)')
    .option('--quiet', 'Print errors only')
    .option('--verbose', 'Print every step')
    .example('npm run deck')
    .example('npm run deck -- deepseek-tech-finance --locale zh-Hant-TW')
    .action((decks: string[], options) => {
      run = async () => (await import('./deck.ts')).deckCommand(decks, options)
    })

  cli
    .command('check [...decks]', 'Validate decks (schema, references, quotes, glossary, regional words, glyphs) without building')
    .option('--quiet', 'Print errors only')
    .option('--strict', 'Words of another region are errors, not warnings (exit 1)')
    .example('npm run check')
    .example('npm run check -- --strict')
    .action((decks: string[], options) => {
      run = async () => (await import('./check.ts')).checkCommand(decks, options)
    })

  cli
    .command('dev <deck>', 'Start the Slidev dev server on a deck; regenerates on every save')
    .option('--locale <locale>', choiceHelp('locale', 'Locale to present (default: the deck\'s first)'))
    .option('--port <port>', 'Port for the dev server (default: 3030, or the next free one)')
    .option('--open', 'Open the deck in a browser')
    .example('npm run dev -- deepseek-tech-finance --locale zh-Hant-HK')
    .action((deck: string, options) => {
      run = async () => (await import('./dev.ts')).devCommand(deck, options)
    })

  cli
    .command('present <deck>', 'Serve a built deck (building what is out of date) with presenter mode; no Vite')
    .option('--locale <locale>', choiceHelp('locale', 'Locale to present (default: the deck\'s first)'))
    .option('--port <port>', 'Port to serve on (default: 3030, or the next free one)')
    .option('--watch', 'Regenerate the deck on every save of its data; the open views follow')
    .example('npm run present -- deepseek-tech-finance')
    .example('npm run present -- deepseek-tech-finance --locale zh-Hant-HK --watch')
    .action((deck: string, options) => {
      run = async () => (await import('./present.ts')).presentCommand(deck, options)
    })

  cli
    .command('import <file>', 'Draft a deck (data/<id>/source.txt and article.yaml) from an article: .txt, .md, .docx or .html')
    .option('--id <id>', 'Deck id, the folder name under data/ (default: a slug of the file name)')
    .option('--force', 'Replace the deck folder when it exists')
    .option('--quiet', 'Print errors only')
    .example('npm run import -- ~/Downloads/article.docx --id my-deck')
    .action((file: string, options) => {
      run = async () => (await import('./import.ts')).importCommand(file, options)
    })

  cli
    .command('rebase <deck> <source>', 'Replace a deck\'s source.txt with a revised article and carry every paragraph reference over')
    .option('--force', 'Apply even when some references cannot be placed (they keep their old numbers)')
    .option('--quiet', 'Print errors only')
    .example('npm run rebase -- my-deck ~/Downloads/article-v2.txt')
    .action((deck: string, source: string, options) => {
      run = async () => (await import('./rebase.ts')).rebaseCommand(deck, source, options)
    })

  cli
    .command('bench', 'Measure regeneration, builds and memory; prints a table')
    .option('--skip-baseline', 'Skip the Slidev-native baseline')
    .action(options => {
      run = async () => (await import('./bench.ts')).benchCommand(options)
    })

  cli
    .command('fuzz', 'Property-test the renderer with random text in a real Slidev build and browser')
    .option('--runs <n>', 'Number of random cases (slides of hostile text) to check', { default: 200 })
    .option('--seed <n>', 'Seed, to replay a failure')
    .action(options => {
      run = async () => (await import('./fuzz.ts')).fuzzCommand(options)
    })

  cli.help()
  cli.version(VERSION)

  try {
    cli.parse(['node', 'deckwright', ...argv], { run: false })
    if (cli.options.help || cli.options.version) return EXIT.ok
    if (!cli.matchedCommand) {
      const name = cli.args[0]
      if (name) throw new DeckError('E_USAGE', `unknown command "${name}"; run "deckwright --help"`)
      cli.outputHelp()
      return EXIT.usage
    }
    await cli.runMatchedCommand()
    return run ? await run() : EXIT.ok
  }
  catch (error) {
    if (error instanceof Error && error.name === 'CACError') {
      process.stderr.write(`E_USAGE: ${error.message}\n`)
      return EXIT.usage
    }
    process.stderr.write(`${formatError(error)}\n`)
    return exitCodeFor(error)
  }
}
