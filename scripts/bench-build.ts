/**
 * `npm run bench:build`: builds the site with the real `npm run build` steps (the checker, the
 * content step, `next build`, read from package.json) on the real content and on generated
 * entries, each in a throwaway copy of the project under .bench/ (never content/, .next/ or out/),
 * and measures each step's time and peak memory, out/ and its largest pages.
 *
 * Options: `--sizes real,1000` (default; `real` is the real content, a number that many generated
 * entries beside the real entities and topics), `--out bench/build.md` (where the table is written).
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { outStats, listFiles, PAGE_TYPES, type OutStats } from '../lib/bench/out-stats';
import { runMeasured, type Measured } from '../lib/bench/process-tree';
import { copyProject } from '../lib/bench/project-copy';
import { kilobytes } from '../lib/bench/stats';
import { corpusFromCollection, syntheticEntries } from '../lib/bench/synthetic-content';
import { loadCollectionFromDirectory } from '../lib/content/load-directory';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: 'real,1000' }, out: { type: 'string', default: 'bench/build.md' } } });
const ROOT = process.cwd();
const WORK = path.join(ROOT, '.bench');
/** A step that runs longer than this is stopped: 10,000 entries take about 20 minutes in all. */
const STEP_TIMEOUT_MS = 90 * 60_000;

const scripts = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
const STEPS = scripts.build!.split('&&').map((step) => step.trim());
const STEP_NAMES: Record<string, string> = { 'npm run check': 'checker', 'npm run content': 'content step', 'next build': 'next build' };

interface Result {
  dataset: string;
  steps: { step: string; measured: Measured }[];
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

async function measure(size: string): Promise<Result> {
  const contentDir = size === 'real' ? path.join(ROOT, 'content') : await generatedContent(Number(size));
  const project = path.join(WORK, `build-${size}`);
  copyProject(ROOT, project, contentDir);
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PATH: `${path.join(project, 'node_modules/.bin')}${path.delimiter}${process.env.PATH}` };
  const steps: Result['steps'] = [];
  for (const [index, step] of STEPS.entries()) {
    console.error(`${size}: ${step}…`);
    const log = path.join(project, `bench-step-${index + 1}.log`);
    const measured = await runMeasured(step, { cwd: project, env, timeoutMs: STEP_TIMEOUT_MS, log });
    if (measured.exitCode !== 0) {
      console.error(`${size}: \`${step}\` failed (exit ${measured.exitCode}); its last output (all of it in ${path.relative(ROOT, log)}):\n${measured.tail}`);
      process.exit(1);
    }
    console.error(`${size}: ${step}: ${seconds(measured.ms)}, peak ${megabytes(measured.peakRssBytes)}`);
    steps.push({ step, measured });
  }
  const entries = listFiles(path.join(project, 'content')).filter(({ file }) => file.startsWith('entries/') && file.endsWith('.mdx')).length;
  const folderBytes = (dir: string) => listFiles(path.join(project, dir)).reduce((total, { bytes }) => total + bytes, 0);
  const dataset = size === 'real' ? `real content (${entries.toLocaleString('en')} entries)` : `${entries.toLocaleString('en')} generated entries`;
  return { dataset, steps, out: outStats(path.join(project, 'out')), generatedBytes: folderBytes('.generated'), nextBytes: folderBytes('.next'), nextServerBytes: folderBytes('.next/server') };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const megabytes = (bytes: number | undefined) => (bytes === undefined ? 'n/a' : `${(bytes / 1024 / 1024).toFixed(0)} MB`);

function table(results: Result[]): string {
  const rows: string[][] = [
    ['', ...results.map((r) => r.dataset)],
    ...STEPS.map((step, i) => [`${STEP_NAMES[step] ?? step}: time, peak RSS`, ...results.map((r) => `${seconds(r.steps[i]!.measured.ms)}, ${megabytes(r.steps[i]!.measured.peakRssBytes)}`)]),
    ['whole build', ...results.map((r) => `${seconds(r.steps.reduce((t, s) => t + s.measured.ms, 0))}, ${megabytes(Math.max(...r.steps.map((s) => s.measured.peakRssBytes ?? 0)))}`)],
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
  `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with \`npm run bench:build -- --sizes ${values.sizes}\`.`,
  `Machine: ${machine}.`,
  'Peak RSS: the resident memory of the step\'s whole process tree (npm, node and its workers), summed and sampled from /proc every 250 ms.',
  '',
  table(results),
  '',
].join('\n');
console.log(report);
mkdirSync(path.dirname(path.resolve(values.out)), { recursive: true });
writeFileSync(path.resolve(values.out), report);
console.error(`written to ${values.out}`);
