import { css } from 'lit';

export const orgProfileFormStyles = css`
  :host {
    display: block;
    max-width: var(--org-form-width, 48rem);
  }
  .title {
    margin: 0 0 1rem;
    font-size: 1.5rem;
  }
  .field input,
  .field textarea {
    width: 100%;
    box-sizing: border-box;
  }
  #profile-description {
    min-height: 10rem;
  }
  .preview-pane {
    margin: 0.5rem 0 1rem;
    padding: 0.75rem 1rem;
    border: 1px dashed var(--_border);
    border-radius: var(--org-radius, 0.25rem);
  }
  .actions {
    justify-content: flex-start;
  }
  .note {
    padding: 0.75rem 1rem;
    border-left: 4px solid var(--_border);
  }
  .duplicates,
  .logo {
    margin-top: 2rem;
    padding-top: 1rem;
    border-top: 1px solid var(--_border);
  }
  .duplicates h3,
  .logo h3 {
    margin: 0 0 0.5rem;
    font-size: 1.125rem;
  }
  .duplicates ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .duplicates li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
    padding: 0.5rem 0;
  }
  .duplicates img,
  .logo-placeholder {
    width: 40px;
    height: 40px;
    object-fit: contain;
    border: 1px solid var(--_border);
  }
  /* No logo: the organization's initials on a tint, not an empty box that looks broken. */
  .logo-placeholder {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    box-sizing: border-box;
    border-radius: var(--org-radius, 0.25rem);
    background: var(--org-color-placeholder, var(--_avatar));
    color: var(--org-color-placeholder-text, var(--_primary));
    font-weight: 700;
    font-size: 0.875rem;
  }
  .duplicate-name {
    flex: 1 1 12rem;
  }
  .tag {
    margin-left: 0.5rem;
    padding: 0 0.4rem;
    border-radius: var(--org-radius, 0.25rem);
    background: var(--_tag);
    color: var(--_text);
    font-size: 0.8125rem;
  }
  .logo-current img {
    object-fit: contain;
    border: 1px solid var(--_border);
  }
  .drop-zone {
    display: grid;
    gap: 0.25rem;
    margin: 1rem 0;
    padding: 1rem;
    border: 2px dashed var(--_border);
    border-radius: var(--org-radius, 0.25rem);
  }
  .drop-zone label {
    font-weight: 500;
  }
  .crop {
    border: 1px solid var(--_border);
    border-radius: var(--org-radius, 0.25rem);
  }
  .crop .field {
    margin: 0.5rem 0;
  }
  .logo-previews {
    margin: 1rem 0;
  }
  .previews {
    display: flex;
    align-items: flex-end;
    gap: 1rem;
  }
  .preview {
    position: relative;
    overflow: hidden;
    border: 1px solid var(--_border);
    background: #fff;
  }
  .preview img {
    position: absolute;
    top: 0;
    left: 0;
    max-width: none;
    transform-origin: 0 0;
  }
  progress {
    display: block;
    width: 100%;
    margin: 0.5rem 0;
  }
`;
