/**
 * Debian's Chromium, headless, with its DevTools port open for Lighthouse to drive (Lighthouse
 * connects to a port; it never downloads a browser). Launched here rather than with
 * chrome-launcher, which is only a dependency of Lighthouse, not of this project.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

export interface DebuggableChromium {
  port: number;
  /** `156.0.8078.114`. */
  version: string;
  close: () => Promise<void>;
}

/** How long Chromium may take to open its port on a busy machine. */
const START_TIMEOUT_MS = 60_000;

const versionInfo = z.object({ Browser: z.string() });

export async function launchDebuggableChromium(executable = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'): Promise<DebuggableChromium> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'bench-lighthouse-'));
  const child = spawn(
    executable,
    [
      '--headless',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill();
    await exited;
    // Chromium's helper processes can still be writing to the profile just after the browser
    // exits (runs stopped here on ENOTEMPTY, before their report was written): retry, and if the
    // folder still cannot go, say so rather than lose the figures measured.
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch (error) {
      console.error(`could not remove Chromium's temporary profile ${profile}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  try {
    // Chromium prints `DevTools listening on ws://127.0.0.1:<port>/devtools/browser/<id>` once ready.
    const port = await new Promise<number>((resolve, reject) => {
      let output: string | undefined = '';
      const timer = setTimeout(() => reject(new Error(`${executable} did not open its DevTools port within ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS);
      child.stderr.on('data', (chunk: Buffer) => {
        // Keep reading after the port is known (a full pipe would stall Chromium), but keep nothing.
        if (output === undefined) return;
        output += chunk.toString();
        const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output);
        if (match) {
          clearTimeout(timer);
          output = undefined;
          resolve(Number(match[1]));
        }
      });
      child.once('error', (error) => (clearTimeout(timer), reject(new Error(`could not start ${executable}: ${error.message}`))));
      child.once('exit', (code) => (clearTimeout(timer), reject(new Error(`${executable} exited (${code}) before opening its DevTools port:\n${(output ?? '').slice(-2000)}`))));
    });
    const response = await fetch(`http://127.0.0.1:${port}/json/version`, { signal: AbortSignal.timeout(START_TIMEOUT_MS) });
    const { Browser } = versionInfo.parse(await response.json());
    return { port, version: Browser.replace(/^[^/]*\//, ''), close };
  } catch (error) {
    await close();
    throw error;
  }
}
