import type { Organization } from '../../api/models.js';

/**
 * What an admin types to confirm a deletion, and how it is compared: the intent counts, not
 * the keyboard. Both sides are read in Unicode NFC then NFKC, case-insensitively, with every
 * apostrophe (’ ‘ ' ʼ ´ `), every double quote (« » “ ” „ "), every dash (‐ ‑ – — −) and every
 * run of white space (non-breaking ones included) made one, and invisible characters dropped:
 * smart punctuation, a pasted non-breaking space or decomposed accents never refuse a name.
 * Accents themselves count (they are part of the name).
 */

const APOSTROPHE = /['’‘ʼ´`ʹ′‛＇]/;
const QUOTE = /["«»“”„‟″‹›＂]/;
const DASH = /[‐‑‒–—―−﹣－]/;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
const WHITE_SPACE = /\s/;

/** A text folded for comparison, with where each folded character comes from in the text. */
interface Folded {
  text: string;
  /** `sources[i]`: the index in `display` of folded character i; `sources[text.length]` is the end. */
  sources: number[];
  /** The text as shown (NFC). */
  display: string;
}

function fold(value: string): Folded {
  const display = value.normalize('NFC');
  let text = '';
  const sources: number[] = [];
  let pendingSpace = -1;
  let index = 0;
  for (const char of display) {
    const at = index;
    index += char.length;
    if (INVISIBLE.test(char)) continue;
    if (WHITE_SPACE.test(char)) {
      if (pendingSpace < 0) pendingSpace = at;
      continue;
    }
    // Leading white space is dropped; a run inside the text is one space.
    if (pendingSpace >= 0 && text) {
      text += ' ';
      sources.push(pendingSpace);
    }
    pendingSpace = -1;
    // Folded before NFKC: NFKC turns ´ into a space and a combining accent.
    const folded = APOSTROPHE.test(char)
      ? "'"
      : QUOTE.test(char)
        ? '"'
        : DASH.test(char)
          ? '-'
          : char.normalize('NFKC').toLowerCase();
    for (const unit of folded) {
      text += unit;
      sources.push(at);
    }
  }
  // Trailing white space is dropped: the text ends where its last character does.
  sources.push(pendingSpace >= 0 ? pendingSpace : display.length);
  return { text, sources, display };
}

/** What the dialog asks to type: the acronym when the organization has a real one, else its name. */
export interface ConfirmationTarget {
  kind: 'acronym' | 'name';
  text: string;
  /** Also accepted: the full name, when the acronym is asked. */
  alternatives: string[];
}

export function confirmationTarget(org: Pick<Organization, 'name' | 'acronym'>): ConfirmationTarget {
  const acronym = org.acronym?.trim() ?? '';
  // "A" or "-" would confirm nothing: at least two letters or digits.
  if ((fold(acronym).text.match(/[\p{L}\p{N}]/gu) ?? []).length >= 2 && fold(acronym).text !== fold(org.name).text) {
    return { kind: 'acronym', text: acronym, alternatives: [org.name] };
  }
  return { kind: 'name', text: org.name, alternatives: [] };
}

/** One side of a difference: the text as shown, split around the part that differs. */
export interface DiffSide {
  before: string;
  part: string;
  after: string;
}

/** How the typed text differs from the expected one. */
export type Difference =
  | { kind: 'empty' }
  | {
      kind: 'missing' | 'extra' | 'replaced';
      /** Where: at the start, at the end, or inside (then `position`, 1-based, in the expected text). */
      where: 'start' | 'end' | 'inside';
      position: number;
      expected: DiffSide;
      typed: DiffSide;
    };

function split(folded: Folded, start: number, end: number): DiffSide {
  const from = folded.sources[start];
  const to = folded.sources[end];
  return { before: folded.display.slice(0, from), part: folded.display.slice(from, to), after: folded.display.slice(to) };
}

function compare(expected: Folded, typed: Folded): Difference & { score: number } {
  const a = expected.text;
  const b = typed.text;
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) {
    suffix++;
  }
  const expectedSide = split(expected, prefix, a.length - suffix);
  const typedSide = split(typed, prefix, b.length - suffix);
  const kind = !typedSide.part ? 'missing' : !expectedSide.part ? 'extra' : 'replaced';
  const where = prefix === 0 && kind !== 'replaced' ? 'start' : suffix === 0 && kind !== 'replaced' ? 'end' : 'inside';
  const position = [...expectedSide.before].length + 1;
  return { kind, where, position, expected: expectedSide, typed: typedSide, score: prefix + suffix };
}

/** Whether `typed` confirms the target (or one of its alternatives). */
export function confirms(typed: string, target: ConfirmationTarget): boolean {
  const text = fold(typed).text;
  return [target.text, ...target.alternatives].some((candidate) => fold(candidate).text === text);
}

/**
 * How `typed` differs from the target, or from the alternative it is closest to (someone who
 * types the full name is told about the full name); null when it confirms.
 */
export function differenceFrom(typed: string, target: ConfirmationTarget): Difference | null {
  if (confirms(typed, target)) return null;
  const folded = fold(typed);
  if (!folded.text) return { kind: 'empty' };
  const [best] = [target.text, ...target.alternatives]
    .map((candidate) => compare(fold(candidate), folded))
    .sort((x, y) => y.score - x.score); // stable: the asked text wins a tie
  const { score: _score, ...difference } = best;
  void _score;
  return difference;
}
