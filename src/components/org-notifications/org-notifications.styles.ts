import { css } from 'lit';

/** The inbox button, its count and the panel that opens under it. */
export const notificationsStyles = css`
  :host {
    display: inline-block;
    position: relative;
  }
  .inbox-button {
    position: relative;
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    min-width: 2.75rem;
    min-height: 2.75rem;
    justify-content: center;
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--org-radius, 0.25rem);
    background: var(--_background);
    color: var(--_primary);
    font: inherit;
    cursor: pointer;
  }
  .inbox-button .icon {
    width: 1.5rem;
    height: 1.5rem;
  }
  .badge {
    min-width: 1.25rem;
    padding: 0 0.35rem;
    border-radius: 1rem;
    background: var(--org-notifications-badge-background, var(--_error));
    color: var(--org-notifications-badge-color, var(--_on-danger));
    font-size: 0.75rem;
    font-weight: 700;
    line-height: 1.25rem;
    text-align: center;
  }
  .panel {
    position: absolute;
    z-index: var(--org-notifications-z-index, 1000);
    top: calc(100% + 0.25rem);
    inset-inline-end: 0;
    width: min(var(--org-notifications-panel-width, 26rem), calc(100vw - 1rem));
    max-height: min(var(--org-notifications-panel-height, 32rem), calc(100vh - 6rem));
    overflow: auto;
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--org-radius, 0.25rem);
    background: var(--_background);
    color: var(--_text);
    box-shadow: 0 6px 18px rgb(0 0 18 / 16%);
    text-align: start;
  }
  /* A phone: the panel spans the screen below the button instead of running off its left edge. */
  @media (max-width: 30rem) {
    .panel {
      position: fixed;
      top: auto;
      inset-inline: 0.5rem;
      width: auto;
      max-height: calc(100vh - 5rem);
    }
  }
  .panel-header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    justify-content: space-between;
    margin-bottom: 0.5rem;
  }
  .panel-title {
    margin: 0;
    font-size: 1.125rem;
    font-weight: 700;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li {
    position: relative;
    padding: 0.75rem 0.5rem 0.75rem 1.25rem;
    border-top: 1px solid var(--_border);
  }
  li.unread::before {
    content: '';
    position: absolute;
    inset-inline-start: 0.35rem;
    top: 1.2rem;
    width: 0.5rem;
    height: 0.5rem;
    border-radius: 50%;
    background: var(--_primary);
  }
  li.unread .text {
    font-weight: 600;
  }
  .text,
  .meta,
  .comment {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: center;
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .comment {
    margin: 0.5rem 0;
    padding-inline-start: 0.5rem;
    border-inline-start: 3px solid var(--_border);
    white-space: pre-line;
  }
  .decision-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin-top: 0.5rem;
  }
  .role-choice {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    font-size: 0.875rem;
  }
  .refusal .field {
    margin: 0.5rem 0 0;
  }
  .more {
    margin-top: 0.5rem;
    text-align: center;
  }
  .link-button {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_primary);
    font: inherit;
    font-size: 0.875rem;
    text-decoration: underline;
    cursor: pointer;
  }
  @media (forced-colors: active) {
    .badge,
    li.unread::before {
      border: 1px solid CanvasText;
    }
  }
`;
