/**
 * The line the build's first step ends with (scripts/prepare-build.ts), which says how long each
 * of its steps took; `npm run bench:build` reads it back from the step's output to show them.
 */

export interface StepSummary {
  /** Each step's name and time in ms, in the order they were given. */
  steps: { name: string; ms: number }[];
  /** How long clearing the previous build took, in ms. */
  clearMs: number;
  /** The whole step, in ms. */
  totalMs: number;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const LINE = /^build: (.+) at the same time, and the previous build cleared \((\d+\.\d) s\), in (\d+\.\d) s$/m;

/** `build: check 9.8 s, content 14.1 s, islands 1.0 s at the same time, and the previous build cleared (3.2 s), in 14.1 s` */
export function formatStepSummary(summary: StepSummary): string {
  const times = summary.steps.map((step) => `${step.name} ${seconds(step.ms)}`).join(', ');
  return `build: ${times} at the same time, and the previous build cleared (${seconds(summary.clearMs)}), in ${seconds(summary.totalMs)}`;
}

/** The summary line found in `output`, or undefined when there is none (a build from before it). */
export function parseStepSummary(output: string): StepSummary | undefined {
  const match = LINE.exec(output);
  if (!match) return undefined;
  const steps: StepSummary['steps'] = [];
  for (const part of match[1]!.split(', ')) {
    const step = /^(.+) (\d+\.\d) s$/.exec(part);
    if (!step) return undefined;
    steps.push({ name: step[1]!, ms: Number(step[2]) * 1000 });
  }
  return { steps, clearMs: Number(match[2]) * 1000, totalMs: Number(match[3]) * 1000 };
}
