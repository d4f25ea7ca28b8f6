/**
 * udata's field mask: the `X-Fields` request header of every endpoint that marshals its
 * answer (flask-restx 1.3's `Mask`, `flask_restx/mask.py`, as udata 17.6 pins it).
 *
 * - `id,name,members{role,user{id}}`: only these fields; outer braces are optional; a mask
 *   on a list applies to each item; `*` adds every field not named.
 * - A field the answer does not have is left out (udata masks with `skip=True`).
 * - A syntax error answers 400 `{"message": "Mask parse error: …"}`; a sub-mask on a plain
 *   value (`name{x}`) answers 400 `{"message": "Mask error: Mask is inconsistent with model"}`.
 */

/** A parsed mask: each field kept, with its own sub-mask or `true` for the whole value. */
export type FieldMask = Map<string, FieldMask | true>;

export class MaskProblem extends Error {}

/** restx's lexer: brackets, commas and names; anything else (spaces) is ignored. */
const TOKENS = /\{|\}|,|[\w:\-*]+/g;

export function parseFieldMask(header: string): FieldMask {
  let text = header.replace(/\n/g, '').trim();
  if (text.startsWith('{')) {
    if (!text.endsWith('}')) throw new MaskProblem('Mask parse error: Missing closing bracket');
    text = text.slice(1, -1);
  }
  const root: FieldMask = new Map();
  const stack: FieldMask[] = [];
  let fields = root;
  let previous: string | null = null;
  for (const token of text.match(TOKENS) ?? []) {
    if (token === '{') {
      if (previous === null || !fields.has(previous)) throw new MaskProblem('Mask parse error: Unexpected opening bracket');
      const nested: FieldMask = new Map();
      fields.set(previous, nested);
      stack.push(fields);
      fields = nested;
    } else if (token === '}') {
      const outer = stack.pop();
      if (!outer) throw new MaskProblem('Mask parse error: Unexpected closing bracket');
      fields = outer;
    } else if (token === ',') {
      if (previous === null || previous === ',' || previous === '{') throw new MaskProblem('Mask parse error: Unexpected comma');
    } else {
      fields.set(token, true);
    }
    previous = token;
  }
  if (stack.length) throw new MaskProblem('Mask parse error: Missing closing bracket');
  return root;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The answer as udata sends it under `mask`. */
export function applyFieldMask(data: unknown, mask: FieldMask): unknown {
  if (Array.isArray(data)) return data.map((item) => applyFieldMask(item, mask));
  if (!isObject(data)) throw new MaskProblem('Mask error: Mask is inconsistent with model');
  const out: Record<string, unknown> = {};
  for (const [field, sub] of mask) {
    if (field === '*' || !(field in data)) continue;
    const value = data[field];
    out[field] = sub === true || value === null || value === undefined ? value : applyFieldMask(value, sub);
  }
  if (mask.has('*')) for (const [field, value] of Object.entries(data)) if (!(field in out)) out[field] = value;
  return out;
}
