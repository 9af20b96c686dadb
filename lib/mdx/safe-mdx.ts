/**
 * The one walk over a body's MDX syntax tree that decides what a body may contain. The checker
 * reports what it finds with file and line (lib/checks/rules/safe-body.ts); the build's remark
 * plugin throws on it (remark-safe-mdx.ts), so skipping the checker cannot run a body's code.
 *
 * Allowed: Markdown, GFM and the components in BODY_COMPONENTS with plain string attributes;
 * links to https and mailto addresses and to this site's pages; images from this site only.
 * Everything else is refused, including node types this walk does not know.
 */
import type { Nodes, Root } from 'mdast';
import { didYouMean } from '../content/suggest';
import { attributeSpec, BODY_COMPONENTS, componentList, componentSpec } from './components';
import { imageProblem, shownUrl, urlProblem } from './link-policy';
import { soleBlockComponent } from './remark-block-components';

export interface MdxViolation {
  /** 1-based line within the parsed text. */
  line: number;
  column: number;
  message: string;
}

/** Plain Markdown and GFM nodes: nothing in them runs. */
const MARKDOWN_TYPES = new Set([
  'root', 'paragraph', 'text', 'heading', 'thematicBreak', 'blockquote', 'list', 'listItem', 'code',
  'inlineCode', 'emphasis', 'strong', 'delete', 'break', 'link', 'image', 'linkReference',
  'imageReference', 'definition', 'footnoteDefinition', 'footnoteReference', 'table', 'tableRow',
  'tableCell',
]);

/** A short, one-line excerpt of code for a message. */
function excerpt(code: string): string {
  const oneLine = code.replace(/\s+/g, ' ').trim();
  return oneLine.length > 40 ? `${oneLine.slice(0, 39)}…` : oneLine;
}

type Element = Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;
type Place = { position?: { start: { line: number; column: number } } };

function checkElement(node: Element, inParagraph: boolean, report: (place: Place, message: string) => void): void {
  if (node.name === null) {
    report(node, 'fragments <>…</> are not allowed; write Markdown');
    return;
  }
  const spec = componentSpec(node.name);
  if (!spec) {
    const isHtml = /^[a-z]/.test(node.name) || /[-:.]/.test(node.name);
    report(
      node,
      isHtml
        ? `<${node.name}> is not allowed: a body cannot contain raw HTML; write Markdown, or use ${componentList()}`
        : `<${node.name}> is not a component of this site${didYouMean(node.name, Object.keys(BODY_COMPONENTS))}; a body may use ${componentList()}`,
    );
    return;
  }
  const tag = `<${node.name}>`;
  // A block component mixed into a sentence would render <figure> inside <p>, which browsers
  // repair and React then reports as a hydration error. Alone in its paragraph it is lifted out
  // by remark-block-components.ts, so only a mixed one is refused.
  if (spec.block && inParagraph) {
    report(node, `${tag} must stand on its own lines, with a blank line before and after it, not inside a sentence`);
  }
  const written = new Set<string>();
  for (const attribute of node.attributes) {
    const place = attribute.position ? attribute : node;
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      report(place, `${tag} cannot take {${excerpt(attribute.value)}}: braces run code; write each attribute as name="text"`);
      continue;
    }
    const { name, value } = attribute;
    written.add(name);
    if (/^on/i.test(name)) {
      report(place, `${tag} attribute ${name} is an event handler, which runs code in a reader's browser; remove it`);
      continue;
    }
    const attribute_ = attributeSpec(spec, name);
    if (!attribute_) {
      const allowed = Object.keys(spec.attributes);
      report(place, `${tag} has no attribute ${name}${didYouMean(name, allowed)}; write ${Object.values(spec.attributes).map((s) => s.example).join(' and ')}`);
      continue;
    }
    if (value === null || value === undefined) {
      report(place, `${tag} attribute ${name} needs a value in quotes: ${attribute_.example}`);
    } else if (typeof value !== 'string') {
      report(place, `${tag} attribute ${name}={${excerpt(value.value)}} is an expression, which runs code; write ${attribute_.example}`);
    } else if (attribute_.url) {
      const problem = urlProblem(value);
      if (problem) report(place, `${tag} ${name} "${shownUrl(value)}" ${problem}`);
    }
  }
  for (const [name, required] of Object.entries(spec.attributes)) {
    if (required.required && !written.has(name)) report(node, `${tag} needs ${required.example}`);
  }
}

/** Every construct in `tree` that a body may not contain, in reading order. */
export function findUnsafeMdx(tree: Root): MdxViolation[] {
  const found: MdxViolation[] = [];
  const report = (place: Place, message: string) =>
    found.push({ line: place.position?.start.line ?? 1, column: place.position?.start.column ?? 1, message });

  // An explicit stack rather than recursion: a hostile body may nest thousands of levels deep.
  const stack: { node: Nodes; inRoot: boolean; inParagraph: boolean }[] = [{ node: tree, inRoot: false, inParagraph: false }];
  while (stack.length > 0) {
    const { node, inRoot, inParagraph } = stack.pop()!;
    switch (node.type) {
      case 'mdxjsEsm': {
        const isImport = node.data?.estree?.body.some((statement) => statement.type === 'ImportDeclaration') ?? /^\s*import\b/.test(node.value);
        report(node, isImport ? '`import` is not allowed: a body cannot load code or files' : '`export` is not allowed: a body cannot define code');
        break;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report(node, `the expression {${excerpt(node.value)}} is not allowed: braces run code in MDX; to show a brace as text, write \\{`);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, inParagraph, report);
        break;
      case 'image': {
        const problem = imageProblem(node.url);
        if (problem) report(node, `image "${shownUrl(node.url)}" ${problem}`);
        break;
      }
      case 'link':
      case 'definition': {
        const problem = urlProblem(node.url);
        const what = node.type === 'definition' ? 'link definition' : node.type;
        if (problem) report(node, `${what} "${shownUrl(node.url)}" ${problem}`);
        break;
      }
      case 'html':
        report(node, 'raw HTML is not allowed; write Markdown');
        break;
      case 'yaml':
        // The build's parser reads the file's own frontmatter as a `yaml` node that starts the file.
        if (!(inRoot && node.position?.start.line === 1)) report(node, 'a YAML block is only allowed as the frontmatter at the top of the file');
        break;
      default:
        if (!MARKDOWN_TYPES.has(node.type)) report(node, `${node.type} is not allowed in a body; write Markdown`);
    }
    if ('children' in node) {
      const children: Nodes[] = node.children;
      // A paragraph that is only a block component is not "in a paragraph": it becomes the block.
      const mixed = node.type === 'paragraph' && soleBlockComponent(node) === undefined;
      for (let i = children.length - 1; i >= 0; i--) {
        stack.push({ node: children[i]!, inRoot: node.type === 'root', inParagraph: inParagraph || mixed });
      }
    }
  }
  return found.sort((a, b) => a.line - b.line || a.column - b.column);
}
