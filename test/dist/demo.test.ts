/**
 * `npm start` serves a working demo: the dev server with its real config, the mock API in
 * the browser, the viewer switch and a join request end to end.
 */
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { startDevServer } from '@web/dev-server';
import { waitForShadow } from './shadow.js';
import puppeteer, { type Browser } from 'puppeteer-core';
// @ts-expect-error plain ESM config shared with the test runner
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../config/browsers.mjs';
// @ts-expect-error plain ESM config of `npm start`
import demoConfig from '../../web-dev-server.config.mjs';

describe('the demo (npm start)', () => {
  let server: Awaited<ReturnType<typeof startDevServer>>;
  let browser: Browser;
  let origin: string;

  before(async () => {
    server = await startDevServer({
      config: { ...demoConfig, port: 0, rootDir: new URL('../..', import.meta.url).pathname },
      readCliArgs: false,
      readFileConfig: false,
      logStartMessage: false,
    });
    const address = server.server!.address();
    origin = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows every state on the mock API and sends a join request for the chosen viewer', async () => {
    const tab = await browser.newPage();
    const errors: string[] = [];
    tab.on('pageerror', (error) => errors.push(String(error)));
    tab.on('console', (message) => {
      // The editor's <pending-requests> gets udata's 403 on purpose; the browser logs it.
      if (message.type() === 'error' && !message.text().includes('status of 403')) errors.push(message.text());
    });
    await tab.goto(`${origin}/`);
    assert.equal(new URL(tab.url()).pathname, '/demo/');

    const shadowText = (selector: string) =>
      tab.waitForFunction(
        (sel: string, text: string) => document.querySelector(sel)?.shadowRoot?.textContent?.includes(text),
        { timeout: 10_000 },
        ...(selector.split('|') as [string, string]),
      );
    await shadowText('org-provider join-request-button|Vous êtes membre de cette organisation (administrateur).');
    // The profile form: editing for the admin, creating outside the provider.
    await shadowText('org-provider org-profile-form|Modifier le profil de l’organisation');
    await shadowText('#create-form|Créer une organisation');
    const states = await tab.$$eval('.states-grid join-request-button', (els) => els.length);
    assert.equal(states, 7);
    // The invited viewer's state: accept or decline, not "ask to join".
    await tab.waitForFunction(
      () =>
        Array.from(document.querySelectorAll('.states-grid join-request-button')).some((b) =>
          b.shadowRoot?.textContent?.includes('Vous êtes invité'),
        ),
      { timeout: 10_000 },
    );

    await tab.select('select[name="viewer"]', 'nonMember');
    await shadowText("org-provider join-request-button|Demander à rejoindre l'organisation");
    const button = await waitForShadow(tab, 'org-provider join-request-button', 'button[part="button"]');
    await button!.click();
    const textarea = await waitForShadow(tab, 'org-provider join-request-button', 'dialog[open] textarea');
    await textarea!.type('Démo');
    await (await waitForShadow(tab, 'org-provider join-request-button', 'button[part="submit"]'))!.click();
    await shadowText("org-provider join-request-button|Demande d'adhésion en attente");
    await tab.waitForFunction(() => document.querySelector('#events')!.textContent!.includes('org-join-requested'));

    await tab.select('select[name="lang"]', 'en');
    await shadowText('org-provider join-request-button|Membership request pending');
    assert.deepEqual(errors, []);
  });
});
