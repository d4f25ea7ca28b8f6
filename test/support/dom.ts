import { waitUntil } from '@open-wc/testing';

/**
 * The text a person sees in an element's shadow root (closed dialogs excluded), white space
 * folded. It is what is rendered (`innerText`), so WebKit leaves out a row styled
 * `content-visibility: auto` until its first frame: wait for its text with `waitForText`, not
 * for its element.
 */
export function textOf(el: Element): string {
  const children = Array.from((el.shadowRoot ?? el).children) as HTMLElement[];
  return children
    .map((child) => child.innerText ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function $<T extends Element = HTMLElement>(el: Element, selector: string): T | null {
  return (el.shadowRoot ?? el).querySelector<T>(selector);
}

/** The element that has focus, looking into shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Waits until the element's shadow root shows `text`. */
export async function waitForText(el: Element, text: string | RegExp, message?: string, timeout = 4000): Promise<void> {
  await waitUntil(
    () => (typeof text === 'string' ? textOf(el).includes(text) : text.test(textOf(el))),
    message ?? `expected to see ${text}; saw: ${textOf(el)}`,
    { timeout },
  );
}

/** Waits for a selector in the element's shadow root and returns the match. */
export async function waitFor<T extends Element = HTMLElement>(el: Element, selector: string): Promise<T> {
  await waitUntil(() => $(el, selector), `expected ${selector}; saw: ${textOf(el)}`, { timeout: 4000 });
  return $<T>(el, selector)!;
}

/** Describes an element in a few characters (assertion messages must not carry DOM nodes). */
export function describeElement(el: Element | null): string {
  if (!el) return 'nothing';
  const part = el.getAttribute('part');
  return `<${el.localName}${part ? ` part="${part}"` : ''}>${(el.textContent ?? '').trim().slice(0, 40)}`;
}

/** Asserts focus is on `expected` (looking into shadow roots). */
export function assertFocused(expected: Element | null, what = 'the expected element'): void {
  const active = deepActiveElement();
  if (!expected || active !== expected) {
    throw new Error(`expected focus on ${what} (${describeElement(expected)}), found it on ${describeElement(active)}`);
  }
}

/**
 * The accessible name an `aria-labelledby` gives `control`: the text of each element it names,
 * in its root (a shadow root), joined by spaces, as browsers compute it. Fails on a missing id.
 */
export function labelledByText(control: Element): string {
  const root = control.getRootNode() as ShadowRoot | Document;
  const ids = (control.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  if (!ids.length) throw new Error(`${describeElement(control)} has no aria-labelledby`);
  return ids
    .map((id) => {
      const named = root.getElementById(id);
      if (!named) throw new Error(`aria-labelledby names #${id}, which is not in the same root`);
      return named.textContent!.replace(/\s+/g, ' ').trim();
    })
    .join(' ');
}

/** Asserts the element's shadow root has nothing matching `selector`. */
export function assertNone(el: Element, selector: string): void {
  const found = $(el, selector);
  if (found) throw new Error(`expected no ${selector}, found ${describeElement(found)}`);
}

/** Where the first occurrence of `word` in `el`'s text is drawn (to assert a layout as a person sees it). */
export function wordRect(el: Element, word: string): DOMRect {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(word);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + word.length);
    return range.getBoundingClientRect();
  }
  throw new Error(`"${word}" is not in ${describeElement(el)}`);
}
