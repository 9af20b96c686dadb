/**
 * `npm run dev`, for writers: the content layer in watch mode beside `next dev`, plus the
 * checker re-run on every change under content/, so a mistake shows its file, line and field
 * in the terminal (and the page being edited shows the error on reload).
 */
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import path from 'node:path';
import { checkContent } from '../lib/checks/check-content';
import { formatProblem } from '../lib/checks/problem';

const bin = (name: string) => path.join('node_modules', '.bin', name);
const children = [
  spawn(bin('contentlayer2'), ['dev'], { stdio: 'inherit' }),
  spawn(bin('next'), ['dev'], { stdio: 'inherit' }),
];

let timer: NodeJS.Timeout | undefined;
async function runCheck() {
  const { problems } = await checkContent(path.resolve('content'));
  if (problems.length === 0) {
    console.log('[check] content is valid');
  } else {
    console.error(`[check] ${problems.length} problem${problems.length === 1 ? '' : 's'}:`);
    for (const problem of problems) console.error(`[check] ${formatProblem(problem)}`);
  }
}
watch('content', { recursive: true }, () => {
  clearTimeout(timer);
  timer = setTimeout(() => void runCheck(), 200);
});
void runCheck();

function stop() {
  for (const child of children) child.kill('SIGTERM');
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', (code) => code && code !== 0 && stop());
