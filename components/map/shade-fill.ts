import type { CSSProperties } from 'react';

/**
 * A fill for SVG shapes and legend swatches that follows the theme: the colours go in custom
 * properties and the class picks the light or dark one.
 */
export function themedFill(light: string, dark: string): { className: string; style: CSSProperties } {
  return { className: 'fill-(--fill-light) dark:fill-(--fill-dark)', style: { '--fill-light': light, '--fill-dark': dark } as CSSProperties };
}

/** The same colours as a background, for the legend's swatches. */
export function themedBackground(light: string, dark: string): { className: string; style: CSSProperties } {
  return { className: 'bg-(--fill-light) dark:bg-(--fill-dark)', style: { '--fill-light': light, '--fill-dark': dark } as CSSProperties };
}
