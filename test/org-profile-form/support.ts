import type { OrgProfileForm } from '../../src/components/org-profile-form/org-profile-form.js';

/** A profile field of the form (`name`, `acronym`, `description`, `url`, `business_number_id`). */
export const fieldOf = (el: OrgProfileForm, field: string) =>
  el.shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#profile-${field}`)!;

/** Types as a person would, as far as the element can tell. */
export const typeInto = (input: HTMLInputElement | HTMLTextAreaElement, value: string) => {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
};
