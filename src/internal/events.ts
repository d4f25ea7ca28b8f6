/** The library's events: bubbling, composed (they cross shadow roots), typed `detail`. */
export function orgEvent<D>(type: string, detail: D, cancelable = false): CustomEvent<D> {
  return new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable });
}
