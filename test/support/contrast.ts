/** Colours as a person sees them: computed colours, the background behind an element, WCAG contrast. */

type Rgba = [r: number, g: number, b: number, a: number];

/** A computed colour (`rgb(…)`, `rgba(…)`, `color(srgb …)`, `transparent`) as 0–255 channels and alpha. */
export function parseColor(value: string): Rgba {
  if (value === 'transparent') return [0, 0, 0, 0];
  const srgb = value.match(/^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.e-]+))?\)$/);
  if (srgb) return [+srgb[1] * 255, +srgb[2] * 255, +srgb[3] * 255, srgb[4] === undefined ? 1 : +srgb[4]];
  const rgb = value.match(/^rgba?\(([\d.]+)[, ]+([\d.]+)[, ]+([\d.]+)(?:[,/ ]+([\d.]+%?))?\)$/);
  if (!rgb) throw new Error(`unparsed colour: ${value}`);
  const alpha = rgb[4] === undefined ? 1 : rgb[4].endsWith('%') ? parseFloat(rgb[4]) / 100 : +rgb[4];
  return [+rgb[1], +rgb[2], +rgb[3], alpha];
}

/** `top` drawn over an opaque `bottom`. */
function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat(1) as Rgba;
}

/** The parent in the flat tree enough for backgrounds: the parent element, or the shadow root's host. */
function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * The opaque colour behind `el`'s text: its background and its ancestors' (across shadow
 * roots), composited, on the white of the page's canvas. Background images are not looked at.
 */
export function backgroundBehind(el: Element): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = el; node; node = parentOf(node)) {
    const layer = parseColor(getComputedStyle(node).backgroundColor);
    if (layer[3] > 0) layers.push(layer);
    if (layer[3] >= 1) break;
  }
  return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
}

/** WCAG 2 relative luminance. */
function luminance([r, g, b]: Rgba): number {
  const [R, G, B] = [r, g, b].map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * R + 0.7152 * G + 0.0722 * B;
}

/** WCAG 2 contrast ratio of two colours (1 to 21); a translucent foreground is drawn over the background first. */
export function contrastRatio(foreground: Rgba | string, background: Rgba | string): number {
  const bg = typeof background === 'string' ? parseColor(background) : background;
  const fg = over(typeof foreground === 'string' ? parseColor(foreground) : foreground, bg);
  const [light, dark] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}

/** The contrast of `el`'s text colour on what is behind it, rounded to two decimals. */
export function textContrast(el: Element): number {
  const ratio = contrastRatio(getComputedStyle(el).color, backgroundBehind(el));
  return Math.round(ratio * 100) / 100;
}

/** `el`'s text colour and background, for assertion messages. */
export function describeColors(el: Element): string {
  const bg = backgroundBehind(el).map((c) => Math.round(c));
  return `${el.localName}: ${getComputedStyle(el).color} on rgb(${bg.slice(0, 3).join(', ')})`;
}
