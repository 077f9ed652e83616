import { parseArgs } from 'node:util';
import { dumpCommand } from './dump.js';
import { summaryCommand } from './summary.js';
import { ingestCommand, ingestOptions } from './ingest.js';
import { findingsCommand, findingsOptions } from './findings.js';
import { checkCommand } from './check.js';
import { exportCommand, exportOptions } from './export.js';
import { extractCommand } from './extract.js';
import { reportCommand, reportOptions } from './report.js';
import { runCommand } from './run.js';
import { DEFAULT_DB } from '../store/db.js';
import { crawlCommand } from './crawl.js';
import { bodiesCommand } from './bodies.js';
import { crossCommand } from './cross.js';

const HELP = `gongkai — reads Chinese government budget and final-account disclosures and checks every figure.

Usage:
  gongkai dump FILE [--json]     print the document model: blocks with outline levels, tables as grids
  gongkai parse PATH… [--json]   parse files and folders; print per document its format, pages, blocks,
                                 tables with their sizes, and diagnostics
  gongkai extract FILE [--json]  print the records of one document: its kind, department and year, each
                                 table's kind with its numeric cells and facts, line items, 三公, 自评表,
                                 基础数据表, 指标框架 and narrative facts
  gongkai check FILE [--json]    check one document: every rule's outcome (pass, fail, not-applicable,
                                 insufficient-data, not-implemented), then the findings by severity, each
                                 with the numbers on both sides, the tolerance and where each was printed
  gongkai check --cross [--db FILE] [--json]
                                 check the store's documents against each other (a 决算 against its year's
                                 预算, this year's 上年 figures against last year's 决算 and 预算), per body
  gongkai bodies [merge INTO FROM | rename ID NAME] [--db FILE] [--json]
                                 list the publishing bodies with their ids, region codes and names printed;
                                 merge two bodies (a renamed body), or name one
  gongkai ingest PATH… [--db FILE] [--concurrency N] [--timeout SECONDS] [--json] [--fail-on error|warning] [--force]
                 [--ocr] [--max-pages N] [--max-bytes N]
                                 parse, extract and check files and folders into the store (default
                                 data/gongkai.db); documents already stored by this engine version are skipped
                                 (--force: process them again; --ocr: OCR scanned pages with tesseract
                                 chi_sim+eng when installed; --max-pages/--max-bytes: refuse larger files)
  gongkai findings [--db FILE] [--severity error|warning|info] [--rule ID…] [--format table|json|csv]
                                 print the store's findings (--severity: at least that severity)
  gongkai export --format csv|jsonl|xlsx|parquet --out DIR [--db FILE]
                                 write the store's documents, line items, narrative facts, findings and
                                 evidence to DIR: one file per table (csv with a BOM, or jsonl) or one
                                 workbook gongkai.xlsx, with a README.md; amounts stay exact decimals;
                                 parquet: the panel (one row per amount, by region code, body and year)
  gongkai report --out FILE.html [--db FILE]
                                 write one self-contained HTML page: a summary of the documents, then each
                                 document's tables with the cells that are evidence of findings highlighted,
                                 beside every finding with its numbers and evidence
  gongkai run SPEC [--db FILE] [--concurrency N] [--timeout SECONDS] [--force] [--fail-on error|warning]
                                 run a pipeline spec (pipelines/*.json): its folders, globs and URL lists
                                 into its store, then its report and export
  gongkai crawl URL… [--scope PREFIX…] [--depth N] [--pages N] [--interval SECONDS] [--per-host N] [--budget SECONDS]
                 [--db FILE] [--run-dir DIR] [--concurrency N] [--timeout SECONDS]
                                 crawl a site's 预决算公开 column from its listing pages (URL…): pagination,
                                 detail pages and the files they link, within the start pages' folder (--scope:
                                 other path or URL prefixes) and hosts, obeying robots.txt, one request per
                                 --interval seconds (default 1) per host; then read what it found into the
                                 store and say where a document is not what its page says (source-mismatch).
                                 Run again, it asks only the listing pages (conditionally) and what is new
  gongkai start [SPEC]           the main job (npm start): run pipelines/fixtures.json — every bundled
                                 fixture into data/gongkai.db, the summary, data/report.html
  gongkai --help

Exit codes: 0 done, 2 usage error, 3 some documents could not be read,
1 (ingest --fail-on) findings of that severity or worse.`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(HELP + '\n');
    return command ? 0 : 2;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        db: { type: 'string' },
        concurrency: { type: 'string' },
        timeout: { type: 'string' },
        'fail-on': { type: 'string' },
        severity: { type: 'string' },
        rule: { type: 'string', multiple: true },
        format: { type: 'string' },
        force: { type: 'boolean' },
        out: { type: 'string' },
        ocr: { type: 'boolean' },
        'max-pages': { type: 'string' },
        'max-bytes': { type: 'string' },
        scope: { type: 'string', multiple: true },
        depth: { type: 'string' },
        pages: { type: 'string' },
        interval: { type: 'string' },
        'per-host': { type: 'string' },
        budget: { type: 'string' },
        'run-dir': { type: 'string' },
        cross: { type: 'boolean' },
      },
    });
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
    case 'ingest': {
      const o = ingestOptions(positionals, values);
      if (typeof o === 'string') {
        process.stderr.write(`gongkai ingest: ${o}\n`);
        return 2;
      }
      return ingestCommand(o);
    }
    case 'findings': {
      const o = findingsOptions(values);
      if (typeof o === 'string' || positionals.length) {
        process.stderr.write(`gongkai findings: ${typeof o === 'string' ? o : 'takes no positional arguments'}\n`);
        return 2;
      }
      return findingsCommand(o);
    }
    case 'bodies':
      return bodiesCommand(positionals, { db: values.db ?? DEFAULT_DB, json: values.json ?? false });
    case 'extract':
    case 'check':
      if (command === 'check' && values.cross) {
        if (positionals.length) {
          process.stderr.write('gongkai check --cross: takes no FILE (it checks the store)\n');
          return 2;
        }
        return crossCommand({ db: values.db ?? DEFAULT_DB, json: values.json ?? false });
      }
      if (positionals.length !== 1) {
        process.stderr.write(`gongkai ${command}: give exactly one FILE\n`);
        return 2;
      }
      return command === 'extract' ? extractCommand(positionals[0]!, values.json ?? false) : checkCommand(positionals[0]!, values.json ?? false);
    case 'export': {
      const o = exportOptions(values);
      if (typeof o === 'string' || positionals.length) {
        process.stderr.write(`gongkai export: ${typeof o === 'string' ? o : 'takes no positional arguments'}\n`);
        return 2;
      }
      return exportCommand(o);
    }
    case 'report': {
      const o = reportOptions(values);
      if (typeof o === 'string' || positionals.length) {
        process.stderr.write(`gongkai report: ${typeof o === 'string' ? o : 'takes no positional arguments'}\n`);
        return 2;
      }
      return reportCommand(o);
    }
    case 'run':
      if (positionals.length !== 1) {
        process.stderr.write('gongkai run: give exactly one pipeline SPEC (pipelines/NAME.json)\n');
        return 2;
      }
      return runCommand(positionals[0]!, values, { failedIsError: true });
    case 'crawl':
      if (positionals.length === 0) {
        process.stderr.write('gongkai crawl: give at least one listing page URL\n');
        return 2;
      }
      return crawlCommand(positionals, values);
    case 'start':
      return runCommand(positionals[0] ?? 'pipelines/fixtures.json', { ...values, 'fail-on': undefined }, { failedIsError: false });
    default:
      process.stderr.write(`gongkai: unknown command "${command}"\n${HELP}\n`);
      return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
