import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { accessSync, constants, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Legacy binary Office files (Word and Excel 97–2003, and WPS Office's .wps and .et, which are the
 * same layouts) are read by converting them with LibreOffice headless into DOCX or XLSX, which the
 * readers of those formats then read. No JavaScript library reads .doc faithfully; for .xls the
 * one that does (SheetJS) is published on npm only in a version with known flaws on crafted files.
 *
 * Each conversion runs in a private temporary folder with a fresh LibreOffice profile (two
 * processes sharing a profile fail silently), macros disabled in that profile, and a time limit
 * after which the whole process group is killed; the folder is removed whatever happens.
 * LibreOffice comes from Debian's `libreoffice-calc-nogui` (XLS, ET) and `libreoffice-writer-nogui`
 * (DOC, WPS); without it a document gets `converter-unavailable` and stays unread.
 */

/** How to run the converter (ParseOptions.converter). */
export interface ConverterOptions {
  /** The LibreOffice executable: a name looked up on PATH, or a path. Default `soffice`. */
  command?: string;
  /** Most time one conversion may take, in milliseconds. Default 60,000. */
  timeoutMs?: number;
}

export const INSTALL_HINT = 'apt-get install -y --no-install-recommends libreoffice-calc-nogui libreoffice-writer-nogui';

export type Target = 'docx' | 'xlsx';

/** The LibreOffice export filter for each target. */
const FILTER: Record<Target, string> = { docx: 'docx:MS Word 2007 XML', xlsx: 'xlsx:Calc MS Excel 2007 XML' };

export type Conversion =
  | { ok: true; bytes: Uint8Array; sha256: string; ms: number; command: string }
  | { ok: false; code: 'converter-unavailable' | 'conversion-failed' | 'conversion-timeout'; reason: string; ms: number };

/** The executable `command` names (a path, or the first match on PATH), or null. */
export function findExecutable(command: string): string | null {
  const candidates = command.includes('/')
    ? [command]
    : (process.env.PATH ?? '')
        .split(path.delimiter)
        .filter(Boolean)
        .map((d) => path.join(d, command));
  for (const c of candidates) {
    try {
      accessSync(c, constants.X_OK);
      return c;
    } catch {
      // not there, or not executable: try the next
    }
  }
  return null;
}

/** A profile that runs no macro of any document (security level "very high", execution disabled). */
const MACROS_OFF = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="MacroSecurityLevel" oor:op="fuse"><value>3</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="DisableMacrosExecution" oor:op="fuse"><value>true</value></prop></item>
</oor:items>
`;

/** Runs the converter; resolves when it exits (or is killed at the time limit). */
function run(exe: string, args: string[], timeoutMs: number, signal?: AbortSignal): Promise<{ code: number | null; timedOut: boolean; stderr: string }> {
  return new Promise((resolve) => {
    // Its own process group: soffice starts soffice.bin, and a time limit must stop both.
    const child = spawn(exe, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    const err: Buffer[] = [];
    let timedOut = false;
    const kill = (): void => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, timeoutMs);
    const onAbort = (): void => {
      timedOut = true;
      kill();
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', (e) => err.push(Buffer.from(e.message)));
    child.on('close', (code) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      resolve({ code, timedOut, stderr: Buffer.concat(err).toString('utf8').trim() });
    });
  });
}

/**
 * Converts `bytes` (a legacy Word or Excel file, named by `inputExt` for LibreOffice's type
 * detection) into `target`. Never throws for the document's sake: an absent converter, a failed or
 * stopped conversion is the result's `code` and `reason`.
 */
export async function convertWithLibreOffice(
  bytes: Uint8Array,
  inputExt: 'doc' | 'xls',
  target: Target,
  options: ConverterOptions = {},
  signal?: AbortSignal,
): Promise<Conversion> {
  const started = performance.now();
  const ms = (): number => Math.round(performance.now() - started);
  const command = options.command ?? 'soffice';
  const exe = findExecutable(command);
  if (!exe)
    return { ok: false, code: 'converter-unavailable', reason: `LibreOffice (${command}) is not installed; install it with: ${INSTALL_HINT}`, ms: ms() };
  const dir = mkdtempSync(path.join(tmpdir(), 'gongkai-convert-'));
  try {
    const profile = path.join(dir, 'profile');
    mkdirSync(path.join(profile, 'user'), { recursive: true });
    writeFileSync(path.join(profile, 'user', 'registrymodifications.xcu'), MACROS_OFF);
    const input = path.join(dir, `document.${inputExt}`);
    const outDir = path.join(dir, 'out');
    writeFileSync(input, bytes);
    const args = [
      '--headless',
      '--invisible',
      '--norestore',
      '--nologo',
      '--nodefault',
      '--nolockcheck',
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--convert-to',
      FILTER[target],
      '--outdir',
      outDir,
      input,
    ];
    const timeoutMs = options.timeoutMs ?? 60_000;
    const r = await run(exe, args, timeoutMs, signal);
    if (r.timedOut)
      return { ok: false, code: 'conversion-timeout', reason: `LibreOffice did not finish converting within ${timeoutMs / 1000} s and was stopped`, ms: ms() };
    let out: Buffer;
    try {
      out = readFileSync(path.join(outDir, `document.${target}`));
    } catch {
      // LibreOffice exits 0 and writes nothing for a file it cannot load.
      return {
        ok: false,
        code: 'conversion-failed',
        reason: `LibreOffice could not convert the file (exit ${r.code}${r.stderr ? `: ${r.stderr.slice(0, 300)}` : ''})`,
        ms: ms(),
      };
    }
    const converted = new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
    return { ok: true, bytes: converted, sha256: createHash('sha256').update(converted).digest('hex'), ms: ms(), command: exe };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
