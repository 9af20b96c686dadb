/** The figures `npm run bench:build` reports: out/'s largest pages and a step's peak memory. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { outStats } from '@/lib/bench/out-stats';
import { runMeasured } from '@/lib/bench/process-tree';

const dir = mkdtempSync(path.join(tmpdir(), 'bench-build-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(file: string, text: string) {
  mkdirSync(path.dirname(path.join(dir, 'out', file)), { recursive: true });
  writeFileSync(path.join(dir, 'out', file), text);
}

describe('out/ figures', () => {
  it('name the largest page of each type, its gzipped size, and the route payloads without robots.txt', () => {
    write('index.html', '<p>home</p>');
    write('index.txt', 'x'.repeat(100));
    write('entries/short/index.html', '<p>short</p>');
    write('entries/long/index.html', `<p>${'long entry '.repeat(500)}</p>`);
    write('entries/long/index.txt', 'y'.repeat(300));
    write('robots.txt', 'User-agent: *\n');
    const stats = outStats(path.join(dir, 'out'));
    const entry = stats.pages.get('entry')!;
    expect(entry).toMatchObject({ file: 'entries/long/index.html', bytes: 5507, count: 2 });
    expect(entry.gzBytes).toBeLessThan(200);
    expect(stats.pages.get('home')).toMatchObject({ file: 'index.html', count: 1 });
    expect(stats.pages.has('timeline')).toBe(false);
    expect(stats.payloads).toEqual({ bytes: 400, files: 2, largest: 300 });
    expect(stats.files).toBe(6);
  });
});

describe('a measured step', () => {
  it('reports the peak memory of the process tree, not only of the shell', async () => {
    // The shell starts node, which holds about 200 MB for two seconds.
    const script = 'const b = Buffer.alloc(200 * 1024 * 1024, 1); setTimeout(() => console.log(b[0]), 2000);';
    const measured = await runMeasured(`node -e "${script}"`, { cwd: dir, env: process.env, timeoutMs: 30_000, log: path.join(dir, 'step.log') });
    expect(measured.exitCode).toBe(0);
    expect(measured.peakRssBytes).toBeGreaterThan(190 * 1024 * 1024);
    expect(measured.ms).toBeGreaterThanOrEqual(2000);
  });

  it('reports the CPU time of the whole tree, which sleeping does not count', async () => {
    // Two node processes one after the other, each busy for one second of CPU, then two seconds
    // of sleep.
    const busy = 'const end = process.cpuUsage().user + 1e6; while (process.cpuUsage().user < end);';
    const measured = await runMeasured(`node -e "${busy}"; node -e "${busy}"; sleep 2`, { cwd: dir, env: process.env, timeoutMs: 60_000, log: path.join(dir, 'cpu.log') });
    expect(measured.exitCode).toBe(0);
    expect(measured.cpuMs).toBeGreaterThanOrEqual(1900);
    // The sleep adds two seconds of wall time and none of CPU.
    expect(measured.cpuMs).toBeLessThan(measured.ms);
  });

  it('stops a step at its timeout and says so', async () => {
    const measured = await runMeasured('sleep 20', { cwd: dir, env: process.env, timeoutMs: 500, log: path.join(dir, 'slow.log') });
    expect(measured.exitCode).not.toBe(0);
    expect(measured.tail).toContain('(killed after 0.5 s)');
  });
});
