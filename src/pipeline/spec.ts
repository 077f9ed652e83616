import { readFile } from 'node:fs/promises';
import { z } from 'zod';

/** A declarative run: which sources to read. (Outputs, concurrency and URL sources come with the batch runner.) */
export const PipelineSpec = z
  .object({
    name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    description: z.string().optional(),
    /** Files or folders, relative to the working directory. */
    sources: z.array(z.string().min(1)).min(1),
  })
  .strict();
export type PipelineSpec = z.infer<typeof PipelineSpec>;

/** Reads and validates a pipeline spec; a bad spec is a usage error with zod's explanation. */
export async function loadPipelineSpec(file: string): Promise<{ spec: PipelineSpec } | { error: string }> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    return { error: `${file}: ${(e as Error).message}` };
  }
  const parsed = PipelineSpec.safeParse(json);
  return parsed.success ? { spec: parsed.data } : { error: `${file}: ${z.prettifyError(parsed.error)}` };
}
