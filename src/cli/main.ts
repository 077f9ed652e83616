import { parseArgs } from 'node:util';
import { dumpCommand } from './dump.js';
import { loadPipelineSpec } from '../pipeline/spec.js';
import { summaryCommand } from './summary.js';

const HELP = `gongkai — reads Chinese government budget and final-account disclosures and checks every figure.

Usage:
  gongkai dump FILE [--json]     print the document model: blocks with outline levels, tables as grids
  gongkai parse PATH… [--json]   parse files and folders; print per document its format, pages, blocks,
                                 tables with their sizes, and diagnostics
  gongkai start [SPEC]           the main job: parse the sources of a pipeline spec
                                 (default pipelines/fixtures.json: every bundled fixture)
  gongkai --help

Exit codes: 0 done, 2 usage error, 3 some documents could not be read.`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(HELP + '\n');
    return command ? 0 : 2;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: rest, allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
  } catch (e) {
    process.stderr.write(`gongkai: ${(e as Error).message}\n${HELP}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  switch (command) {
    case 'dump':
      if (positionals.length !== 1) {
        process.stderr.write('gongkai dump: give exactly one FILE\n');
        return 2;
      }
      return dumpCommand(positionals[0]!, values.json ?? false);
    case 'parse':
      if (positionals.length === 0) {
        process.stderr.write('gongkai parse: give at least one file or folder\n');
        return 2;
      }
      return summaryCommand(positionals, values.json ?? false);
    case 'start': {
      const loaded = await loadPipelineSpec(positionals[0] ?? 'pipelines/fixtures.json');
      if ('error' in loaded) {
        process.stderr.write(`gongkai start: ${loaded.error}\n`);
        return 2;
      }
      // The fixtures include files that fail on purpose (fixtures/odd): they are reported, not an error of the run.
      await summaryCommand(loaded.spec.sources, values.json ?? false);
      return 0;
    }
    default:
      process.stderr.write(`gongkai: unknown command "${command}"\n${HELP}\n`);
      return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
