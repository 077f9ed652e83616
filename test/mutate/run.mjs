// `npm run mutate`: fault injection over the real documents (test/mutate/mutate.ts).
const { register } = await import('tsx/esm/api');
register();
await import('./mutate.ts');
