import { spawn, spawnSync } from 'node:child_process';
import type { PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js';
import type { Diagnostic } from '../../model/index.js';
import type { OcrOptions } from '../limits.js';
import type { TextRun } from '../pdf/text-runs.js';

/**
 * OCR of a scanned PDF page: the page is rendered by pdfjs onto an @napi-rs/canvas canvas (pdfjs's
 * own optional dependency), written as PNG to tesseract's stdin, and tesseract's TSV output (one
 * row a word, with its box in pixels) becomes text runs in PDF points, top-left origin — the same
 * runs the text layer gives, so the page goes through the same table and paragraph builders.
 *
 * Tesseract is Debian's `tesseract-ocr` with `tesseract-ocr-chi-sim` (the `chi_sim` model). When it
 * is missing, or lacks a language asked for, OCR is `unavailable` with the reason, and the page stays
 * `needs-ocr`. Every run it yields has font `ocr`, and each OCRed page gets an `ocr-text` diagnostic
 * with `detail.source = 'ocr'`: figures read from those pages are not the document's own text.
 */
export const OCR_FONT = 'ocr';
export const DEFAULTS = { command: 'tesseract', languages: 'chi_sim+eng', dpi: 300, maxPages: 50 } as const;

export type ResolvedOcr = { command: string; languages: string; dpi: number; maxPages: number };
export const resolveOcr = (o: boolean | OcrOptions | undefined): ResolvedOcr | null =>
  o ? { ...DEFAULTS, ...(typeof o === 'object' ? Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) : {}) } : null;

export type Availability = { ok: true; version: string } | { ok: false; reason: string };
const availability = new Map<string, Availability>();

/** Whether `command` runs and has every language of `languages` (`tesseract --list-langs`); cached per pair. */
export function ocrAvailable(command: string, languages: string): Availability {
  const key = `${command}\0${languages}`;
  const cached = availability.get(key);
  if (cached) return cached;
  let result: Availability;
  const r = spawnSync(command, ['--list-langs'], { encoding: 'utf8', timeout: 20_000 });
  if (r.error || r.status !== 0) {
    const why =
      (r.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT'
        ? `${command} is not installed (not found on PATH)`
        : `${command} --list-langs failed: ${r.error?.message ?? r.stderr?.trim() ?? `exit ${r.status}`}`;
    result = { ok: false, reason: `${why}; install Debian packages tesseract-ocr and tesseract-ocr-chi-sim` };
  } else {
    const have = new Set(`${r.stdout}\n${r.stderr}`.split('\n').map((l) => l.trim()));
    const missing = languages.split('+').filter((l) => l && !have.has(l));
    if (missing.length)
      result = {
        ok: false,
        reason: `${command} has no model for ${missing.join(', ')}; install tesseract-ocr-${missing[0] === 'chi_sim' ? 'chi-sim' : missing[0]}`,
      };
    else {
      const v = spawnSync(command, ['--version'], { encoding: 'utf8', timeout: 20_000 });
      result = { ok: true, version: /tesseract\s+v?([\d.]+)/i.exec(`${v.stdout}${v.stderr}`)?.[1] ?? 'unknown' };
    }
  }
  availability.set(key, result);
  return result;
}

/** Most pixels a page is rendered to for OCR (an A4 page at 300 dpi is 8.7 million); a larger page is rendered at a lower resolution. */
export const MAX_OCR_PIXELS = 40_000_000;

/** Renders a page to PNG at `dpi` (lower for a page too large for MAX_OCR_PIXELS); throws when @napi-rs/canvas cannot be loaded. */
export async function renderPng(page: PDFPageProxy, wantDpi: number): Promise<{ png: Uint8Array; dpi: number }> {
  // pdfjs is loaded without @napi-rs/canvas (src/parse/pdf/pdfjs.mjs): drawing needs it and its globals.
  const { createCanvas } = (await import('../pdf/pdfjs.mjs')).canvasGlobals();
  const unit = page.getViewport({ scale: 1 });
  const area = Math.max(1, unit.width * unit.height);
  const dpi = Math.max(1, Math.min(wantDpi, 72 * Math.sqrt(MAX_OCR_PIXELS / area)));
  const viewport = page.getViewport({ scale: dpi / 72 });
  const canvas = createCanvas(Math.max(1, Math.ceil(viewport.width)), Math.max(1, Math.ceil(viewport.height)));
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  type Params = Parameters<PDFPageProxy['render']>[0];
  await page.render({ canvas: canvas as unknown as Params['canvas'], canvasContext: ctx as unknown as Params['canvasContext'], viewport }).promise;
  return { png: await canvas.encode('png'), dpi };
}

export interface OcrWord {
  text: string;
  /** pixels, top-left origin */
  left: number;
  top: number;
  width: number;
  height: number;
  conf: number;
  line: string;
}

/** Word rows (level 5) of tesseract's TSV output; rows without text are dropped. */
export function parseTsv(tsv: string): OcrWord[] {
  const words: OcrWord[] = [];
  for (const row of tsv.split('\n').slice(1)) {
    const f = row.split('\t');
    if (f.length < 12 || f[0] !== '5') continue;
    const text = f.slice(11).join('\t').trim();
    if (!text) continue;
    const [left, top, width, height, conf] = [6, 7, 8, 9, 10].map((i) => Number(f[i]));
    if (![left, top, width, height].every(Number.isFinite)) continue;
    words.push({ text, left: left!, top: top!, width: width!, height: height!, conf: Number.isFinite(conf) ? conf! : -1, line: `${f[2]}.${f[3]}.${f[4]}` });
  }
  return words;
}

/**
 * Words as text runs in PDF points. Neighbouring words of one tesseract line closer than half their
 * height are one run (tesseract splits Chinese into single characters, and 1,246.25 stays whole).
 */
export function wordsToRuns(words: readonly OcrWord[], dpi: number): TextRun[] {
  const k = 72 / dpi;
  const runs: TextRun[] = [];
  let last: { run: TextRun; line: string } | null = null;
  for (const w of words) {
    const box = { x0: w.left * k, y0: w.top * k, x1: (w.left + w.width) * k, y1: (w.top + w.height) * k };
    const size = Math.max(1, box.y1 - box.y0);
    if (last && last.line === w.line && box.x0 - last.run.box.x1 < 0.5 * Math.max(size, last.run.size)) {
      const r = last.run;
      const latin = /[A-Za-z0-9]$/.test(r.text) && /^[A-Za-z0-9]/.test(w.text);
      r.text += (latin ? ' ' : '') + w.text;
      r.box = { x0: Math.min(r.box.x0, box.x0), y0: Math.min(r.box.y0, box.y0), x1: Math.max(r.box.x1, box.x1), y1: Math.max(r.box.y1, box.y1) };
      r.size = Math.max(r.size, size);
      r.baseline = r.box.y1;
      continue;
    }
    const run: TextRun = { text: w.text, box, baseline: box.y1, size, font: OCR_FONT };
    runs.push(run);
    last = { run, line: w.line };
  }
  return runs;
}

/** Runs `command stdin stdout -l languages tsv` on the PNG; resolves with stdout, rejects with a reason. */
function tesseract(command: string, languages: string, dpi: number, png: Uint8Array, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, ['stdin', 'stdout', '-l', languages, '--dpi', String(dpi), 'tsv'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(Buffer.concat(out).toString('utf8'));
      else
        reject(
          new Error(
            signal
              ? `${command} was stopped after ${timeoutMs / 1000} s`
              : `${command} exited with ${code}: ${Buffer.concat(err).toString('utf8').trim().slice(0, 300)}`,
          ),
        );
    });
    child.stdin.on('error', () => {}); // a tesseract that dies early closes its stdin: the close handler reports it
    child.stdin.end(png);
  });
}

