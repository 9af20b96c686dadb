import { describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/checks/problem';
import { bodyLength } from '@/lib/checks/rules/body-length';
import { context, doc, entryYaml } from '../../support/docs';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
const check = (body: string) => bodyLength.check(context([doc('entry', '2020-06-10-x', entryYaml(), body)])).map(formatProblem);

describe('body-length rule', () => {
  it('accepts 120 to 400 words, not counting link addresses', () => {
    expect(check(`${words(119)} [link](https://example.com/a/b/c)`)).toEqual([]);
    expect(check(words(400))).toEqual([]);
  });

  it('asks for more when the body is short, on the line it starts', () => {
    expect(check(words(50))).toEqual([
      'content/entries/2020/2020-06-10-x.mdx:14: body: has 50 words; write 120 to 400 (say what happened, the context and the reactions)',
    ]);
  });

  it('asks for less when the body is long', () => {
    expect(check(words(401))).toEqual(['content/entries/2020/2020-06-10-x.mdx:14: body: has 401 words; write 120 to 400 (keep to the essentials)']);
  });

  it('wants an entity described', () => {
    const entity = doc('entity', 'amazon', 'name: Amazon\ncategory: company', '');
    expect(bodyLength.check(context([entity])).map(formatProblem)).toEqual([
      'content/entities/amazon.mdx:5: body: is empty; describe in a sentence or two who or what this is',
    ]);
  });
});
