import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { worker } from '../../mocks/browser.js';
import '../../src/define.js';
import type { OrgProfileForm } from '../../src/components/org-profile-form/org-profile-form.js';
import { $, assertNone, waitFor, waitForText } from '../support/dom.js';
import { blackPng, gif, pngSize } from './support.js';
import { MOCK_API_BASE, ORG_IDS, VIEWER_KEYS, mockUdata, mountOnMock, useMockApi } from '../support/mock-api.js';

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

  it('refuses a picture of more pixels than udata takes, from its header, before decoding or sending it', async () => {
    const el = await mountAdmin();
    // 48 KB describing 20,000 × 20,000 pixels: udata's Pillow refuses it.
    const huge = await blackPng(20_000, 20_000);
    expect(huge.size).to.be.below(100_000);
    choose(el, huge);
    await waitForText(
      el,
      'Cette image fait 20 000 × 20 000 pixels, soit 400 000 000 pixels : le serveur en accepte 89 478 485 au plus. Réduisez-la avant de l’envoyer.',
    );
    expect($(el, '#logo-file')!.getAttribute('aria-invalid')).to.equal('true');
    // A tiny GIF whose screen is 10,000 × 10,000 pixels: refused at once, not converted.
    el.setAttribute('lang', 'en');
    choose(el, gif(10_000, 10_000, [0x000091, 0xffffff], new Uint8Array([0]), 1));
    await waitForText(
      el,
      'This image is 10,000 × 10,000 pixels, 100,000,000 pixels in all: the server takes at most 89,478,485. Make it smaller before sending it.',
    );
    assertNone(el, '[part~="crop"]');
    expect(mockUdata.recorded('POST', logoPath)).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('reads the size in the header of a JPEG and of each kind of WebP', async () => {
    const el = await mountAdmin();
    const [w, h] = [12_000, 9_000];
    const be16 = (n: number) => [n >> 8, n & 0xff];
    const le = (n: number, bytes: number) => Array.from({ length: bytes }, (_, i) => (n >> (8 * i)) & 0xff);
    const riff = (chunk: string, data: number[]) => [
      ...ascii('RIFF'),
      ...le(100, 4),
      ...ascii('WEBPVP8'),
      ...ascii(chunk),
      ...le(80, 4),
      ...data,
    ];
    const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
    const headers: Array<[string, number[]]> = [
      // Start of image, an APP1 segment (Exif) to walk over, then the frame header SOF2.
      [
        'image/jpeg',
        [0xff, 0xd8, 0xff, 0xe1, ...be16(18), ...Array(16).fill(0), 0xff, 0xc2, ...be16(17), 8, ...be16(h), ...be16(w), 3],
      ],
      ['image/webp', riff('X', [0, 0, 0, 0, ...le(w - 1, 3), ...le(h - 1, 3)])],
      ['image/webp', riff('L', [0x2f, ...le((w - 1) | ((h - 1) << 14), 4)])],
      ['image/webp', riff(' ', [0, 0, 0, 0x9d, 0x01, 0x2a, ...le(w, 2), ...le(h, 2)])],
    ];
    for (const [type, bytes] of headers) {
      choose(el, new File([new Uint8Array([...bytes, ...Array(64).fill(0)])], 'logo', { type }));
      await waitForText(el, 'Cette image fait 12 000 × 9 000 pixels, soit 108 000 000 pixels', type);
      choose(el, new File(['not an image'], 'notes.txt', { type: 'text/plain' })); // a change to wait for
      await waitForText(el, 'Ce fichier n’est pas une image');
    }
  });

  it('turns a GIF into a PNG of 2,048 pixels at most on its long side, the crop box measured in it', async () => {
    const el = await mountAdmin();
    const [width, height] = [3000, 1500];
    const frame = new Uint8Array(width * height).map((_, i) => (i % width < width / 2 ? 0 : 1));
    choose(el, gif(width, height, [0x000091, 0xe1000f], frame, width, 'logo.gif'));
    await waitFor(el, '[part~="crop"]');
    const changed = oneEvent(el, 'org-logo-changed');
    $<HTMLButtonElement>(el, '[part~="logo-submit"]')!.click();
    const { detail } = await changed;
    const [post] = mockUdata.recorded('POST', logoPath);
    expect(post.form?.file).to.equal('logo.png');
    // The centred square of 1,500 pixels, scaled by 2,048 / 3,000.
    expect(post.form?.bbox).to.equal('512,0,1536,1024');
    expect(pngSize(mockUdata.uploads.serve(detail.logo)!.bytes!)).to.deep.equal({ width: 2048, height: 1024 });
  });

  it('refuses a GIF whose PNG would be over 4 MB, before sending it', async function () {
    this.timeout(20_000); // making 4 million pixels of noise into a GIF takes a second or two
    const el = await mountAdmin();
    // Noise of 16 colours: small as GIF, several megabytes as PNG.
    const palette = Array.from({ length: 16 }, (_, i) => (i * 0x0f3a7b + 0x123456) & 0xffffff);
    let seed = 1;
    const random16 = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 24) & 15;
    const noise = new Uint8Array(2048 * 2048).map(random16);
    const file = gif(2048, 2048, palette, noise);
    expect(file.size).to.be.below(4 * 1024 * 1024);
    const said: string[] = [];
    const status = $(el, '[role="status"]')!;
    new MutationObserver(() => said.push(status.textContent!)).observe(status, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    choose(el, file);
    await waitForText(
      el,
      'Convertie en PNG, cette image dépasse 4 Mo : réduisez-la, ou choisissez-la en PNG ou en JPEG.',
      undefined,
      15_000,
    );
    expect(said).to.include('Préparation de l’image…');
    assertNone(el, '[part~="crop"]');
    expect(mockUdata.recorded('POST', logoPath)).to.have.length(0);
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

  it('sends the file and its crop box as multipart, shows it is sending, then the new logo everywhere', async () => {
    const el = await mountAdmin();
    choose(el, await png(300, 200));
    await waitFor(el, '[part~="crop"]');
    mockUdata.fail({ method: 'POST', path: logoPath, delayMs: 300 });
    const changed = oneEvent(el, 'org-logo-changed');
    $<HTMLButtonElement>(el, '[part~="logo-submit"]')!.click();
    $<HTMLButtonElement>(el, '[part~="logo-submit"]')!.click();
    const progress = await waitFor<HTMLProgressElement>(el, '[part~="logo-progress"]');
    // Indeterminate (fetch cannot tell how much is sent), named, and said in the live status.
    expect(progress.position).to.equal(-1);
    expect(progress.getAttribute('aria-label')).to.equal('Envoi du logo…');
    expect($(el, '[role="status"]')!.textContent).to.equal('Envoi du logo…');
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

  describe('a redirected upload', () => {
    afterEach(() => worker.resetHandlers());

    it('is refused: the key and the file go to no other origin, the image and its crop stay for a retry', async () => {
      const elsewhere = 'https://elsewhere.example/collect/';
      const reached: Array<{ url: string; apiKey: string | null }> = [];
      worker.use(
        http.post(`${MOCK_API_BASE}${logoPath}`, () => new HttpResponse(null, { status: 307, headers: { Location: elsewhere } })),
        http.all('https://elsewhere.example/*', ({ request }) => {
          reached.push({ url: request.url, apiKey: request.headers.get('x-api-key') });
          const cors = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': '*' };
          return request.method === 'OPTIONS'
            ? new HttpResponse(null, { status: 204, headers: cors })
            : HttpResponse.json({ image: 'https://elsewhere.example/logo.png' }, { headers: cors });
        }),
      );
      // WebKit fails a fetch ("Load failed") on a redirect made up by msw's service worker, which
      // it gets over HTTP: the element then says the server could not be reached. The redirect
      // itself is refused in every engine over real HTTP in test/dist/strict-csp.test.ts.
      const seesRedirects = await fetch(`${MOCK_API_BASE}${logoPath}`, { method: 'POST', redirect: 'manual' }).then(
        (response) => response.type === 'opaqueredirect',
        () => false,
      );
      const el = await mountAdmin();
      const before = $<HTMLImageElement>(el, '[part~="current-logo"]')?.getAttribute('src') ?? null;
      choose(el, await png(300, 200));
      await waitFor(el, '[part~="crop"]');
      $<HTMLInputElement>(el, '#zoom')!.value = '150';
      $<HTMLInputElement>(el, '#zoom')!.dispatchEvent(new Event('input'));
      const error = oneEvent(el, 'org-error');
      $<HTMLButtonElement>(el, '[part~="logo-submit"]')!.click();
      expect((await error).detail.action).to.equal('upload-logo');
      await waitForText(el, seesRedirects ? 'Le serveur a répondu par une redirection' : 'Impossible de joindre le serveur');
      await waitForText(el, 'Le logo précédent est conservé.');
      expect(reached).to.deep.equal([]);
      expect($<HTMLImageElement>(el, '[part~="current-logo"]')?.getAttribute('src') ?? null).to.equal(before);
      expect($<HTMLInputElement>(el, '#zoom')!.value).to.equal('150');
      expect(el.dirty).to.equal(true);
      await expect(el).to.be.accessible();
    });
  });
});
