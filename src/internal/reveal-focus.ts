/**
 * `@focusin` on a table's scrolling wrapper: brings the focused control out from under the
 * sticky first column (the wrapper's `scroll-padding-inline-start`). Chromium and Firefox do
 * it themselves; WebKit leaves a control that is partly in sight where it is, under the column.
 */
export const revealFocused = (event: FocusEvent) =>
  (event.target as Element).scrollIntoView({ block: 'nearest', inline: 'nearest' });
