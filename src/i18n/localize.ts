import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { TERMS, type Lang, type Terms } from './terms.js';

export type { Lang, Terms };

const isSupported = (value: string | null | undefined): Lang | null => {
  const primary = (value ?? '').trim().toLowerCase().split('-')[0];
  return primary === 'fr' || primary === 'en' ? primary : null;
};

/**
 * The element's language: its own `lang` when it is `fr` or `en`, otherwise the nearest
 * ancestor's (crossing shadow roots), otherwise French.
 */
export function resolveLang(element: Element): Lang {
  let node: Element | null = element;
  while (node) {
    const found: Element | null = node.closest('[lang]');
    if (found) {
      const lang = isSupported(found.getAttribute('lang'));
      if (lang) return lang;
      node = found.parentElement ?? hostOf(found);
      continue;
    }
    node = hostOf(node);
  }
  return 'fr';
}

const hostOf = (node: Element): Element | null => {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
};

export type LocalizedHost = ReactiveControllerHost & HTMLElement;

const hosts = new Set<LocalizedHost>();
let observer: MutationObserver | undefined;

function watchLangChanges() {
  if (observer || typeof MutationObserver === 'undefined') return;
  // One observer for the page: a `lang` change anywhere re-renders the elements.
  observer = new MutationObserver(() => hosts.forEach((host) => host.requestUpdate()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/** An element's own words: section name → one table per language. */
export type TermSections = Record<string, Record<Lang, unknown>>;

/** The shared words plus the element's own sections, in one language. */
export type TermsWith<S extends TermSections> = Terms & { [K in keyof S]: S[K][Lang] };

/**
 * Gives an element its terms and formatters in the language of its place in the page: the
 * shared words, plus the sections the element brings (so a bundle of one element carries
 * only that element's words).
 */
export class LocalizeController<S extends TermSections = Record<never, never>> implements ReactiveController {
  private readonly cache = new Map<Lang, TermsWith<S>>();
  /** The language found for the current render; looked for again before each one. */
  private resolved: Lang | null = null;

  constructor(
    private readonly host: LocalizedHost,
    private readonly sections: S = {} as S,
  ) {
    host.addController(this);
  }

  hostConnected() {
    this.resolved = null;
    hosts.add(this.host);
    watchLangChanges();
  }

  hostDisconnected() {
    hosts.delete(this.host);
  }

  /**
   * Each update (a `lang` change anywhere asks one) looks for the language once: a walk up
   * the page that a render would otherwise repeat for every row's words and dates.
   */
  hostUpdate() {
    this.resolved = null;
  }

  get lang(): Lang {
    return (this.resolved ??= resolveLang(this.host));
  }

  get t(): TermsWith<S> {
    const lang = this.lang;
    let terms = this.cache.get(lang);
    if (!terms) {
      const own = Object.fromEntries(Object.entries(this.sections).map(([name, table]) => [name, table[lang]]));
      terms = { ...TERMS[lang], ...own } as TermsWith<S>;
      this.cache.set(lang, terms);
    }
    return terms;
  }
}