export type PageOcr = { ok: true; runs: TextRun[]; diagnostic: Diagnostic } | { ok: false; reason: string };

/** OCR of one page: its text runs and the `ocr-text` diagnostic that marks the page, or why it failed. */
export async function ocrPage(page: PDFPageProxy, n: number, opts: ResolvedOcr, pageBox: { width: number; height: number }): Promise<PageOcr> {
  let png: Uint8Array;
  let dpi: number;
  try {
    ({ png, dpi } = await renderPng(page, opts.dpi));
  } catch (e) {
    return { ok: false, reason: `the page could not be rendered for OCR: ${(e as Error).message}` };
  }
  let tsv: string;
  try {
    tsv = await tesseract(opts.command, opts.languages, Math.round(dpi), png, 180_000);
  } catch (e) {
    return { ok: false, reason: (e as Error).message };
  }
  const words = parseTsv(tsv);
  const runs = wordsToRuns(words, dpi);
  const confs = words.map((w) => w.conf).filter((c) => c >= 0);
  const meanConfidence = confs.length ? Math.round(confs.reduce((a, b) => a + b, 0) / confs.length) : null;
  return {
    ok: true,
    runs,
    diagnostic: {
      code: 'ocr-text',
      severity: 'warning',
      stage: 'parse',
      message: `page ${n} is a scanned image; its text and tables were read by OCR (${opts.command}, ${opts.languages}, ${words.length} words, mean confidence ${meanConfidence ?? '-'}): figures from it are not the document's own text and are never more than a warning`,
      provenance: { kind: 'pdf', page: n, bbox: { x0: 0, y0: 0, x1: pageBox.width, y1: pageBox.height } },
      detail: { source: 'ocr', engine: 'tesseract', languages: opts.languages, dpi: Math.round(dpi), words: words.length, meanConfidence },
    },
  };
}
