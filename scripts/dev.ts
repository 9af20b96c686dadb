/**
 * `npm run dev`, for writers: the content step beside `next dev`, both run again on every change
 * under content/: the step rewrites .generated/content.json (compiling only the bodies that
 * changed), which the site reads afresh on reload, and the checker prints each mistake with its
 * file, line and field in the terminal (the page being edited shows the error on reload). The
 * islands' browser code (components/islands/) is bundled again on every change to it.
 */
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import path from 'node:path';
import { checkContent } from '../lib/checks/check-content';
import { formatProblem } from '../lib/checks/problem';
import { openBodyFacts } from '../lib/content-build/body-facts-cache';
import { GENERATED_DIR } from '../lib/content-build/generated-file';
import { runContentStep } from '../lib/content-build/run-step';
import { watchIslands } from '../lib/islands/build-islands';

const content = path.resolve('content');
const generated = path.resolve(GENERATED_DIR);

async function runContent() {
  const started = performance.now();
  const result = await runContentStep(content, generated, formatProblem);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.problems.length === 0) {
    console.log(`[content] ${result.entries.length} entries, ${result.entities.length} entities in ${seconds} s (${result.compiled} compiled)`);
  } else {
    console.error(`[content] stopped on ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}; the pages show them until they are fixed`);
  }
}

async function runCheck() {
  const bodies = openBodyFacts(generated);
  const { problems } = await checkContent(content, { bodies });
  bodies.save();
  if (problems.length === 0) {
    console.log('[check] content is valid');
  } else {
    console.error(`[check] ${problems.length} problem${problems.length === 1 ? '' : 's'}:`);
    for (const problem of problems) console.error(`[check] ${formatProblem(problem)}`);
  }
}

/** One run at a time: a save during a run starts another once it ends. */
let running: Promise<void> | undefined;
let again = false;
function rebuild() {
  if (running) {
    again = true;
    return;
  }
  running = runContent()
    .then(runCheck)
    .catch((error: unknown) => console.error('[content]', error))
    .finally(() => {
      running = undefined;
      if (again) {
        again = false;
        rebuild();
      }
    });
}

let timer: NodeJS.Timeout | undefined;
watch('content', { recursive: true }, () => {
  clearTimeout(timer);
  timer = setTimeout(rebuild, 200);
});

// The content is built before `next dev` starts, so the first page has data to read.
await runContent();
void runCheck();
await watchIslands(process.cwd(), (errors) => console.log(errors === 0 ? '[islands] built' : `[islands] ${errors} error${errors === 1 ? '' : 's'} (above)`));
const next = spawn(path.join('node_modules', '.bin', 'next'), ['dev'], { stdio: 'inherit' });

function stop() {
  next.kill('SIGTERM');
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
next.on('exit', (code) => code && code !== 0 && stop());
