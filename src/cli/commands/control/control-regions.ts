import type { Command } from 'commander'
import { loadRegionLayer } from '../../../control/index.js'
import type { CliContext } from '../../context.js'
import { formatTable } from '../../format.js'
import { writeJson } from '../../output.js'

export function registerControlRegions(control: Command, ctx: CliContext): void {
  control
    .command('regions')
    .description('The regions --region accepts: oblasts of Ukraine and the Russian border oblasts, with their names in English, Ukrainian and Russian')
    .option('--json', 'print the list as JSON (with every accepted spelling)')
    .action((opts: { json?: boolean }) => {
      const regions = loadRegionLayer().regions
      if (opts.json) {
        writeJson(ctx.io, regions.map((r) => ({ id: r.id, country: r.country, name: r.name, nameUk: r.nameUk, nameRu: r.nameRu, aliases: r.aliases })))
        return
      }
      ctx.io.stdout(`${formatTable(['id', 'name', 'українською', 'по-русски'], regions.map((r) => [r.id, r.name, r.nameUk, r.nameRu]))}\n`)
      ctx.io.stdout('Also accepted: "X region", "X oblast", adjective forms (Donetska, Donetskaya), older spellings (Kharkov, Zaporozhye) and the ISO code.\n')
    })
}
