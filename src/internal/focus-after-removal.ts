/**
 * The neighbour of a removed item, among `items` before the removal: the next one that
 * `stays`, else the previous one, with its place in the list after the removal. It looks at
 * the items from the removed one outwards, and counts those removed before the neighbour:
 * no pass over a long list for a removal near its start.
 */
export function neighbourStaying<T extends { id: string }>(
  items: readonly T[],
  id: string,
  stays: (item: T) => boolean,
): { id: string; index: number } | undefined {
  const at = items.findIndex((item) => item.id === id);
  if (at < 0) return undefined;
  let found = -1;
  for (let i = at + 1; i < items.length && found < 0; i++) if (stays(items[i])) found = i;
  for (let i = at - 1; i >= 0 && found < 0; i--) if (stays(items[i])) found = i;
  if (found < 0) return undefined;
  let removed = 0;
  for (let i = 0; i < found; i++) if (!stays(items[i])) removed++;
  return { id: items[found].id, index: found - removed };
}

export interface FocusAfterRemovalOptions {
  /** The selector of an item's row, from its id. */
  row: (id: string) => string;
  /** The controls of a row that take focus, by preference (the first found wins). */
  controls: string[];
  /** What takes focus when no row does (the list, its filter, an add button). */
  fallback: string;
}

/**
 * Where focus goes once the row a person acted on left a list (a member removed, a request
 * decided, an invitation canceled): a control of the row that took its place, else the list.
 * The flow remembers that row when the item leaves; the dialog closing, or the update that
 * removed the row, then asks for {@link target}.
 */
export class FocusAfterRemoval {
  /** The row that takes the removed one's place, if any. */
  id?: string;

  constructor(
    private readonly host: HTMLElement,
    private readonly options: FocusAfterRemovalOptions,
  ) {}

  target(): HTMLElement | null | undefined {
    const root = this.host.shadowRoot;
    const row = this.id ? root?.querySelector(this.options.row(CSS.escape(this.id))) : null;
    for (const control of this.options.controls) {
      const found = row?.querySelector<HTMLElement>(control);
      if (found) return found;
    }
    return root?.querySelector<HTMLElement>(this.options.fallback);
  }
}
