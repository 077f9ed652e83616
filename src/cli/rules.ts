import { ruleEntries } from '../report/rules.js';
import { rulesText, ruleText } from '../report/text/rules.js';
import { didYouMean, UsageError } from './usage.js';

/** `gongkai rules [ID] [--json]`: the rules, or one rule; an unknown id is a usage error with the nearest ids. */
export function rulesCommand(id: string | undefined, json: boolean): number {
  const entries = ruleEntries();
  if (id === undefined) {
    process.stdout.write(json ? JSON.stringify(entries, null, 2) + '\n' : rulesText(entries));
    return 0;
  }
  const e = entries.find((x) => x.id === id);
  if (!e)
    throw new UsageError(
      `no rule "${id}"${didYouMean(
        id,
        entries.map((x) => x.id),
      )}; gongkai rules lists them`,
    );
  process.stdout.write(json ? JSON.stringify(e, null, 2) + '\n' : ruleText(e));
  return 0;
}
