import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { OrgProfileForm } from '../../src/components/org-profile-form/org-profile-form.js';
import { $, assertNone, waitFor, waitForText } from '../support/dom.js';
import { ORG_IDS, VIEWER_KEYS, mockUdata, mountOnMock, useMockApi } from '../support/mock-api.js';

const logoPath = `organizations/${ORG_IDS.certified}/logo/`;

/** A real PNG of this size, drawn in the browser. */
async function png(width: number, height: number, name = 'logo.png'): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#000091';
  context.fillRect(0, 0, width, height);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
  return new File([blob], name, { type: 'image/png' });
}

function choose(el: OrgProfileForm, file: File) {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('#logo-file')!;
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

async function mountAdmin() {
  const el = await mountOnMock<OrgProfileForm>('org-profile-form', VIEWER_KEYS.admin);
  await waitFor(el, '#logo-file');
  return el;
}

describe('<org-profile-form>: the logo', () => {
  useMockApi();

  it('refuses what udata would not take, before sending: another type, too big, unreadable', async () => {
    const el = await mountAdmin();
    choose(el, new File(['not an image'], 'notes.txt', { type: 'text/plain' }));
    await waitForText(el, 'Ce fichier n’est pas une image PNG, JPEG, GIF ou WebP.');
    expect($(el, '#logo-file')!.getAttribute('aria-invalid')).to.equal('true');
    choose(el, new File([new Uint8Array(4 * 1024 * 1024 + 1)], 'big.png', { type: 'image/png' }));
    await waitForText(el, 'Cette image dépasse 4 Mo');
    choose(el, new File(['garbage'], 'broken.png', { type: 'image/png' }));
    await waitForText(el, 'Cette image ne peut pas être lue');
    assertNone(el, '[part~="crop"]');
    expect(mockUdata.recorded('POST', logoPath)).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('previews the square crop at each size udata keeps; the sliders move it, by keyboard too', async () => {
    const el = await mountAdmin();
    choose(el, await png(400, 200));
    await waitFor(el, '[part~="crop"]');
    const previews = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="logo-preview"]')];
    expect(previews.map((p) => p.getBoundingClientRect().width)).to.deep.equal([102, 62, 27].map((w) => w)); // with borders
    const img = previews[0].querySelector('img')!;
    const shift = () => {
      const matrix = new DOMMatrix(getComputedStyle(img).transform);
      return [matrix.e, matrix.f];
    };
    // Centred: a 200 px square of a 400 px wide image starts at x = 100, scaled to 100 px.
    expect(shift()).to.deep.equal([-50, 0]);
    assertNone(el, '#vertical');
    const horizontal = $<HTMLInputElement>(el, '#horizontal')!;
    horizontal.focus();
    await sendKeys({ press: 'Home' });
    await waitUntil(() => shift()[0] === 0 && shift()[1] === 0, 'moved to the left edge');
    await expect(el).to.be.accessible();
  });

  it('sends the file and its crop box as multipart, shows progress, then the new logo everywhere', async () => {
    const el = await mountAdmin();
    choose(el, await png(300, 200));
    await waitFor(el, '[part~="crop"]');
    mockUdata.fail({ method: 'POST', path: logoPath, delayMs: 300 });
    const changed = oneEvent(el, 'org-logo-changed');
    $<HTMLButtonElement>(el, '[part~="logo-submit"]')!.click();
    $<HTMLButtonElement>(el, '[part~="logo-submit"]')!.click();
    await waitFor(el, '[part~="logo-progress"]');
    const { detail } = await changed;
    const posts = mockUdata.recorded('POST', logoPath);
    expect(posts).to.have.length(1);
    expect(posts[0].contentType).to.match(/^multipart\/form-data/);
    expect(posts[0].form?.bbox).to.equal('50,0,250,200'); // Pillow's box: left, upper, right, lower
    expect(posts[0].form?.file).to.equal('logo.png');
    expect(detail.logo).to.be.a('string').and.not.equal('');
    await waitForText(el, 'Le nouveau logo est enregistré.');
    assertNone(el, '[part~="crop"]');
    await waitUntil(() => Boolean($<HTMLImageElement>(el, '[part~="current-logo"]')?.src), 'the new logo shown');
    expect(el.dirty).to.equal(false);
  });

  it('a network failure mid-upload keeps the previous logo, the chosen image and its crop for a retry', async () => {
    const el = await mountAdmin();
    const before = $<HTMLImageElement>(el, '[part~="current-logo"]')?.getAttribute('src') ?? null;
    choose(el, await png(200, 200));
    await waitFor(el, '[part~="crop"]');
    $<HTMLInputElement>(el, '#zoom')!.value = '200';
    $<HTMLInputElement>(el, '#zoom')!.dispatchEvent(new Event('input'));
    mockUdata.fail({ method: 'POST', path: logoPath, networkError: true });
    const error = oneEvent(el, 'org-error');
    $<HTMLButtonElement>(el, '[part~="logo-submit"]')!.click();
    expect((await error).detail.action).to.equal('upload-logo');
    await waitForText(el, 'Le logo précédent est conservé.');
    expect($<HTMLImageElement>(el, '[part~="current-logo"]')?.getAttribute('src') ?? null).to.equal(before);
    expect($<HTMLInputElement>(el, '#zoom')!.value).to.equal('200');
    expect(el.dirty).to.equal(true);
    $<HTMLButtonElement>(el, '[part~="logo-submit"]')!.click();
    await waitForText(el, 'Le nouveau logo est enregistré.');
    expect(mockUdata.recorded('POST', logoPath).at(-1)!.form?.bbox).to.equal('50,50,150,150');
  });
});
