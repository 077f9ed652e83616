// A worker for the pool's tests, speaking the pool's protocol (src/pipeline/worker.ts): answers `echo`
// requests, crashes on `crash`, throws on `throw`, hangs on `hang`.
process.on('uncaughtException', (e) => process.send({ error: e.message }, undefined, undefined, () => process.exit(1)));
process.on('disconnect', () => process.exit(0));
process.on('message', (req) => {
  if (req.source === 'crash') process.exit(7);
  if (req.source === 'throw') throw new Error('thrown in the worker');
  if (req.source === 'hang') for (;;);
  process.send({ id: req.id, rows: { sha256: req.sha256, bytes: req.bytes.length }, rssMb: 1, peakRssMb: 1 });
});
process.send({ ready: true });
