/**
 * The project's own components that an entry or entity body may use, with the attributes each
 * takes. components/mdx-content.tsx renders exactly these; a test keeps the two lists in step.
 */
export interface AttributeSpec {
  /** Whether the attribute must be written. */
  required: boolean;
  /** Whether the value is an address, checked like a Markdown link. */
  url: boolean;
  /** What to write, shown in messages: `by="Brad Smith"`. */
  example: string;
}

export const BODY_COMPONENTS: Readonly<Record<string, Readonly<Record<string, AttributeSpec>>>> = {
  Quote: {
    by: { required: true, url: false, example: 'by="Brad Smith"' },
    source: { required: false, url: true, example: 'source="https://…"' },
  },
};

/** `<Quote>`, for messages that list what is allowed. */
export function componentList(): string {
  return Object.keys(BODY_COMPONENTS)
    .map((name) => `<${name}>`)
    .join(', ');
}
