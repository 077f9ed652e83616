import { extractInNet } from '../pipeline/process.js';
import { extractText, noRecordsText } from '../report/text/extract.js';
import { readSource } from '../sources/file.js';

/** `gongkai extract FILE [--json]`: the records of one document; exit 3 when nothing could be read from it. */
export async function extractCommand(file: string, json: boolean): Promise<number> {
  const { records, reading } = await extractInNet(await readSource(file));
  const reasons = reading.reasons.map((d) => ({ code: d.code, severity: d.severity, stage: d.stage, message: d.message }));
  process.stdout.write(
    json
      ? JSON.stringify({ reading: reading.reading, reasons, ...records, blocks: undefined }, null, 2) + '\n'
      : records
        ? extractText(records, reading)
        : noRecordsText(file, reading),
  );
  return reading.reading === 'unreadable' ? 3 : 0;
}
