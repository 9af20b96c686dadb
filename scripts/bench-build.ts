/**
 * `npm run bench:build`: builds the site with the real `npm run build` steps (the checker, the
 * content step and the islands at once, `next build`, the trim, read from package.json) on the
 * real content and on generated entries, each in a throwaway copy of the project under .bench/
 * (never content/, .next/ or out/), and measures each step's time and peak memory, out/ and its
 * largest pages.
 *
 * After the cold build it changes one word of one entry's body and runs every step again: the
 * rebuild a contributor's one-entry pull request costs, with the caches the first build left.
 *
 * Options: `--sizes real,1000` (default; `real` is the real content, a number that many generated
 * entries beside the real entities and topics), `--out bench/build.md` (where the table is written),
 * `--no-rebuild` (skip the rebuild).
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { outStats, listFiles, PAGE_TYPES, type OutStats } from '../lib/bench/out-stats';
import { runMeasured, type Measured } from '../lib/bench/process-tree';
import { copyProject } from '../lib/bench/project-copy';
import { kilobytes } from '../lib/bench/stats';
import { parseStepSummary } from '../lib/build/step-summary';
import { corpusFromCollection, syntheticEntries } from '../lib/bench/synthetic-content';
import { loadCollectionFromDirectory } from '../lib/content/load-directory';

const { values } = parseArgs({
  options: { sizes: { type: 'string', default: 'real,1000' }, out: { type: 'string', default: 'bench/build.md' }, 'no-rebuild': { type: 'boolean', default: false } },
});
const ROOT = process.cwd();
const WORK = path.join(ROOT, '.bench');
/** A step that runs longer than this is stopped: 10,000 entries take about 20 minutes in all. */
const STEP_TIMEOUT_MS = 90 * 60_000;

const scripts = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
const STEPS = scripts.build!.split('&&').map((step) => step.trim());
const STEP_NAMES: Record<string, string> = {
  'tsx scripts/prepare-build.ts': 'checker, content step and islands (at once)',
  'tsx scripts/next-build.ts': 'next build',
  'tsx scripts/trim-export.ts': 'trim export (and unchanged outputs put back)',
};

interface StepRun {
  step: string;
  measured: Measured;
  /** For a step that runs steps at once (scripts/prepare-build.ts): each one's time, from its last line. */
  parts?: string;
}

interface Result {
  dataset: string;
  steps: StepRun[];
  /** The same steps again after one word of one entry changed (absent with --no-rebuild). */
  rebuild?: StepRun[];
  /** How many entries the dataset has, for the ratio between sizes. */
  entries: number;
  out: OutStats;
  generatedBytes: number;
  /** `.next/` after the build, and its `server/` folder (where the build's own chunks are). */
  nextBytes: number;
  nextServerBytes: number;
}

