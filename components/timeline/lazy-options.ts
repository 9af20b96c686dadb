/**
 * The timeline's filter selects hold their choices as JSON (`data-options`) in the page, not as
 * `<option>` elements: the actor list alone is over 300 choices, and the browser parses and
 * styles every option of the page while it first draws it, on a slow phone a long task before the
 * page answers. The explorer island (use-filter-form.ts) turns the JSON into options when a
 * select is about to be used (focus, a press, a key); a choice from the address is added at
 * once, so the chosen actor shows from the start.
 */

/** A select's choices, `[value, label]` each, in the order shown after "Any". */
export type LazyChoices = readonly (readonly [string, string])[];

/** The attribute holding a select's choices until they are filled in. */
export const CHOICES_ATTRIBUTE = 'data-options';

function choicesOf(select: HTMLSelectElement): LazyChoices | undefined {
  const text = select.getAttribute(CHOICES_ATTRIBUTE);
  if (text === null) return undefined;
  const parsed: unknown = JSON.parse(text);
  // The page writes this attribute itself (components/timeline/timeline-filters.tsx); anything else is no list of choices.
  if (!Array.isArray(parsed)) return [];
  return parsed.filter((pair): pair is [string, string] => Array.isArray(pair) && typeof pair[0] === 'string' && typeof pair[1] === 'string');
}

function option(value: string, label: string): HTMLOptionElement {
  const element = document.createElement('option');
  element.value = value;
  element.textContent = label;
  return element;
}

/** Puts every choice of `select` in it, after its first option ("Any"), keeping the chosen value. Does nothing once filled. */
function fillChoices(select: HTMLSelectElement): void {
  const choices = choicesOf(select);
  if (!choices) return;
  const { value } = select;
  const fragment = document.createDocumentFragment();
  for (const [choice, label] of choices) fragment.append(option(choice, label));
  // Only "Any" (and a choice added by `showChoice`) are there before: the full list replaces them after "Any".
  while (select.options.length > 1) select.options[1]!.remove();
  select.append(fragment);
  select.removeAttribute(CHOICES_ATTRIBUTE);
  select.value = value;
}

/** Makes `value` one of the select's options (from its choices, if not yet filled in), so that it can be shown as chosen. */
export function showChoice(select: HTMLSelectElement, value: string): void {
  if (!value || [...select.options].some((element) => element.value === value)) return;
  const label = choicesOf(select)?.find(([choice]) => choice === value)?.[1];
  if (label !== undefined) select.append(option(value, label));
}

const isSelect = (target: EventTarget | null): target is HTMLSelectElement => target instanceof HTMLSelectElement;

/**
 * Fills a select of `form` that holds its choices as JSON when a reader is about to use it: on
 * focus (the keyboard, a label, a screen reader's focus mode) or a press, before the browser opens
 * its list or moves its choice. Not when the browser is idle: work left for later keeps a slow
 * phone busy after the page looked ready. Returns what stops it.
 */
export function fillChoicesOnUse(form: HTMLFormElement): () => void {
  const onUse = (event: Event) => {
    if (isSelect(event.target)) fillChoices(event.target);
  };
  const events = ['focusin', 'pointerdown', 'mousedown', 'keydown'] as const;
  for (const name of events) form.addEventListener(name, onUse, true);
  return () => {
    for (const name of events) form.removeEventListener(name, onUse, true);
  };
}
