import { ContextProvider } from '@lit/context';
import { html, css, type PropertyValues } from 'lit';
import { orgConfigContext } from '../../context/org-context.js';
import { OrgElement } from '../../internal/org-element.js';
import { themePalette } from '../../internal/theme-styles.js';

/**
 * @summary Configures and loads, once, the organization, the current user and the members
 * for every udata-org-elements tag inside it.
 *
 * Descendants inherit each configuration attribute they do not set (through @lit/context,
 * across shadow roots). Changing an attribute at run time re-fetches and every descendant
 * follows. Its `theme` and the `--org-*` custom properties set on it reach every element
 * inside (through CSS inheritance), and nothing else: the page's own content keeps its colours.
 *
 * @tagname org-provider
 * @slot - The page content that uses the organization; rendered unchanged.
 * @fires org-error - Loading the organization or the current user failed. `detail: { action, status, message }`.
 */
export class OrgProvider extends OrgElement {
  static override styles = [
    themePalette,
    css`
      :host {
        display: contents;
      }
    `,
  ];

  /** @internal It shows nothing: its descendants say what they need of the organization. */
  static override orgFields = 'viewer' as const;

  private readonly provider = new ContextProvider(this, { context: orgConfigContext });

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const merged = this.mergedConfig;
    if (JSON.stringify(this.provider.value) !== JSON.stringify(merged)) this.provider.setValue(merged);
  }

  /** Fetches the organization, the current user and the members again. */
  refresh(): Promise<void> {
    return this.session?.reload() ?? Promise.resolve();
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
