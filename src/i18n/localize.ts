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

/** A valid Date from an ISO string or a Date; null for anything else (udata sends strings). */
function toDate(value: unknown): Date | null {
  const date = typeof value === 'string' ? new Date(value) : value instanceof Date ? value : null;
  return date && !Number.isNaN(date.getTime()) ? date : null;
}

type LocalizedHost = ReactiveControllerHost & HTMLElement;

const formatters = new Map<string, unknown>();

/** Intl formatters are costly to build and rows render many dates: one per language and options. */
function formatter<T>(Kind: new (lang: string, options: object) => T, lang: Lang, options: object): T {
  const key = `${Kind.name}|${lang}|${JSON.stringify(options)}`;
  let instance = formatters.get(key) as T | undefined;
  if (!instance) {
    instance = new Kind(lang, options);
    formatters.set(key, instance);
  }
  return instance;
}
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

  constructor(
    private readonly host: LocalizedHost,
    private readonly sections: S = {} as S,
  ) {
    host.addController(this);
  }

  hostConnected() {
    hosts.add(this.host);
    watchLangChanges();
  }

  hostDisconnected() {
    hosts.delete(this.host);
  }

  get lang(): Lang {
    return resolveLang(this.host);
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

  /** A date from udata (an ISO string); anything else, a number included, gives ''. */
  date(value: string | Date | null | undefined, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
    const date = toDate(value);
    return date ? formatter(Intl.DateTimeFormat, this.lang, options).format(date) : '';
  }

  /** "il y a 3 jours" / "3 days ago". */
  relative(value: string | Date | null | undefined, now = Date.now()): string {
    const date = toDate(value);
    if (!date) return '';
    const seconds = (date.getTime() - now) / 1000;
    const format = formatter(Intl.RelativeTimeFormat, this.lang, { numeric: 'auto' });
    const steps: Array<[Intl.RelativeTimeFormatUnit, number]> = [
      ['year', 31_536_000],
      ['month', 2_592_000],
      ['week', 604_800],
      ['day', 86_400],
      ['hour', 3600],
      ['minute', 60],
    ];
    for (const [unit, size] of steps) {
      if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
    }
    return format.format(0, 'second');
  }

  /** "142 jeux de données", "1 réutilisation": a number with the noun that agrees with it. */
  count(value: number, forms: { one: string; other: string }): string {
    return `${this.number(value)} ${this.noun(value, forms)}`;
  }

  /** The form of a noun that agrees with a number ("jeu de données" / "jeux de données"). */
  noun(value: number, forms: { one: string; other: string }): string {
    return formatter(Intl.PluralRules, this.lang, {}).select(value) === 'one' ? forms.one : forms.other;
  }

  number(value: number | null | undefined): string {
    return value === null || value === undefined ? '' : formatter(Intl.NumberFormat, this.lang, {}).format(value);
  }
}