/** A content folder with the real entities, topics and coverage notes and `count` generated entries. */
async function generatedContent(count: number): Promise<string> {
  const corpus = corpusFromCollection(await loadCollectionFromDirectory(path.join(ROOT, 'content')));
  const dir = path.join(WORK, `build-content-${count}`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(path.join(ROOT, 'content/entities'), path.join(dir, 'entities'), { recursive: true });
  for (const file of ['topics.yml', 'coverage.yml']) cpSync(path.join(ROOT, 'content', file), path.join(dir, file));
  for (const entry of syntheticEntries(count, corpus)) {
    mkdirSync(path.dirname(path.join(dir, entry.path)), { recursive: true });
    writeFileSync(path.join(dir, entry.path), entry.text);
  }
  return dir;
}

/** Runs every build step in `project`, measured; stops the benchmark at the first that fails. */
async function runSteps(size: string, project: string, env: NodeJS.ProcessEnv, label: string): Promise<StepRun[]> {
  const steps: StepRun[] = [];
  for (const [index, step] of STEPS.entries()) {
    console.error(`${size}${label}: ${step}…`);
    const log = path.join(project, `bench-step-${index + 1}${label ? '-rebuild' : ''}.log`);
    const measured = await runMeasured(step, { cwd: project, env, timeoutMs: STEP_TIMEOUT_MS, log });
    if (measured.exitCode !== 0) {
      console.error(`${size}: \`${step}\` failed (exit ${measured.exitCode}); its last output (all of it in ${path.relative(ROOT, log)}):\n${measured.tail}`);
      process.exit(1);
    }
    console.error(`${size}${label}: ${step}: ${seconds(measured.ms)}, CPU ${seconds(measured.cpuMs)}, peak ${megabytes(measured.peakRssBytes)}`);
    const summary = parseStepSummary(measured.tail);
    // The last step's line (lib/export/incremental/finish-build.ts): how much `next build` rendered.
    const rendered = /^rendered (all [\d,]+|[\d,]+ of [\d,]+) pages and files/m.exec(measured.tail);
    const parts = summary
      ? [...summary.steps.map((part) => `${part.name} ${seconds(part.ms)}`), `clearing ${seconds(summary.clearMs)}`].join(', ')
      : rendered
        ? `rendered ${rendered[1]} outputs of the dynamic routes`
        : undefined;
    steps.push({ step, measured, ...(parts ? { parts } : {}) });
  }
  return steps;
}

/** Changes one word of the body of the first entry (by path) in `project`, as a small fix would. */
function changeOneEntry(project: string): string {
  const entry = listFiles(path.join(project, 'content'))
    .map(({ file }) => file)
    .filter((file) => file.startsWith('entries/') && file.endsWith('.mdx'))
    .sort()[0];
  if (!entry) throw new Error('no entry to change for the rebuild');
  const file = path.join(project, 'content', entry);
  const text = readFileSync(file, 'utf8');
  const bodyStart = text.indexOf('\n---', 4) + 4;
  const at = text.indexOf(' the ', bodyStart);
  if (at < 0) throw new Error(`${entry}: no "the" in its body to change for the rebuild`);
  writeFileSync(file, `${text.slice(0, at)} that ${text.slice(at + 5)}`);
  return entry;
}

async function measure(size: string): Promise<Result> {
  const contentDir = size === 'real' ? path.join(ROOT, 'content') : await generatedContent(Number(size));
  const project = path.join(WORK, `build-${size}`);
  copyProject(ROOT, project, contentDir);
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PATH: `${path.join(project, 'node_modules/.bin')}${path.delimiter}${process.env.PATH}` };
  const steps = await runSteps(size, project, env, '');
  // Sizes of the cold build's output, before the rebuild writes it again.
  const out = outStats(path.join(project, 'out'));
  const folderBytes = (dir: string) => listFiles(path.join(project, dir)).reduce((total, { bytes }) => total + bytes, 0);
  const sizes = { generatedBytes: folderBytes('.generated'), nextBytes: folderBytes('.next'), nextServerBytes: folderBytes('.next/server') };
  let rebuild: StepRun[] | undefined;
  if (!values['no-rebuild']) {
    console.error(`${size}: changed one word of ${changeOneEntry(project)}`);
    rebuild = await runSteps(size, project, env, ' (rebuild)');
  }
  const entries = listFiles(path.join(project, 'content')).filter(({ file }) => file.startsWith('entries/') && file.endsWith('.mdx')).length;
  const dataset = size === 'real' ? `real content (${entries.toLocaleString('en')} entries)` : `${entries.toLocaleString('en')} generated entries`;
  return { dataset, steps, ...(rebuild ? { rebuild } : {}), entries, out, ...sizes };
}

const seconds = (ms: number | undefined) => (ms === undefined ? 'n/a' : `${(ms / 1000).toFixed(1)} s`);
const total = (steps: StepRun[], pick: (m: Measured) => number | undefined) => steps.reduce((sum, s) => sum + (pick(s.measured) ?? 0), 0);
const peak = (steps: StepRun[]) => Math.max(...steps.map((s) => s.measured.peakRssBytes ?? 0));
/** The times of the steps a step ran at once, in brackets, when it said them. */
const withParts = (run: StepRun) => (run.parts ? ` (${run.parts})` : '');
/** Time, CPU time and peak memory of some steps, as one cell. */
const stepsCell = (steps: StepRun[]) => `${seconds(total(steps, (m) => m.ms))}, CPU ${seconds(total(steps, (m) => m.cpuMs))}, ${megabytes(peak(steps))}`;

