/**
 * Runs build steps at the same time and reports them as if they had run one after another
 * (`a && b && c`): each step's output is held back and printed whole, in the order the steps are
 * given, up to and including the first that failed. A failed step stops the steps given after it,
 * which `&&` would never have started; the steps given before it are still awaited, since their
 * output comes first and one of them may fail too.
 *
 * Written here rather than taken from `concurrently`: that tool prints the steps it stops and its
 * own lines between theirs, and a contributor should read exactly what the checker prints.
 */
import { spawn } from 'node:child_process';
import { getPriority, setPriority } from 'node:os';

export interface ParallelStep {
  /** What the step is called in the summary line (`check`, `content`). */
  name: string;
  /** The program and its arguments, run without a shell. */
  command: string;
  args: string[];
  /**
   * How much lower than this process's the step's scheduling priority is (added to the `nice`
   * value, at most 19), for a step that should give way to the others when they compete for the
   * cores; what it starts inherits it.
   */
  nice?: number;
}

export interface StepOutcome {
  name: string;
  /** The exit code; `undefined` for a step stopped because an earlier one failed. */
  exitCode: number | undefined;
  ms: number;
  /** What the step wrote, each piece with the stream it went to, in order. */
  output: { stream: 'stdout' | 'stderr'; text: string }[];
}

interface Running {
  outcome: Promise<StepOutcome>;
  stop: () => void;
}

function start(step: ParallelStep, options: { cwd: string; env: NodeJS.ProcessEnv }): Running {
  const started = performance.now();
  const output: StepOutcome['output'] = [];
  // Its own process group, so that stopping it stops what it started too (npm starts node).
  const detached = process.platform !== 'win32';
  const child = spawn(step.command, step.args, { cwd: options.cwd, env: options.env, detached, shell: process.platform === 'win32' });
  if (step.nice && child.pid !== undefined) {
    try {
      setPriority(child.pid, Math.min(19, getPriority() + step.nice));
    } catch {
      // Not allowed here (or the step already ended): it runs at the usual priority.
    }
  }
  let stopped = false;
  child.stdout.setEncoding('utf8').on('data', (text: string) => output.push({ stream: 'stdout', text }));
  child.stderr.setEncoding('utf8').on('data', (text: string) => output.push({ stream: 'stderr', text }));
  const outcome = new Promise<StepOutcome>((resolve) => {
    child.on('error', (error) => {
      output.push({ stream: 'stderr', text: `${step.name}: cannot start \`${step.command}\`: ${error.message}\n` });
      resolve({ name: step.name, exitCode: 127, ms: performance.now() - started, output });
    });
    child.on('close', (code) => resolve({ name: step.name, exitCode: stopped ? undefined : (code ?? 1), ms: performance.now() - started, output }));
  });
  const stop = () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    stopped = true;
    try {
      if (detached && child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
      else child.kill('SIGTERM');
    } catch {
      // it ended meanwhile
    }
  };
  return { outcome, stop };
}

/**
 * Runs every step at once and resolves, when all have ended or been stopped, with their outcomes
 * in the order given. `print` (by default, this process's own streams) then receives the output
 * of the steps up to the first failure, in that order.
 */
export async function runStepsInParallel(
  steps: readonly ParallelStep[],
  options: { cwd: string; env: NodeJS.ProcessEnv; print?: (stream: 'stdout' | 'stderr', text: string) => void },
): Promise<StepOutcome[]> {
  const running = steps.map((step) => start(step, options));
  running.forEach((run, index) => {
    void run.outcome.then((outcome) => {
      if (outcome.exitCode !== undefined && outcome.exitCode !== 0) for (const later of running.slice(index + 1)) later.stop();
    });
  });
  const outcomes = await Promise.all(running.map((run) => run.outcome));
  const print = options.print ?? ((stream, text) => void process[stream].write(text));
  for (const outcome of outcomes) {
    if (outcome.exitCode === undefined) break;
    for (const piece of outcome.output) print(piece.stream, piece.text);
    if (outcome.exitCode !== 0) break;
  }
  return outcomes;
}

/** The first step that failed, in the order given, if any. */
export function firstFailure(outcomes: readonly StepOutcome[]): StepOutcome | undefined {
  return outcomes.find((outcome) => outcome.exitCode !== 0);
}
