/**
 * The layers of lib/ stay as README's layout says: lib/content is the core and imports no other
 * area; only the checker itself (and its command-line scripts and tests) uses lib/checks; lib/
 * never imports React; and no module imports itself back through a circle.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const SOURCE = /\.(ts|tsx)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => SOURCE.test(file) && !file.endsWith('.d.ts'))
    .map((file) => path.join(dir, file).split(path.sep).join('/'));
}

/** What a file imports: module names as written (static, `export … from` and `import()`). */
function importsOf(file: string): string[] {
  return ts.preProcessFile(readFileSync(path.join(ROOT, file), 'utf8'), true, true).importedFiles.map((ref) => ref.fileName);
}

/** A relative or `@/` import resolved to a repository file, or undefined for a package. */
function resolve(from: string, spec: string): string | undefined {
  const base = spec.startsWith('@/') ? spec.slice(2) : spec.startsWith('.') ? path.posix.join(path.posix.dirname(from), spec) : undefined;
  if (base === undefined) return undefined;
  for (const candidate of [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`]) {
    try {
      readFileSync(path.join(ROOT, candidate));
      return candidate;
    } catch {
      // try the next form
    }
  }
  return undefined;
}

const LIB = filesUnder('lib');
const graph = new Map(LIB.map((file) => [file, importsOf(file).flatMap((spec) => resolve(file, spec) ?? [])]));
const area = (file: string) => file.split('/')[1] ?? '';

describe('architecture', () => {
  it('keeps lib/content as the core: it imports no other area of lib/', () => {
    const outward = LIB.filter((file) => area(file) === 'content').flatMap((file) =>
      graph.get(file)!.filter((target) => target.startsWith('lib/') && area(target) !== 'content').map((target) => `${file} → ${target}`),
    );
    expect(outward).toEqual([]);
  });

  it('lets only the checker, its scripts and tests import lib/checks', () => {
    const users = [...filesUnder('lib'), ...filesUnder('app'), ...filesUnder('components'), ...filesUnder('scripts')]
      .filter((file) => !file.startsWith('lib/checks/') && !file.startsWith('scripts/'))
      .flatMap((file) => importsOf(file).flatMap((spec) => (resolve(file, spec)?.startsWith('lib/checks/') ? [`${file} → ${spec}`] : [])));
    expect(users).toEqual([]);
  });

  it('keeps React out of lib/ (plain TypeScript; type-only Next.js metadata types are allowed)', () => {
    const react = LIB.flatMap((file) =>
      file.endsWith('.tsx') ? [`${file} is a React file`] : importsOf(file).filter((spec) => /^react(-dom)?(\/|$)/.test(spec)).map((spec) => `${file} → ${spec}`),
    );
    expect(react).toEqual([]);
  });

  it('has no import circle between modules of lib/', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const target of graph.get(file) ?? []) if (graph.has(target)) visit(target, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of LIB) visit(file, []);
    expect(cycles).toEqual([]);
  });
});
