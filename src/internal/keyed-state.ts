import type { ReactiveControllerHost } from 'lit';

/**
 * Per-item state of a list (busy rows, row errors, choices) that re-renders its host when
 * it changes. Keys are item ids.
 */
export class KeyedState<V> {
  private readonly values = new Map<string, V>();

  constructor(private readonly host: ReactiveControllerHost) {}

  has(key: string): boolean {
    return this.values.has(key);
  }

  get(key: string): V | undefined {
    return this.values.get(key);
  }

  /** Sets the value, or forgets it when `undefined`. */
  set(key: string, value: V | undefined): void {
    if (value === undefined) this.values.delete(key);
    else this.values.set(key, value);
    this.host.requestUpdate();
  }

  clear(): void {
    this.values.clear();
    this.host.requestUpdate();
  }
}