/** How much more the largest generated size cost than the smallest, beside how many more entries it has. */
function growthRow(results: Result[]): string[] | undefined {
  const generated = results.filter((r) => !r.dataset.startsWith('real'));
  if (generated.length < 2) return undefined;
  const small = generated[0]!;
  const large = generated[generated.length - 1]!;
  const ratio = (pick: (m: Measured) => number | undefined) => (total(large.steps, pick) / total(small.steps, pick)).toFixed(1);
  const cell = `${(large.entries / small.entries).toFixed(0)}× the entries: ${ratio((m) => m.ms)}× the time, ${ratio((m) => m.cpuMs)}× the CPU time`;
  return [`growth, ${large.entries.toLocaleString('en')} against ${small.entries.toLocaleString('en')}`, ...results.map((r) => (r === large ? cell : '–'))];
}
const megabytes = (bytes: number | undefined) => (bytes === undefined ? 'n/a' : `${(bytes / 1024 / 1024).toFixed(0)} MB`);

function table(results: Result[]): string {
  const rows: string[][] = [
    ['', ...results.map((r) => r.dataset)],
    ...STEPS.map((step, i) => [`${STEP_NAMES[step] ?? step}: time, CPU time, peak RSS`, ...results.map((r) => stepsCell([r.steps[i]!]) + withParts(r.steps[i]!))]),
    ['**whole build**: time, CPU time, peak RSS', ...results.map((r) => `**${stepsCell(r.steps)}**`)],
    ...(growthRow(results) ? [growthRow(results)!] : []),
    ['rebuild after one word of one entry changed: time, CPU time, peak RSS', ...results.map((r) => (r.rebuild ? `${stepsCell(r.rebuild)} (${r.rebuild.map((s) => `${STEP_NAMES[s.step] ?? s.step} ${seconds(s.measured.ms)}${withParts(s)}`).join(', ')})` : '–'))],
    ['.generated/ (the content step\'s output and cache)', ...results.map((r) => kilobytes(r.generatedBytes))],
    ['.next/ (of which server/)', ...results.map((r) => `${kilobytes(r.nextBytes)} (${kilobytes(r.nextServerBytes)})`)],
    ['out/', ...results.map((r) => `${kilobytes(r.out.bytes)} in ${r.out.files.toLocaleString('en')} files`)],
    ['route payloads (`.txt`)', ...results.map((r) => `${kilobytes(r.out.payloads.bytes)} in ${r.out.payloads.files.toLocaleString('en')} files (largest ${kilobytes(r.out.payloads.largest)})`)],
    ...PAGE_TYPES.map(({ type }) => [
      `largest ${type} page: HTML / gzip`,
      ...results.map((r) => {
        const page = r.out.pages.get(type);
        if (!page) return '–';
        const which = page.count > 1 ? ` (\`${page.file.replace(/\/index\.html$/, '/')}\`, of ${page.count.toLocaleString('en')})` : '';
        return `${kilobytes(page.bytes)} / ${kilobytes(page.gzBytes)}${which}`;
      }),
    ]),
  ];
  const lines = rows.map((cells) => `| ${cells.join(' | ')} |`);
  lines.splice(1, 0, `|${' --- |'.repeat(rows[0]!.length)}`);
  return lines.join('\n');
}

mkdirSync(WORK, { recursive: true });
const load = os.loadavg()[0]!.toFixed(1);
const results: Result[] = [];
for (const size of values.sizes.split(',')) results.push(await measure(size));

const cpu = os.cpus();
const machine = `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB RAM, ${os.type()} ${os.release()}, Node ${process.version}; load average ${load} when it started`;
const report = [
  `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with \`npm run bench:build -- --sizes ${values.sizes}${values['no-rebuild'] ? ' --no-rebuild' : ''}\`; load average ${os.loadavg()[0]!.toFixed(1)} at the end.`,
  `Machine: ${machine}.`,
  'Peak RSS: the resident memory of the step\'s whole process tree (npm, node and its workers), summed and sampled from /proc every 250 ms. CPU time: user and system time of the same tree, which a busy machine inflates far less than wall time.',
  '',
  table(results),
  '',
].join('\n');
console.log(report);
mkdirSync(path.dirname(path.resolve(values.out)), { recursive: true });
writeFileSync(path.resolve(values.out), report);
console.error(`written to ${values.out}`);
