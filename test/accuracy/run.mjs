// `npm run accuracy`: scores gongkai against every truth file of fixtures/truth (test/accuracy/accuracy.ts).
const { register } = await import('tsx/esm/api');
register();
await import('./accuracy.ts');
