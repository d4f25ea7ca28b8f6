import { sendKeys } from '@web/test-runner-commands';

/**
 * Types `text` with real key events, one key at a time: a WebDriver session (WebKit) presses
 * every key of one call down before releasing any, and drops a repeated key still held.
 */
export async function typeKeys(text: string): Promise<void> {
  for (const key of text) await sendKeys({ type: key });
}
