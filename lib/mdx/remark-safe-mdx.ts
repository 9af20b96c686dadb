/**
 * The build's guard: a remark plugin that throws when a body holds anything the checker would
 * refuse, so a body that skipped the checker still cannot run code at build time or in a
 * reader's browser. It reads the same tree walk as the checker (safe-mdx.ts).
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { componentList } from './components';
import { findUnsafeMdx } from './safe-mdx';

export const remarkSafeMdx: Plugin<[], Root> = function remarkSafeMdx() {
  return (tree, file) => {
    const found = findUnsafeMdx(tree);
    const first = found[0];
    if (!first) return;
    const list = found.map((item) => `${item.line}:${item.column}: ${item.message}`).join('; ');
    file.fail(`unsafe MDX refused (a body may use Markdown, GFM and ${componentList()} only): ${list}`, {
      place: { line: first.line, column: first.column },
      ruleId: 'safe-mdx',
      source: 'remark-safe-mdx',
    });
  };
};
