import { z } from 'zod';
import { Provenance } from './provenance.js';

/** The pipeline stage that raised a diagnostic, in pipeline order. */
export const Stage = z.enum(['source', 'detect', 'parse', 'normalise', 'classify', 'extract', 'check', 'store']);
export type Stage = z.infer<typeof Stage>;

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

/**
 * A problem with the input, recorded as data. Bad input never throws: it yields diagnostics.
 * `error` means the document (or the part named by `provenance`) could not be read as it should;
 * `warning` needs a person to look; `info` is a note.
 */
export const Diagnostic = z.object({
  /** Stable kebab-case code, e.g. `empty-file`, `encoding-mismatch`, `pdf-encrypted`. */
  code: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  severity: Severity,
  stage: Stage,
  /** Human-readable explanation, in English; quotes document text as printed. */
  message: z.string(),
  provenance: Provenance.optional(),
  /** Structured details (declared vs detected encoding, byte counts, …). */
  detail: z.record(z.string(), z.unknown()).optional(),
});
export type Diagnostic = z.infer<typeof Diagnostic>;

export const diagnostic = (d: Diagnostic): Diagnostic => d;
