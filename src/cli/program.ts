import { Argument, Command, CommanderError, Option } from 'commander';
import { ENGINE_VERSION } from '../pipeline/version.js';
import { defaultStore, existingFile, existingStore, UsageError } from './usage.js';

/**
 * The `gongkai` command line (commander: per-command help, "did you mean" for commands and options,
 * choices checked). Each command's module is imported when that command runs, so `--help`,
 * `--version` and `rules` load no parser and no pipeline.
 */

const EXIT_CODES = `Exit codes:
  0  done: every document was read (whatever was found in it)
  1  --fail-on named a severity that was found
  2  usage error: an unknown command or option, a missing file, a bad value
  3  some documents or sources could not be read (unreadable files, failed URLs); the rest was done
  4  nothing could be read: every source failed (gongkai run)`;

const FORMAT_NOTE = `Every document is reported as read, read in part or unreadable (with why), apart from what was
found in it (errors, warnings, info): a document with no findings is clean only when it was read.
文档先报告读取情况（已读取 / 部分读取 / 无法读取，及原因），再报告发现的问题。`;

/** Comma-separated or repeated: `--rule a,b --rule c`. */
const collect = (v: string, prev: string[]): string[] => [
  ...prev,
  ...v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
];

const dbOption = (): Option => new Option('--db <file>', 'the store (default: $GONGKAI_DB, else data/gongkai.db in the working folder)');
const failOn = (): Option => new Option('--fail-on <severity>', 'exit 1 when findings of this severity or worse were found').choices(['error', 'warning']);

interface IngestFlags {
  db?: string;
  concurrency?: string;
  timeout?: string;
  json?: boolean;
  failOn?: string;
  force?: boolean;
  ocr?: boolean;
  maxPages?: string;
  maxBytes?: string;
}

/** commander's camelCase options as the validators' flag names. */
const ingestValues = (o: IngestFlags) => ({
  db: o.db,
  concurrency: o.concurrency,
  timeout: o.timeout,
  json: o.json,
  'fail-on': o.failOn,
  force: o.force,
  ocr: o.ocr,
  'max-pages': o.maxPages,
  'max-bytes': o.maxBytes,
});

const usage = <T>(v: T | string): T => {
  if (typeof v === 'string') throw new UsageError(v);
  return v;
};

