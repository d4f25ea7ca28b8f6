/**
 * The rows' keys from one render to the next. An item still shown keeps its key, so its row
 * (and the focus in it) stays its own, as with keys by id; an item coming in takes the key of
 * a row going out, whose DOM is then updated rather than removed and built anew:
 * a page change, a sort or a keystroke updates the rows instead of rebuilding them (the
 * members table, the pending requests). Use with lit's `repeat(rows, (_, i) => keys[i], …)`.
 */
export class RowKeys {
  private shown: string[] = [];
  private keys = new Map<string, number>();
  private created = 0;

  /** The key of each of `ids`, in order. */
  assign(ids: string[]): number[] {
    const staying = new Set(ids);
    // Keys of the rows going out, in their order on screen: a new page reuses the rows in place.
    const free = this.shown.filter((id) => !staying.has(id)).map((id) => this.keys.get(id)!);
    const keys = new Map<string, number>();
    let reused = 0;
    const assigned = ids.map((id) => {
      const key = this.keys.get(id) ?? keys.get(id) ?? free[reused++] ?? this.created++;
      keys.set(id, key);
      return key;
    });
    this.shown = ids;
    this.keys = keys;
    return assigned;
  }
}
