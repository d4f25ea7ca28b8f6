/**
 * Text out of HTML-ish source without ever parsing it as HTML, so that no `innerHTML` is
 * assigned anywhere (pages that enforce Trusted Types refuse it). The results are only ever
 * bound as text by Lit, so a tag these regular expressions miss can show, never run.
 */

// HTML's named references for U+00A0…U+00FF, in code point order.
const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';

const NAMED = new Map<string, number>([
  ...LATIN1.split(' ').map((name, i) => [name, 0xa0 + i] as [string, number]),
  ['amp', 38],
  ['lt', 60],
  ['gt', 62],
  ['quot', 34],
  ['apos', 39],
  ['OElig', 0x152],
  ['oelig', 0x153],
  ['Scaron', 0x160],
  ['scaron', 0x161],
  ['Yuml', 0x178],
  ['ndash', 0x2013],
  ['mdash', 0x2014],
  ['lsquo', 0x2018],
  ['rsquo', 0x2019],
  ['sbquo', 0x201a],
  ['ldquo', 0x201c],
  ['rdquo', 0x201d],
  ['bdquo', 0x201e],
  ['bull', 0x2022],
  ['hellip', 0x2026],
  ['euro', 0x20ac],
  ['trade', 0x2122],
  ['thinsp', 0x2009],
  ['nbhy', 0x2011],
]);

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g;

/** A valid code point as text; the replacement character otherwise (as HTML does). */
function codePoint(value: number): string {
  const valid = value > 0 && value <= 0x10ffff && !(value >= 0xd800 && value <= 0xdfff);
  return String.fromCodePoint(valid ? value : 0xfffd);
}

/** Character references (`&amp;`, `&eacute;`, `&#106;`, `&#x6A;`) to text; unknown names stay as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, decimal?: string, hex?: string, name?: string) => {
    if (decimal) return codePoint(Number(decimal));
    if (hex) return codePoint(parseInt(hex, 16));
    const known = NAMED.get(name!);
    return known === undefined ? whole : String.fromCodePoint(known);
  });
}

/** What a browser would never show as text: scripts and styles with their content, comments. */
const HIDDEN = /<(script|style|template|noscript)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)|<!--[\s\S]*?(?:-->|$)/gi;
/** A tag, its quoted attribute values included (they may contain `>`). */
const TAG = /<\/?[A-Za-z][^\s/>]*(?:"[^"]*"|'[^']*'|[^'">])*>|<![^>]*>|<\?[^>]*>/g;

/** The text of a raw HTML block: tags dropped, script and style bodies dropped, references decoded. */
export function textOfHtml(source: string): string {
  return decodeEntities(source.replace(HIDDEN, ' ').replace(TAG, '')).replace(/\s+/g, ' ').trim();
}
