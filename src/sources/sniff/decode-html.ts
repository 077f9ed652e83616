import type { Diagnostic } from '../../model/index.js';

export interface Decoded {
  text: string;
  /** The decoder used (WHATWG name): `utf-8`, `gb18030`, `utf-16le`, … */
  encoding: string;
  diagnostics: Diagnostic[];
}

/** Labels that mean a GB encoding; GB18030 is a superset of GBK and GB2312, so it decodes them all. */
const GB_LABELS = new Set(['gb2312', 'gbk', 'x-gbk', 'gb18030', 'cp936', 'ms936', 'windows-936', 'csgb2312', 'chinese', 'euc-cn']);

/** The charset a page declares in <meta charset> or <meta http-equiv="Content-Type">, lowercased. */
export function declaredCharset(head: string): string | null {
  const m = /<meta\s[^>]*charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(head) ?? /<\?xml\s[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

const canonical = (label: string): string => (GB_LABELS.has(label) ? 'gb18030' : label === 'utf8' ? 'utf-8' : label);

function tryDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function isKnown(encoding: string): boolean {
  try {
    new TextDecoder(encoding);
    return true;
  } catch {
    return false;
  }
}

const diag = (code: string, severity: Diagnostic['severity'], message: string, detail: Record<string, unknown>): Diagnostic => ({
  code,
  severity,
  stage: 'parse',
  message,
  provenance: { kind: 'file' },
  detail,
});

/**
 * Decodes an HTML file: a BOM wins; then the declared charset, if the bytes really are in it;
 * then UTF-8 or GB18030, whichever decodes without error (many government pages say UTF-8 and
 * are GBK, or say nothing). A mismatch is reported, never silently fixed.
 */
export function decodeHtml(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8', diagnostics: [] };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', diagnostics: [] };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', diagnostics: [] };
  }
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const label = declaredCharset(head);
  const diagnostics: Diagnostic[] = [];
  let declared: string | null = label ? canonical(label) : null;
  if (declared && !isKnown(declared)) {
    diagnostics.push(diag('encoding-unknown-label', 'warning', `declared charset "${label}" is not a known encoding; sniffing the bytes`, { declared: label }));
    declared = null;
  }
  if (declared) {
    const text = tryDecode(bytes, declared);
    if (text !== null) return { text, encoding: declared, diagnostics };
  }
  // The declared charset (if any) does not fit the bytes: try the two encodings Chinese pages use.
  for (const candidate of ['utf-8', 'gb18030']) {
    if (candidate === declared) continue;
    const text = tryDecode(bytes, candidate);
    if (text === null) continue;
    if (declared) {
      diagnostics.push(
        diag('encoding-mismatch', 'warning', `page declares charset "${label}" but its bytes are ${candidate}; decoded as ${candidate}`, {
          declared: label,
          detected: candidate,
        }),
      );
    } else {
      diagnostics.push(diag('encoding-sniffed', 'info', `no charset declared; the bytes decode as ${candidate}`, { detected: candidate }));
    }
    return { text, encoding: candidate, diagnostics };
  }
  const fallback = declared ?? 'utf-8';
  const text = new TextDecoder(fallback).decode(bytes);
  const bad = (text.match(/\uFFFD/g) ?? []).length;
  diagnostics.push(
    diag('encoding-invalid-bytes', 'warning', `${bad} byte sequence(s) are invalid in ${fallback} and in every other encoding tried; replaced with U+FFFD`, {
      declared: label,
      used: fallback,
      replaced: bad,
    }),
  );
  return { text, encoding: fallback, diagnostics };
}
