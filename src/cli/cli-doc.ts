import type { Command } from 'commander'
import { memoryIo } from './io.js'
import { buildProgram } from './main.js'

/** Width the generated help is wrapped at (the real CLI wraps at the terminal's width). */
const HELP_WIDTH = 100

/**
 * docs/cli.md: the `--help` of every command and subcommand, in the order `frontline --help` lists
 * them. `npm run docs` writes it; cli-doc.test.ts fails when it is out of date (STYLE.md §5).
 */
export async function renderCliMarkdown(): Promise<string> {
  const { program } = await buildProgram(memoryIo().io)
  const sections: string[] = []
  const visit = (cmd: Command, path: string[]): void => {
    cmd.configureHelp({ helpWidth: HELP_WIDTH })
    const name = [...path, cmd.name()].join(' ')
    sections.push(`## ${name}\n\n\`\`\`text\n${cmd.helpInformation().trimEnd()}\n\`\`\`\n`)
    for (const sub of cmd.commands) visit(sub, [...path, cmd.name()])
  }
  visit(program, [])
  return [
    '# Frontline CLI',
    '',
    '<!-- Generated from `--help` by `npm run docs` (src/cli/cli-doc.ts); do not edit by hand. -->',
    '',
    'Exit codes: 0 ok; 2 bad input (including a batch in which some files were rejected); 3 not found; 4 an upstream failure; 1 a bug.',
    'The database is `./frontline.db` unless `--db PATH` or `FRONTLINE_DB` says otherwise.',
    '',
    ...sections,
  ].join('\n')
}
