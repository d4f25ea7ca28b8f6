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

describe('French typography helpers', () => {
  it('elides "de" before a vowel, accented or not, and not before a consonant or h', async () => {
    const { deName } = await import('../../src/i18n/french.js');
    expect(['Inès', 'Éloïse', 'Ulysse', 'François', 'Hugo'].map(deName)).to.deep.equal([
      'd’Inès',
      'd’Éloïse',
      'd’Ulysse',
      'de François',
      'de Hugo',
    ]);
  });

  it('says "à l’instant" / "just now" for a date a few seconds ago, never "maintenant"', async () => {
    const { FormatController } = await import('../../src/i18n/format.js');
    const relativeIn = (lang: string) => {
      const host = fixture(html`<div lang=${lang}></div>`) as HTMLElement & { addController(): void };
      host.addController = () => undefined;
      return new FormatController(host as never).relative(new Date(Date.now() - 5_000));
    };
    expect(relativeIn('fr')).to.equal('à l’instant');
    expect(relativeIn('en')).to.equal('just now');
  });
});
