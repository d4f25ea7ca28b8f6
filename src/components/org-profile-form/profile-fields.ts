import { html, nothing } from 'lit';
import type { LocalizeController } from '../../i18n/localize.js';
import { renderTextArea } from '../../internal/form-dialog.js';
import { renderTextInput } from '../../internal/text-input.js';
import { renderMarkdown } from '../../internal/markdown.js';
import type { profileTerms } from './org-profile-form.terms.js';
import type { ProfileDraft, ProfileField } from './profile-draft.js';

export interface ProfileFieldsOptions {
  localize: LocalizeController<{ profile: typeof profileTerms }>;
  draft: ProfileDraft;
  problems: Partial<Record<ProfileField, string>>;
  /** Shows the description rendered, as `<org-dashboard>` renders it. */
  preview: boolean;
  onPreview: (shown: boolean) => void;
  onInput: (field: ProfileField, value: string) => void;
  /** Shown right under the name (organizations that look the same, when creating). */
  afterName?: unknown;
}

/** The profile's fields, each with its hint and its problem, ids `profile-<field>`. */
export function renderProfileFields(o: ProfileFieldsOptions) {
  const t = o.localize.t.profile;
  const input = (field: ProfileField, label: string, extra: Partial<Parameters<typeof renderTextInput>[0]> = {}) =>
    renderTextInput({
      id: `profile-${field}`,
      label,
      value: o.draft[field],
      error: o.problems[field],
      onInput: (value) => o.onInput(field, value),
      ...extra,
    });
  return html`${input('name', t.name, { required: true, requiredLabel: t.required, autocomplete: 'organization' })}
    ${o.afterName ?? nothing} ${input('acronym', t.acronym, { hint: t.acronymHint })}
    ${renderTextArea({
      id: 'profile-description',
      label: t.description,
      hint: t.descriptionHint,
      value: o.draft.description,
      error: o.problems.description,
      required: true,
      requiredLabel: t.required,
      onInput: (value) => o.onInput('description', value),
    })}
    <button
      part="preview-toggle"
      class="button secondary small"
      type="button"
      aria-expanded=${o.preview ? 'true' : 'false'}
      aria-controls="profile-preview"
      @click=${() => o.onPreview(!o.preview)}
    >
      ${o.preview ? t.hidePreview : t.showPreview}
    </button>
    <section
      id="profile-preview"
      part="preview"
      class="preview-pane description"
      aria-label=${t.previewLabel}
      ?hidden=${!o.preview}
    >
      ${o.preview ? (o.draft.description.trim() ? renderMarkdown(o.draft.description) : html`<p class="hint">${t.previewEmpty}</p>`) : nothing}
    </section>
    ${input('url', t.website, { hint: t.websiteHint, type: 'url', autocomplete: 'url' })}
    ${input('business_number_id', t.siret, { hint: t.siretHint, inputmode: 'numeric' })}`;
}
