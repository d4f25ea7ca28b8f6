import { LocalizeController, type Lang, type TermSections } from './localize.js';

/** A valid Date from an ISO string or a Date; null for anything else (udata sends strings). */
function toDate(value: unknown): Date | null {
  const date = typeof value === 'string' ? new Date(value) : value instanceof Date ? value : null;
  return date && !Number.isNaN(date.getTime()) ? date : null;
}

const formatters = new Map<string, unknown>();
const JUST_NOW = { fr: 'à l’instant', en: 'just now' };

/** Intl formatters are costly to build and rows render many dates: one per language and options. */
export function formatter<T>(Kind: new (lang: string, options: object) => T, lang: Lang, options: object): T {
  const key = `${Kind.name}|${lang}|${JSON.stringify(options)}`;
  let instance = formatters.get(key) as T | undefined;
  if (!instance) {
    instance = new Kind(lang, options);
    formatters.set(key, instance);
  }
  return instance;
}

const warmed = new Set<Lang>();

/** The formatters most rows use first: built ahead, each in a task of its own. */
const WARM: Array<[new (lang: string, options: object) => unknown, object]> = [
  [Intl.DateTimeFormat, { dateStyle: 'long' }],
  [Intl.NumberFormat, {}],
  [Intl.PluralRules, {}],
  [Intl.RelativeTimeFormat, { numeric: 'auto' }],
];

/** When the page has nothing else to do (`requestIdleCallback`, not in every browser), or in a task. */
const whenIdle: (work: () => void) => void =
  typeof requestIdleCallback === 'function' ? (work) => requestIdleCallback(work) : (work) => setTimeout(work);

/**
 * Builds ahead the formatters the first rows will use in `lang`: a page's first
 * Intl.DateTimeFormat takes 6-11 ms (its locale data is loaded then), its first NumberFormat
 * 2 ms, four times that on a slow phone. Each is built in a task of its own, while the page
 * or the element's data loads, instead of between udata's answer and the first rows.
 */
function warmUp(lang: Lang, later: (work: () => void) => void = setTimeout): void {
  if (warmed.has(lang)) return;
  warmed.add(lang);
  for (const [Kind, options] of WARM) later(() => formatter(Kind, lang, options));
}

// The page's language (a guess: a wrong one only warms the other), as soon as the module is
// loaded and the page idle: an element inserted later (a framework's route, a dialog) renders
// its first dates without building formatters.
if (typeof document !== 'undefined') whenIdle(() => warmUp(/^en\b/i.test(document.documentElement.lang) ? 'en' : 'fr', whenIdle));

/**
 * A {@link LocalizeController} that also formats in the element's language: dates, relative
 * times, numbers and nouns that agree with them. Only the elements that show dates or counts
 * use it, so the join button carries no formatting code.
 */
export class FormatController<S extends TermSections = Record<never, never>> extends LocalizeController<S> {
  override hostConnected(): void {
    super.hostConnected();
    warmUp(this.lang);
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
    // Not "maintenant" / "now" mid-sentence: "à l’instant" / "just now".
    return JUST_NOW[this.lang as keyof typeof JUST_NOW] ?? format.format(0, 'second');
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
