/**
 * Runs a shell command and measures it: wall time; the CPU time (user and system) of its whole
 * process tree, which a busy machine inflates far less than wall time; and the peak resident
 * memory of the tree (npm, node and every worker it starts), sampled from /proc every 250 ms. The
 * sum counts pages shared between processes once per process, so it overstates a little; a step
 * shorter than one interval may be missed. Off Linux (no /proc), CPU time and peak are undefined.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface Measured {
  ms: number;
  peakRssBytes: number | undefined;
  /** User and system CPU time of the command and every process it started and waited for. */
  cpuMs: number | undefined;
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
 * The command runs in a shell of its own under a wrapper shell; when it ends, the wrapper's
 * /proc/<pid>/stat counts in `cutime` and `cstime` the CPU time of every descendant that was waited
 * for (each process adds its reaped children's time to its own), which the wrapper writes out.
 */
const WRAPPER = 'sh -c "$1"; status=$?; cat /proc/$$/stat > "$2" 2>/dev/null; exit $status';

/** Clock ticks per second, the unit of /proc's CPU times. */
function clockTicks(): number {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8', timeout: 5000 }).trim()) || 100;
  } catch {
    return 100;
  }
}

/** CPU milliseconds of the wrapper's waited-for children, from the stat line it wrote. */
function childrenCpuMs(statFile: string): number | undefined {
  try {
    const stat = readFileSync(statFile, 'utf8');
    // Fields after the name in parentheses: state is field 3, cutime 16 and cstime 17.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).trim().split(' ');
    const ticks = Number(fields[13]) + Number(fields[14]);
    return Number.isFinite(ticks) ? (ticks / clockTicks()) * 1000 : undefined;
  } catch {
    return undefined;
  }
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
    const statDir = mkdtempSync(path.join(tmpdir(), 'measured-'));
    const statFile = path.join(statDir, 'stat');
    const child = spawn('sh', ['-c', WRAPPER, 'measured', command, statFile], { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
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
      const cpuMs = canSample ? childrenCpuMs(statFile) : undefined;
      rmSync(statDir, { recursive: true, force: true });
      resolve({ ms: performance.now() - started, cpuMs, peakRssBytes: canSample ? peak : undefined, exitCode: code ?? 1, tail });
    });
  });
}
