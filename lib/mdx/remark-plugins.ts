/**
 * The remark plugins every MDX body is compiled with. The content step
 * (lib/content-build/compile-body.ts) compiles with exactly this list, and the tests compile
 * attack bodies with it, so what is tested is what runs.
 */
import type { PluggableList } from 'unified';
import { MDX_SYNTAX_PLUGINS } from './parse-mdx';
import { remarkBlockComponents } from './remark-block-components';
import { remarkSafeMdx } from './remark-safe-mdx';

/** The guard runs first, on the tree as written; then block components leave their paragraphs. */
export const REMARK_PLUGINS: PluggableList = [...MDX_SYNTAX_PLUGINS, remarkSafeMdx, remarkBlockComponents];
