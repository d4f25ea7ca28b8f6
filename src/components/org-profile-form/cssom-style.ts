import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

type Styles = Record<string, string>;

/**
 * `<img ${cssomStyle({ width: '20px' })}>`: sets inline styles through the CSSOM
 * (`element.style.setProperty`), from the first render on. Lit's `styleMap` writes its first
 * values as a `style` attribute, which a page's `Content-Security-Policy: style-src` without
 * `'unsafe-inline'` blocks; the CSSOM is never blocked.
 */
class CssomStyle extends Directive {
  private names: string[] = [];

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssomStyle() belongs in an element’s tag');
  }

  render(_styles: Styles) {
    return nothing;
  }

  override update(part: ElementPart, [styles]: [Styles]) {
    const style = (part.element as HTMLElement).style;
    for (const name of this.names) if (!(name in styles)) style.removeProperty(name);
    for (const [name, value] of Object.entries(styles)) style.setProperty(name, value);
    this.names = Object.keys(styles);
    return nothing;
  }
}

export const cssomStyle = directive(CssomStyle);
