import { describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/checks/problem';
import { binds } from '@/lib/checks/rules/binds';
import { references } from '@/lib/checks/rules/references';
import { context, doc, entryYaml } from '../../support/docs';

const SLUG = '2022-05-09-aclu-clearview-settlement';
const FILE = `content/entries/2022/${SLUG}.mdx`;
const ENTITIES = [
  doc('entity', 'clearview-ai', 'name: Clearview AI\ncategory: company\naliases: [Clearview]'),
  doc('entity', 'aclu', 'name: American Civil Liberties Union\ncategory: organization\naliases: [ACLU]'),
  doc('entity', 'garante-privacy', 'name: Garante per la protezione dei dati personali\ncategory: government'),
  doc('entity', 'italy', 'name: Italy\ncategory: jurisdiction\nlevel: country'),
  doc('entity', 'microsoft', 'name: Microsoft\ncategory: company'),
  doc('entity', 'brad-smith', 'name: Brad Smith\ncategory: person'),
];
/** A rule: `measure` and `status` on top of the valid entry the fixture starts from. */
const RULE = { status: 'status: settled', scope: 'scope: [private-sector]', measure: 'measure: [sales-halt]' };
const check = (overrides: Record<string, string | undefined>) =>
  binds.check(context([doc('entry', SLUG, entryYaml({ ...RULE, ...overrides })), ...ENTITIES])).map(formatProblem);

describe('binds rule', () => {
  it('asks a settlement to name whom it binds, on the actors line, and suggests the company that settled', () => {
    expect(
      check({
        title: 'title: Clearview AI settles ACLU suit and accepts a nationwide bar on sales',
        kind: 'kind: legal',
        actors: 'actors: [clearview-ai, aclu]',
      }),
    ).toEqual([
      `${FILE}:6: binds: is required: the actors of a legal entry are who acted, not whom its rule binds. Add \`binds: [clearview-ai]\` below \`actors\` (suggested from the actors and title: keep only whom the rule binds)`,
    ]);
  });

  it('suggests the party a regulator\'s decision names in its title, not the regulator or the place', () => {
    expect(
      check({ title: 'title: Italy fines Clearview AI 20 million euros', kind: 'kind: legal', actors: 'actors: [garante-privacy]', jurisdictions: 'jurisdictions: [italy]' }),
    ).toEqual([
      `${FILE}:6: binds: is required: the actors of a legal entry are who acted, not whom its rule binds. Add \`binds: [clearview-ai]\` below \`actors\` (suggested from the actors and title: keep only whom the rule binds)`,
    ]);
  });

  it('shows what to write when nothing suggests itself', () => {
    expect(check({ title: 'title: A regulator warns the police', kind: 'kind: legal', actors: 'actors: [garante-privacy]' })).toEqual([
      `${FILE}:6: binds: is required: the actors of a legal entry are who acted, not whom its rule binds. Add \`binds: [<entity-slug>]\` below \`actors\`, with the slugs of the company, agency or place the rule binds`,
    ]);
  });

  it('asks a company policy with several actors which of them it binds', () => {
    expect(check({ title: 'title: Microsoft sets six principles', actors: 'actors: [microsoft, brad-smith]', status: 'status: in-effect' })).toEqual([
      `${FILE}:6: binds: is required: a company policy with 2 actors does not say which of them it binds. Add \`binds: [microsoft]\` below \`actors\` (suggested from the actors and title: keep only whom the rule binds)`,
    ]);
  });

  it('asks legislation with no place to name whom it binds', () => {
    expect(check({ kind: 'kind: legislation', actors: 'actors: [garante-privacy]', title: 'title: A rule with no place', status: 'status: enacted' })).toEqual([
      `${FILE}:6: binds: is required: legislation with no \`jurisdictions\` names no place for it to bind. Add \`binds: [<entity-slug>]\` below \`actors\`, with the slugs of the company, agency or place the rule binds`,
    ]);
  });

  it('infers a law\'s places and a sole company\'s own policy, and accepts a written `binds`', () => {
    expect(check({ kind: 'kind: legislation', actors: 'actors: [garante-privacy]', jurisdictions: 'jurisdictions: [italy]', status: 'status: enacted' })).toEqual([]);
    expect(check({ actors: 'actors: [microsoft]', status: 'status: in-effect' })).toEqual([]);
    expect(check({ kind: 'kind: legal', actors: 'actors: [clearview-ai, aclu]\nbinds: [clearview-ai]' })).toEqual([]);
  });

  it('refuses `binds` on an entry that is not a rule, and an empty `binds`', () => {
    expect(check({ actors: 'actors: [aclu]\nbinds: [clearview-ai]', scope: undefined, measure: undefined, status: undefined })).toEqual([
      `${FILE}:7: binds: says who a rule binds, but this entry has no \`measure\`: add \`scope\`, \`measure\` and \`status\`, or remove \`binds\``,
    ]);
    expect(check({ kind: 'kind: legal', actors: 'actors: [aclu]\nbinds: []' })).toEqual([
      `${FILE}:7: binds: is empty: name at least one entity the rule binds, or remove the line where it can be inferred`,
    ]);
  });

  it('leaves an entry that is not a rule alone', () => {
    expect(check({ kind: 'kind: legal', actors: 'actors: [aclu]', scope: undefined, measure: undefined, status: undefined })).toEqual([]);
  });

  it('has `binds` slugs checked like actors', () => {
    const problems = references
      .check(context([doc('entry', SLUG, entryYaml({ ...RULE, kind: 'kind: legal', actors: 'actors: [aclu]\nbinds: [clearveiw-ai]' })), ...ENTITIES]))
      .map(formatProblem);
    expect(problems).toEqual([`${FILE}:7: binds[0]: "clearveiw-ai" is not an entity in content/entities/ (did you mean "clearview-ai"?)`]);
  });
});
