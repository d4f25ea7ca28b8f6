import { css } from 'lit';

/**
 * The invitation dialog's "who": the choice between a person and an e-mail address, the
 * people in the suggestions (name, then slug and masked e-mail on a line of their own), and
 * the chosen person's chip. Colours are the element's resolved theme tokens.
 */
export const inviteePickerStyles = css`
  fieldset.invitee-mode {
    border: 0;
    padding: 0;
  }
  .invitee-mode .radio {
    display: flex;
    margin: 0;
    font-weight: 400;
  }
  .person {
    display: grid;
    min-width: 0;
  }
  .person-name {
    font-weight: 500;
    overflow-wrap: anywhere;
  }
  .person-detail,
  .person-reason {
    font-size: 0.875rem;
    overflow-wrap: anywhere;
  }
  .option:not(.active) .person-detail,
  .option:not(.active) .person-reason,
  .invitee .person-detail {
    color: var(--_muted);
  }
  /* Reached with the arrows to hear why, but it must not look choosable. */
  .option.active[aria-disabled='true'] {
    background: var(--_secondary-hover);
    color: var(--_muted);
    box-shadow: inset 3px 0 0 var(--_primary);
  }
  .invitee-label {
    font-weight: 500;
  }
  .invitee {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    max-width: 100%;
    width: fit-content;
    padding: 0.25rem 0.25rem 0.25rem 0.375rem;
    border: 1px solid var(--_input-border);
    border-radius: 1.5rem;
    background: var(--_input-background);
    color: var(--_text);
  }
  .invitee.invalid {
    border-color: var(--_error);
  }
  .invitee .clear {
    display: inline-grid;
    place-items: center;
    flex: none;
    width: 2rem;
    height: 2rem;
    margin-left: 0.25rem;
    padding: 0;
    border: 1px solid transparent;
    border-radius: 50%;
    background: transparent;
    color: var(--_text);
    font: inherit;
    font-size: 1.25rem;
    line-height: 1;
    cursor: pointer;
  }
  .invitee .clear:hover {
    background: var(--_secondary-hover);
    border-color: var(--_border);
  }
  @media (forced-colors: active) {
    .invitee,
    .invitee .clear {
      border-color: ButtonText;
    }
  }
`;
