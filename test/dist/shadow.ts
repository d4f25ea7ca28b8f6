import type { ElementHandle, Page } from 'puppeteer-core';

/**
 * Waits for `inner` in the shadow root of `host` and returns it. Puppeteer's `>>>` deep
 * selector sometimes never matched on the first page of a fresh browser; a direct
 * shadowRoot query does.
 */
export async function waitForShadow(tab: Page, host: string, inner: string, timeout = 15_000): Promise<ElementHandle<Element>> {
  const handle = await tab.waitForFunction(
    (h: string, i: string) => document.querySelector(h)?.shadowRoot?.querySelector(i),
    { timeout },
    host,
    inner,
  );
  return handle.asElement() as ElementHandle<Element>;
}
