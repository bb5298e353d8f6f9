/**
 * `npm run proof -w @vixshield/site`: the reader-data proofs one after another, each against its own
 * production server on 127.0.0.1 with its own data folder. Needs a build (`npm run build`).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const proofs = [
  'limits',
  'hostile',
  'browser-ask',
  'fuzz',
  'crash',
  'load',
  'email-flow',
  'email-crash',
];
let failed = 0;
for (const proof of proofs) {
  const started = Date.now();
  const result = spawnSync(process.execPath, ['--import', 'tsx', `${here}${proof}.ts`], {
    stdio: 'inherit',
  });
  const ok = result.status === 0;
  if (!ok) failed += 1;
  console.log(
    `proof ${proof}: ${ok ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
}
console.log(`proofs: ${proofs.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
