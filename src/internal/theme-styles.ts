import { css, unsafeCSS } from 'lit';

/**
 * The colour roles: `--org-color-<role>`, its default in the light theme (the default) and in
 * the dark one. Light: the French state's design system (DSFR); dark: the DSFR's dark palette.
 * Text roles are at least 4.5:1 on the surfaces of their own theme. A few more properties
 * default to one of these (`--org-color-danger` to the error colour, the certified badge to the
 * primary colour and the avatar tint…): see where they are read.
 */
export const colorRoles: ReadonlyArray<readonly [role: string, light: string, dark: string]> = [
  ['primary', '#000091', '#8585f6'],
  ['primary-hover', '#1212ff', '#aeaef9'],
  ['on-primary', '#fff', '#161616'],
  ['secondary-hover', '#f6f6f6', '#2a2a2a'],
  ['text', '#161616', '#cecece'],
  ['muted', '#666', '#929292'],
  ['border', '#ddd', '#353535'],
  ['background', '#fff', '#1e1e1e'],
  ['input-background', '#fff', '#242424'],
  ['input-border', '#3a3a3a', '#929292'],
  ['error', '#ce0500', '#ff5655'],
  ['error-background', '#ffe9e9', '#391c1c'],
  ['danger-hover', '#a94645', '#ff8d8c'],
  ['on-danger', '#fff', '#161616'],
  ['success', '#18753c', '#27a658'],
  ['warning', '#b34000', '#fc5d00'],
  ['avatar', '#e3e3fd', '#21213f'],
  ['tag', '#fee7fc', '#3b2438'],
];

/** `--_org-dark-<role>` for every role: its dark default (`dark`) or unset (`initial`). */
const palette = (dark: boolean) =>
  unsafeCSS(
    `--_org-dark-scheme:${dark ? 'dark' : 'initial'};` +
      colorRoles.map(([role, , value]) => `--_org-dark-${role}:${dark ? value : 'initial'}`).join(';'),
  );

/**
 * The `theme` attribute: sets (`dark`) or clears (`light`) the dark palette. Custom properties
 * inherit, so a theme set on an `<org-provider>` — or on an element that renders another one,
 * as the dashboard renders the join button — reaches every element inside that sets none, and
 * `light` on one of them clears what it inherits. `auto` follows the visitor's system; no
 * theme (the default) is light, whatever the system, because a light page in a dark-mode
 * system must not get dark elements. The provider includes this (and nothing else: the page's
 * own content around the elements keeps its colours and its `color-scheme`).
 */
export const themePalette = css`
  :host([theme='light']),
  :host([theme='auto']) {
    ${palette(false)}
  }
  :host([theme='dark']) {
    ${palette(true)}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${palette(true)}
    }
  }
  /* On paper (backgrounds are not printed): light, whatever the theme. */
  @media print {
    :host([theme]) {
      ${palette(false)}
    }
  }
`;

/**
 * `--_<role>` on each element: the page's `--org-color-<role>`, else the theme's default. The
 * element's own text is the page's in the light theme (it sits on the page's background);
 * what the element paints (dialogs, fields, menus, notices) sets its text with `--_text`.
 * `color-scheme` makes native parts (select popups, scrollbars, checkboxes) follow.
 */
export const themeTokens = css`
  :host {
    color-scheme: var(--_org-dark-scheme, light);
    color: var(--org-color-text, var(--_org-dark-text, currentColor));
    ${unsafeCSS(
      colorRoles.map(([role, light]) => `--_${role}:var(--org-color-${role},var(--_org-dark-${role},${light}))`).join(';'),
    )};
    --_danger: var(--org-color-danger, var(--_error));
  }
`;
