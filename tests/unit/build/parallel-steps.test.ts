/** Build steps run at once but read as if run one after another (lib/build/parallel-steps.ts). */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstFailure, runStepsInParallel, type ParallelStep } from '@/lib/build/parallel-steps';

/** A step that runs a line of JavaScript in node. */
const step = (name: string, code: string): ParallelStep => ({ name, command: process.execPath, args: ['-e', code] });

async function run(steps: ParallelStep[]) {
  const printed: string[] = [];
  const outcomes = await runStepsInParallel(steps, { cwd: process.cwd(), env: process.env, print: (stream, text) => printed.push(`${stream}: ${text}`) });
  return { outcomes, printed };
}

describe('runStepsInParallel', () => {
  it('prints each step whole, in the order given, whichever finishes first', async () => {
    const { outcomes, printed } = await run([
      step('check', 'setTimeout(() => { console.log("content is valid"); console.error("a warning"); }, 300)'),
      step('content', 'console.log("content: 3 entries")'),
    ]);
    expect(printed).toEqual(['stdout: content is valid\n', 'stderr: a warning\n', 'stdout: content: 3 entries\n']);
    expect(outcomes.map((o) => [o.name, o.exitCode])).toEqual([['check', 0], ['content', 0]]);
    expect(firstFailure(outcomes)).toBeUndefined();
  });

  it('runs a step given a nice value that much lower in priority, and the others as they were', async () => {
    const report = 'setTimeout(() => console.log(require("node:os").getPriority()), 200)';
    const { printed } = await run([{ ...step('check', report), nice: 10 }, step('content', report)]);
    const own = (await import('node:os')).getPriority();
    expect(printed).toEqual([`stdout: ${Math.min(19, own + 10)}\n`, `stdout: ${own}\n`]);
  });

  it('stops the steps after a failed one, as `&&` would never have started them, and prints none of their output', async () => {
    const marker = path.join(mkdtempSync(path.join(tmpdir(), 'steps-')), 'finished');
    const { outcomes, printed } = await run([
      step('check', 'console.error("entries/a.mdx:3: date: not a date"); process.exit(1)'),
      step('content', `console.log("content: started"); setTimeout(() => require("fs").writeFileSync(${JSON.stringify(marker)}, "x"), 20000)`),
    ]);
    expect(printed).toEqual(['stderr: entries/a.mdx:3: date: not a date\n']);
    expect(outcomes.map((o) => [o.name, o.exitCode])).toEqual([['check', 1], ['content', undefined]]);
    expect(firstFailure(outcomes)?.name).toBe('check');
    expect(existsSync(marker)).toBe(false);
  }, 15_000);

  it('still waits for the steps before a failed one, prints them first and reports the first failure', async () => {
    const { outcomes, printed } = await run([
      step('check', 'setTimeout(() => { console.error("entries/b.mdx:5: title: missing"); process.exit(1); }, 300)'),
      step('content', 'console.error("content: 1 problem; the build stops here"); process.exit(1)'),
    ]);
    expect(printed).toEqual(['stderr: entries/b.mdx:5: title: missing\n']);
    expect(firstFailure(outcomes)?.name).toBe('check');
  });

  it('prints the output of the steps that passed before the one that failed', async () => {
    const { outcomes, printed } = await run([step('check', 'console.log("content is valid")'), step('content', 'console.error("content: 1 problem"); process.exit(2)')]);
    expect(printed).toEqual(['stdout: content is valid\n', 'stderr: content: 1 problem\n']);
    expect(firstFailure(outcomes)).toMatchObject({ name: 'content', exitCode: 2 });
  });

  it('says which step could not start', async () => {
    const { outcomes, printed } = await run([{ name: 'islands', command: path.join(tmpdir(), 'no-such-program'), args: [] }]);
    expect(outcomes[0]!.exitCode).toBe(127);
    expect(printed.join('')).toContain('islands: cannot start');
  });
});
