// `npm test`: runs the steps in order, stops at the first failure, and prints how long each
// step and the whole run took (the budget is 30 minutes on the project's two-core machine).
import { spawnSync } from 'node:child_process';

const steps = ['node-version', 'check', 'test:unit', 'build', 'build:sub', 'test:browser'];
const BUDGET_MIN = 30;

/** @param {number} ms */
const minutes = (ms) => `${Math.floor(ms / 60_000)} min ${String(Math.round((ms % 60_000) / 1000)).padStart(2, '0')} s`;

const started = Date.now();
/** @type {[string, number][]} */
const times = [];
let failed = '';
for (const step of steps) {
  const t0 = Date.now();
  const result = spawnSync('npm', ['run', step], { stdio: 'inherit', shell: process.platform === 'win32' });
  times.push([step, Date.now() - t0]);
  if (result.status !== 0) {
    failed = step;
    break;
  }
}
const total = Date.now() - started;
console.log('\nnpm test – tidsbruk:');
for (const [step, ms] of times) console.log(`  ${step.padEnd(14)} ${minutes(ms)}`);
console.log(`  ${'totalt'.padEnd(14)} ${minutes(total)} (budsjett ${BUDGET_MIN} min${total > BUDGET_MIN * 60_000 ? ', OVERSKREDET' : ''})`);
if (failed) {
  console.error(`\nnpm test stoppet: «npm run ${failed}» feilet.`);
  process.exit(1);
}
