/** Hidden characters: refused in text fields, shown escaped wherever the checker echoes a value. */
import { describe, expect, it } from 'vitest';
import { formatAnnotation, formatProblem } from '@/lib/checks/problem';
import { frontmatterSchema } from '@/lib/checks/rules/frontmatter-schema';
import { visible } from '@/lib/content/visible-text';
import { amazon, context, doc, entryYaml } from '../support/docs';

const FILE = 'content/entries/2020/2020-06-10-amazon-pause.mdx';
const problems = (overrides: Record<string, string>) =>
  frontmatterSchema.check(context([doc('entry', '2020-06-10-amazon-pause', entryYaml(overrides)), amazon()])).map(formatProblem);

describe('hidden characters in text fields', () => {
  it('refuses a right-to-left override in a title, naming it and its position', () => {
    expect(problems({ title: 'title: "Amazon pauses \\u202Epolice use"' })).toEqual([
      `${FILE}:2: title: contains a bidirectional control character (U+202E) at character 15; remove it`,
    ]);
  });

  it('refuses control characters and zero-width characters in summaries, source titles and names', () => {
    expect(problems({ summary: 'summary: "A pause\\u0007 for a year."' })).toEqual([
      `${FILE}:5: summary: contains a control character (U+0007) at character 8; remove it`,
    ]);
    expect(problems({ sources: 'sources:\n  - title: "Mora\\u200Btorium"\n    url: https://www.aboutamazon.com/news\n    publisher: Amazon' })).toEqual([
      `${FILE}:8: sources[0].title: contains a zero-width character (U+200B) at character 5; remove it`,
    ]);
    const entity = doc('entity', 'acme', 'name: "Ac\\u2066me"\ncategory: company\naliases: ["A\\nB"]');
    expect(frontmatterSchema.check(context([entity])).map(formatProblem)).toEqual([
      'content/entities/acme.mdx:2: name: contains a bidirectional control character (U+2066) at character 3; remove it',
      'content/entities/acme.mdx:4: aliases[0]: contains a line break (U+000A) at character 2; remove it',
    ]);
  });
});

describe('values echoed by the checker', () => {
  const forged = { file: 'content/entities/x.mdx', line: 3, field: 'parent', message: '"a\n::stop-commands::x\r\n::notice::hi\u202E" is not an entity' };

  it('cannot start a line of their own on standard error', () => {
    const line = formatProblem(forged);
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toBe('content/entities/x.mdx:3: parent: "a\\u{A}::stop-commands::x\\u{D}\\u{A}::notice::hi\\u{202E}" is not an entity');
  });

  it('cannot forge a workflow command through an annotation', () => {
    const annotation = formatAnnotation(forged);
    expect(annotation.split('\n')).toHaveLength(1);
    expect(annotation).toContain('"a%0A::stop-commands::x%0D%0A::notice::hi\\u{202E}" is not an entity');
    expect(visible('plain text')).toBe('plain text');
  });
});
