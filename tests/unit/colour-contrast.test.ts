/**
 * The kinds' colours pass WCAG contrast in both themes, computed from the custom properties in
 * app/globals.css that the pages use: a badge's word on its tint at least 4.5:1 (normal text),
 * a chart mark against the page at least 3:1 (graphics, WCAG 1.4.11), the page's text 7:1.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KINDS } from '@/lib/content/vocab';

const css = readFileSync('app/globals.css', 'utf8');

/** The `--name: #rrggbb` declarations of one rule block, found by its exact selector. */
function customProperties(selector: string): Map<string, string> {
  const blocks = [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)].filter(([, head]) => head!.trim().split('\n').pop()!.trim() === selector);
  expect(blocks.length, `one "${selector}" block with the colours`).toBeGreaterThan(0);
  const found = new Map<string, string>();
  for (const [, , body] of blocks) for (const [, name, value] of body!.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)) found.set(name!, value!);
  return found;
}

/** WCAG 2 relative luminance of an sRGB colour written `#rrggbb`. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const channel = parseInt(hex.slice(i, i + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2 contrast ratio, from 1 to 21. */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

describe('contrast arithmetic', () => {
  it('matches the WCAG reference values', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});

describe.each([
  ['light', ':root'],
  ['dark', ':root.dark'],
])('kind colours in the %s theme', (_theme, selector) => {
  const colours = customProperties(selector);
  const colour = (name: string) => {
    const value = colours.get(name);
    expect(value, `${name} in ${selector}`).toBeDefined();
    return value!;
  };

  it('has page text readable on the page background', () => {
    expect(contrast(colour('--page-text'), colour('--page-background'))).toBeGreaterThanOrEqual(7);
  });

  it.each(KINDS.values)('%s: badge word on its tint at least 4.5:1, mark on the page at least 3:1', (kind) => {
    const background = colour('--page-background');
    expect(contrast(colour(`--kind-${kind}-text`), colour(`--kind-${kind}-tint`)), `${kind} badge`).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colour(`--kind-${kind}-mark`), background), `${kind} mark`).toBeGreaterThanOrEqual(3);
  });
});
