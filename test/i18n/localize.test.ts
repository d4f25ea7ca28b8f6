import { expect, fixtureSync as fixture, html } from '@open-wc/testing';
import { resolveLang } from '../../src/i18n/localize.js';

describe('resolveLang', () => {
  it('takes the element’s own fr/en lang, then the nearest ancestor’s, then French', () => {
    const root = fixture(
      html`<div lang="en-GB">
        <span id="inherits"></span>
        <span id="own" lang="fr"></span>
        <span id="unsupported" lang="de"></span>
      </div>`,
    );
    expect(resolveLang(root.querySelector('#inherits')!)).to.equal('en');
    expect(resolveLang(root.querySelector('#own')!)).to.equal('fr');
    expect(resolveLang(root.querySelector('#unsupported')!)).to.equal('en');
    const orphan = fixture(html`<p></p>`);
    expect(resolveLang(orphan)).to.equal(document.documentElement.lang.startsWith('en') ? 'en' : 'fr');
  });

  it('crosses shadow roots', () => {
    const host = fixture(html`<div lang="en"><section></section></div>`);
    const shadow = host.querySelector('section')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p><em></em></p>';
    expect(resolveLang(shadow.querySelector('em')!)).to.equal('en');
  });
});
