/**
 * Runs a shell command and measures it: wall time, and the peak resident memory of its whole
 * process tree (npm, node and every worker it starts), sampled from /proc every 250 ms. The sum
 * counts pages shared between processes once per process, so it overstates a little; a step
 * shorter than one interval may be missed. Off Linux (no /proc), the peak is undefined.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync, readdirSync } from 'node:fs';

export interface Measured {
  ms: number;
  peakRssBytes: number | undefined;
  exitCode: number;
  /** The last lines the command wrote (stdout and stderr), for a failure's message. */
  tail: string;
}

const SAMPLE_MS = 250;

/** Parent of each process, from /proc/<pid>/stat (the name in parentheses may hold spaces). */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      map.set(Number(name), ppid);
    } catch {
      // the process ended while we looked
    }
  }
  return map;
}

/** Resident bytes of `pid` and all its descendants now. */
function treeRss(pid: number): number {
  const parentOf = parents();
  const tree = new Set([pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [child, parent] of parentOf) {
      if (tree.has(parent) && !tree.has(child)) {
        tree.add(child);
        grew = true;
      }
    }
  }
  let total = 0;
  for (const member of tree) {
    try {
      const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${member}/status`, 'utf8'));
      if (match) total += Number(match[1]) * 1024;
    } catch {
      // ended
    }
  }
  return total;
}

/**
 * Runs `command` with `sh -c` in `cwd`; resolves when it ends or is killed at `timeoutMs`. Its
 * whole output is written to `log`.
 */
export function runMeasured(command: string, options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number; log: string }): Promise<Measured> {
  const canSample = existsSync('/proc/self/status');
  return new Promise((resolve) => {
    const started = performance.now();
    // Its own process group, so a timeout ends the whole tree.
    const child = spawn('sh', ['-c', command], { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let tail = '';
    const log = createWriteStream(options.log);
    const keep = (chunk: Buffer) => {
      log.write(chunk);
      tail = (tail + chunk.toString()).slice(-4000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let peak = 0;
    const sample = () => {
      if (canSample && child.pid !== undefined) peak = Math.max(peak, treeRss(child.pid));
    };
    const sampler = setInterval(sample, SAMPLE_MS);
    const timer = setTimeout(() => {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      tail += `\n(killed after ${options.timeoutMs / 1000} s)`;
    }, options.timeoutMs);
    child.on('close', (code) => {
      clearInterval(sampler);
      clearTimeout(timer);
      log.end();
      resolve({ ms: performance.now() - started, peakRssBytes: canSample ? peak : undefined, exitCode: code ?? 1, tail });
    });
  });
}
