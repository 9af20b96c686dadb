/**
 * One hash of everything but the content that shapes what the build writes: the site's code, its
 * static files, its dependencies' locked versions, the build's settings. A build may keep pages
 * from the previous one only when this is unchanged (lib/export/incremental/previous-export.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * What the fingerprint reads, relative to the project's root. Generous on purpose: a change here
 * that changes no page only costs one full build, while a missing input would leave stale pages.
 */
const CODE = ['app', 'components', 'lib', 'pages', 'public', 'scripts', 'next.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json', 'postcss.config.mjs'];

/** Settings read from the environment while pages are built (lib/site-config.ts, next.config.mjs). */
const SETTINGS = ['SITE_URL', 'OUT_DIR', 'NODE_ENV'];

function filesUnder(root: string, item: string): string[] {
  const full = path.join(root, item);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [item];
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

/** The fingerprint of the project at `root` built with `env`: a hex string. */
export function codeFingerprint(root: string, env: Readonly<Record<string, string | undefined>> = process.env): string {
  const hash = createHash('sha256');
  hash.update(`node ${process.version}\n`);
  for (const name of SETTINGS) hash.update(`${name}=${env[name]?.trim() ?? ''}\n`);
  const files = CODE.flatMap((item) => filesUnder(root, item)).sort();
  for (const file of files) {
    hash.update(`${file.split(path.sep).join('/')}\n`);
    hash.update(readFileSync(path.join(root, file)));
    hash.update('\n');
  }
  return hash.digest('hex');
}
