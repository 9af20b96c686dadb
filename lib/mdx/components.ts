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

export interface ComponentSpec {
  /** Whether it renders a block (a `<figure>`), so it must stand on its own lines, not in a paragraph. */
  block: boolean;
  attributes: Readonly<Record<string, AttributeSpec>>;
}

export const BODY_COMPONENTS: Readonly<Record<string, ComponentSpec>> = {
  Quote: {
    block: true,
    attributes: {
      by: { required: true, url: false, example: 'by="Brad Smith"' },
      source: { required: false, url: true, example: 'source="https://…"' },
    },
  },
};

/**
 * The spec of a component by its name, looked up as an own property only: names such as
 * `constructor` or `__proto__` reach Object.prototype through a plain `[]` lookup.
 */
export function componentSpec(name: string): ComponentSpec | undefined {
  return Object.hasOwn(BODY_COMPONENTS, name) ? BODY_COMPONENTS[name] : undefined;
}

/** The spec of one attribute of a component, again as an own property only. */
export function attributeSpec(component: ComponentSpec, name: string): AttributeSpec | undefined {
  return Object.hasOwn(component.attributes, name) ? component.attributes[name] : undefined;
}

/** `<Quote>`, for messages that list what is allowed. */
export function componentList(): string {
  return Object.keys(BODY_COMPONENTS)
    .map((name) => `<${name}>`)
    .join(', ');
}