function program(setExit: (code: number) => void, onCommand: (name: string) => void): Command {
  const p = new Command('gongkai')
    .description('reads Chinese government budget and final-account disclosures (部门预算, 部门决算, 绩效自评) and checks every figure')
    .version(`gongkai ${ENGINE_VERSION.replace(/\+r(\d+)$/, ' (engine revision $1)')}`, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'print help')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ outputError: () => {} })
    .addHelpText('after', `\n${FORMAT_NOTE}\n\n${EXIT_CODES}`)
    .hook('preSubcommand', (_p, sub) => onCommand(sub.name()));
  p.command('dump')
    .description('print the document model as the parser saw it: blocks with outline levels, tables as grids')
    .argument('<file>', 'a PDF, DOCX or HTML file')
    .option('--json', 'the model as JSON')
    .action(async (file: string, o: { json?: boolean }) => {
      existingFile(file, 'dump');
      const { dumpCommand } = await import('./dump.js');
      setExit(await dumpCommand(file, o.json ?? false));
    });

  p.command('parse')
    .description('parse files and folders; per document: how well it was read, format, pages, blocks, tables with their sizes and kinds, diagnostics')
    .argument('<paths...>', 'files, folders or globs')
    .option('--json', 'the documents as JSON')
    .action(async (paths: string[], o: { json?: boolean }) => {
      const { summaryCommand } = await import('./summary.js');
      setExit(await summaryCommand(paths, o.json ?? false));
    });

  p.command('extract')
    .description(
      "print one document's records: how well it was read, its kind, department and year, each table's kind with its numeric cells, line items, 三公, 自评表, 基础数据表, 指标框架, narrative facts",
    )
    .argument('<file>', 'a PDF, DOCX or HTML file')
    .option('--json', 'the records as JSON')
    .action(async (file: string, o: { json?: boolean }) => {
      existingFile(file, 'extract');
      const { extractCommand } = await import('./extract.js');
      setExit(await extractCommand(file, o.json ?? false));
    });

  p.command('check')
    .description(
      'check one document: how well it was read, what was found (errors, warnings, info), every rule’s outcome, then each finding with the numbers on both sides, the tolerance and where each was printed; with --cross, the store’s documents against each other',
    )
    .argument('[file]', 'a PDF, DOCX or HTML file')
    .option('--json', 'the check report as JSON')
    .addOption(failOn())
    .option(
      '--cross',
      'check the store’s documents against each other instead (a 决算 against its year’s 预算, this year’s 上年 figures against last year’s 决算 and 预算), per body',
    )
    .addOption(dbOption())
    .addHelpText('after', '\nExits 3 when the file could not be read (it was not checked), 1 with --fail-on when such findings were found, else 0.')
    .action(async (file: string | undefined, o: { json?: boolean; failOn?: 'error' | 'warning'; cross?: boolean; db?: string }) => {
      if (o.cross) {
        if (file !== undefined) throw new UsageError('--cross takes no FILE (it checks the store)');
        const { crossCommand } = await import('./cross.js');
        setExit(crossCommand({ db: existingStore(o.db ?? defaultStore()), json: o.json ?? false }));
        return;
      }
      if (file === undefined) throw new UsageError('give a FILE to check (or --cross to check the store)');
      if (o.db !== undefined) throw new UsageError('--db goes with --cross (one FILE is checked without a store)');
      existingFile(file, 'check');
      const { checkCommand } = await import('./check.js');
      setExit(await checkCommand(file, { json: o.json ?? false, failOn: o.failOn ?? null }));
    });

  p.command('ingest')
    .description(
      'parse, extract and check files and folders into the store; documents this engine version stored already are skipped; files that are not disclosures (.txt, images …) in a folder are skipped and counted',
    )
    .argument('<paths...>', 'files, folders or globs')
    .addOption(dbOption())
    .option('--concurrency <n>', 'worker threads (1–64; default one per core, at most 4)')
    .option('--timeout <seconds>', 'time limit per document (default 120)')
    .option('--json', 'print the summary as JSON (the per-document lines go to stderr)')
    .addOption(failOn())
    .option('--force', 'process documents again even when this engine version stored them')
    .option('--ocr', 'OCR scanned pages with tesseract (chi_sim+eng) when it is installed')
    .option('--max-pages <n>', 'refuse PDFs with more pages')
    .option('--max-bytes <n>', 'refuse larger files')
    .action(async (paths: string[], o: IngestFlags) => {
      const { ingestCommand, ingestOptions } = await import('./ingest.js');
      setExit(await ingestCommand(usage(ingestOptions(paths, ingestValues(o)))));
    });

  p.command('bodies')
    .description(
      'list the publishing bodies with their ids, region codes and the names documents print; merge two bodies (one body printed two ways, or renamed), or name one',
    )
    .addArgument(new Argument('[action]', 'list (the default), merge INTO FROM, or rename ID NAME').choices(['list', 'merge', 'rename']).default('list'))
    .argument('[args...]', 'merge: the body ids INTO and FROM; rename: the body id and its name')
    .addOption(dbOption())
    .option('--json', 'the bodies as JSON')
    .action(async (action: 'list' | 'merge' | 'rename', args: string[], o: { db?: string; json?: boolean }) => {
      const { bodiesCommand } = await import('./bodies.js');
      setExit(bodiesCommand(action, args, { db: o.db ?? defaultStore(), json: o.json ?? false }));
    });

  p.command('findings')
    .description("print the store's findings (current versions only), after the documents that were not read in full")
    .addOption(dbOption())
    .addOption(new Option('--severity <severity>', 'at least this severity').choices(['error', 'warning', 'info']))
    .option('--rule <ids>', 'only these rules (comma-separated or repeated; gongkai rules lists them)', collect, [])
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'))
    .action(async (o: { db?: string; severity?: string; rule: string[]; format: string }) => {
      const { findingsCommand, findingsOptions } = await import('./findings.js');
      setExit(findingsCommand(usage(findingsOptions(o))));
    });

  p.command('export')
    .description(
      "write the store's current documents, line items, narrative facts, findings, evidence and the panel (one row per amount, by region code, body, year and 科目): one file per table (csv with a BOM, jsonl or parquet) or one workbook gongkai.xlsx, with a README.md that is the data dictionary",
    )
    .addOption(new Option('--format <format>', 'file format').choices(['csv', 'jsonl', 'xlsx', 'parquet']).makeOptionMandatory())
    .requiredOption('--out <dir>', 'the folder to write to (made when missing)')
    .addOption(dbOption())
    .action(async (o: { db?: string; format: string; out: string }) => {
      const { exportCommand, exportOptions } = await import('./export.js');
      setExit(await exportCommand(usage(exportOptions(o))));
    });

  p.command('report')
    .description(
      "write one self-contained HTML page of the store's current documents: an index, filters by severity and rule, each document's findings (errors first) beside its tables with the evidence cells highlighted",
    )
    .requiredOption('--out <file.html>', 'the page to write')
    .addOption(dbOption())
    .action(async (o: { db?: string; out: string }) => {
      const { reportCommand, reportOptions } = await import('./report.js');
      setExit(reportCommand(usage(reportOptions(o))));
    });

  p.command('run')
    .description('run a pipeline spec (pipelines/*.json): its folders, globs and URL lists into its store, then its report and export')
    .argument('<spec>', 'the pipeline spec (JSON)')
    .addOption(dbOption())
    .option('--concurrency <n>', 'worker threads')
    .option('--timeout <seconds>', 'time limit per document')
    .option('--json', 'print the summary as JSON')
    .addOption(failOn())
    .option('--force', 'process documents again')
    .option('--ocr', 'OCR scanned pages')
    .option('--max-pages <n>', 'refuse PDFs with more pages')
    .option('--max-bytes <n>', 'refuse larger files')
    .addHelpText(
      'after',
      '\nExits 3 when a source or document could not be read (a URL that fails, a 404, an unreadable file), 4 when nothing could be read at all.',
    )
    .action(async (spec: string, o: IngestFlags) => {
      existingFile(spec, 'run');
      const { runCommand } = await import('./run.js');
      setExit(await runCommand(spec, ingestValues(o), { failedIsError: true }));
    });

  p.command('crawl')
    .description(
      "crawl a site's 预决算公开 column from its listing pages: pagination, detail pages and the files they link, within the start pages' folder (--scope: other path or URL prefixes) and hosts, obeying robots.txt; then read what it found into the store and say where a document is not what its page says (source-mismatch)",
    )
    .argument('<urls...>', 'listing page URLs')
    .option('--scope <prefix>', 'another path or URL prefix to stay within (repeated)', (v: string, prev: string[]) => [...prev, v], [] as string[])
    .option('--depth <n>', 'link depth to follow')
    .option('--pages <n>', 'pages to visit at most')
    .option('--interval <seconds>', 'least time between two requests to one host (default 1)')
    .option('--per-host <n>', 'requests in flight at once to one host')
    .option('--budget <seconds>', 'time the crawl may take')
    .addOption(dbOption())
    .option('--run-dir <dir>', 'where downloads and the HTTP cache go (default data/runs/crawl)')
    .option('--concurrency <n>', 'worker threads')
    .option('--timeout <seconds>', 'time limit per document')
    .action(
      async (
        urls: string[],
        o: IngestFlags & { scope: string[]; depth?: string; pages?: string; interval?: string; perHost?: string; budget?: string; runDir?: string },
      ) => {
        const { crawlCommand } = await import('./crawl.js');
        setExit(
          await crawlCommand(urls, {
            ...ingestValues(o),
            scope: o.scope,
            depth: o.depth,
            pages: o.pages,
            interval: o.interval,
            'per-host': o.perHost,
            budget: o.budget,
            'run-dir': o.runDir,
          }),
        );
      },
    );

  p.command('start')
    .description(
      'the main job (npm start): run pipelines/fixtures.json — every bundled fixture into data/fixtures.db, the summary, data/report.html; exits 0 though some fixtures are unreadable on purpose',
    )
    .argument('[spec]', 'another pipeline spec', 'pipelines/fixtures.json')
    .action(async (spec: string) => {
      existingFile(spec, 'start');
      const { runCommand } = await import('./run.js');
      setExit(await runCommand(spec, {}, { failedIsError: false }));
    });

  p.command('rules')
    .description('list the rules with what each checks (English and Chinese), or show one')
    .argument('[id]', 'a rule id')
    .option('--json', 'as JSON')
    .action(async (id: string | undefined, o: { json?: boolean }) => {
      const { rulesCommand } = await import('./rules.js');
      setExit(rulesCommand(id, o.json ?? false));
    });

  return p;
}

/** commander's message as one line: `unknown option '--jsn' (did you mean --json?)`. */
const oneLine = (message: string): string =>
  message
    .replace(/^error: /, '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => l.replace(/^\((Did you mean .*)\)$/, (_m, s: string) => `(${s.charAt(0).toLowerCase()}${s.slice(1)})`))
    .join(' ');

/** Runs one gongkai command line; returns its exit code (a usage error is one line on stderr and 2). */
export async function main(argv: string[]): Promise<number> {
  let code = 0;
  let command = '';
  const p = program(
    (c) => (code = c),
    (name) => (command = name),
  );
  if (argv.length === 0) {
    process.stderr.write(p.helpInformation());
    return 2;
  }
  const where = () => `gongkai${command ? ` ${command}` : ''}`;
  try {
    await p.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      process.stderr.write(`${where()}: ${oneLine(e.message)}; see ${where()} --help\n`);
      return 2;
    }
    if (e instanceof UsageError) {
      process.stderr.write(`${where()}: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
