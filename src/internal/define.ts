/** Registers a tag unless the page already has it (no exception on a second bundle). */
export function defineElement(name: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, constructor);
}
