import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { isAbort, toApiError, type ApiError } from '../../api/errors.js';
import type { UdataClient } from '../../api/client.js';
import { uploadLogo } from '../../api/profile.js';
import type { FormatController } from '../../i18n/format.js';
import { describeError } from '../../internal/error-message.js';
import { safeImageUrl } from '../../internal/users.js';
import { cssomStyle } from './cssom-style.js';
import { LOGO_TYPES, MAX_LOGO_BYTES, MAX_LOGO_PIXELS, prepareLogo, type LogoRefusal } from './logo-image.js';
import type { profileTerms } from './org-profile-form.terms.js';

/** The sizes udata keeps (`logo` thumbnails): the preview shows each. */
const PREVIEW_SIZES = [100, 60, 25];

/** What the logo editor needs from the element that shows it. */
export interface LogoEditorOptions {
  localize: FormatController<{ profile: typeof profileTerms }>;
  /** Where to send: the client and the organization's id (null: not yet created). */
  target: () => { client: UdataClient; orgId: string; logo?: string | null } | null;
  /** Aborted when the element leaves the page. */
  signal: () => AbortSignal;
  /** udata accepted the new logo (its address). */
  onChanged(logo: string): void;
  /** The upload failed (the editor shows why): tell the page. */
  onFailed(error: ApiError, message: string): void;
}

interface Chosen {
  /** What is sent: the file chosen, or the same picture as PNG when udata would not take its type. */
  file: File;
  /** `file`'s object URL, for the previews. */
  url: string;
  /** `file`'s size in pixels: the crop box is measured in them. */
  width: number;
  height: number;
}

/**
 * Choose or drop an image, see it cropped square as udata will show it (100, 60, 25 px),
 * adjust zoom and position with sliders (keyboard-friendly), send it with its crop box
 * (`POST …/logo/`, multipart `file` and `bbox`) while an indeterminate progress bar shows
 * (fetch cannot tell how much of a body is sent, and the upload must not follow a redirect as
 * XMLHttpRequest would). The current logo stays shown until udata accepts the new one; a
 * failure keeps the chosen image and crop for a retry.
 */
export class LogoEditor implements ReactiveController {
  private chosen: Chosen | null = null;
  private zoom = 1;
  private x = 0.5;
  private y = 0.5;
  private problem = '';
  private error: ApiError | null = null;
  private sending = false;
  private notice = '';
  /** Counts the files chosen: a slow check of one is dropped when another was chosen since. */
  private attempts = 0;

  private readonly localize: LogoEditorOptions['localize'];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: LogoEditorOptions,
  ) {
    this.localize = options.localize;
    host.addController(this);
  }

  hostConnected() {}

  hostDisconnected() {
    if (this.chosen) URL.revokeObjectURL(this.chosen.url);
  }

  /** An image chosen and not sent yet: leaving would lose it. */
  get pending(): boolean {
    return this.chosen !== null;
  }

  get busy(): boolean {
    return this.sending;
  }

  /** The square kept, in the image's pixels. */
  private get box() {
    const { width, height } = this.chosen!;
    const side = Math.min(width, height) / this.zoom;
    return { x: (width - side) * this.x, y: (height - side) * this.y, width: side, height: side };
  }

  render() {
    const t = this.localize.t.profile;
    const current = safeImageUrl(this.options.target()?.logo);
    const maxMb = this.localize.number(MAX_LOGO_BYTES / 1024 / 1024);
    return html`<section part="logo" class="logo" aria-labelledby="logo-title">
      <h3 id="logo-title">${t.logoTitle}</h3>
      <p class="hint">${t.logoIntro}</p>
      <div class="logo-current">
        ${
          current
            ? html`<img
                part="current-logo"
                src=${current}
                alt=${t.currentLogo}
                width="60"
                height="60"
                referrerpolicy="no-referrer"
              />`
            : html`<span class="hint">${t.noLogo}</span>`
        }
      </div>
      <div
        part="logo-drop"
        class="drop-zone"
        @dragover=${(e: DragEvent) => e.preventDefault()}
        @drop=${(e: DragEvent) => {
          e.preventDefault();
          const file = e.dataTransfer?.files[0];
          if (file) void this.choose(file);
        }}
      >
        <label for="logo-file">${t.chooseLogo}</label>
        <input
          id="logo-file"
          part="logo-input"
          type="file"
          accept=${LOGO_TYPES.join(',')}
          aria-describedby="logo-types${this.problem ? ' logo-problem' : ''}"
          aria-invalid=${this.problem ? 'true' : 'false'}
          @change=${(e: Event) => {
            const file = (e.target as HTMLInputElement).files?.[0];
            if (file) void this.choose(file);
          }}
        />
        <span class="hint">${t.dropLogo}</span>
        <span id="logo-types" class="hint">${t.logoTypes(maxMb)}</span>
        ${this.problem ? html`<span id="logo-problem" part="field-error" class="error">${this.problem}</span>` : nothing}
      </div>
      ${this.chosen ? this.renderCrop() : nothing}
      ${this.error ? html`<div part="error" class="alert error" role="alert">${describeError(this.localize.t, this.error)} ${t.logoKept}</div>` : nothing}
      <p class="visually-hidden" role="status">${this.notice}</p>
    </section>`;
  }

  private renderCrop() {
    const t = this.localize.t.profile;
    const slider = (id: string, label: string, value: number, min: number, max: number, set: (v: number) => void) =>
      html`<div class="field">
        <label for=${id}>${label}</label>
        <input
          id=${id}
          part="crop-${id}"
          type="range"
          min=${min}
          max=${max}
          .value=${String(value)}
          @input=${(e: Event) => {
            set(Number((e.target as HTMLInputElement).value));
            this.host.requestUpdate();
          }}
        />
      </div>`;
    const { width, height } = this.chosen!;
    const { sending } = this;
    return html`<fieldset part="crop" class="crop">
        <legend>${t.cropLegend}</legend>
        ${slider('zoom', t.zoom, Math.round(this.zoom * 100), 100, 400, (v) => (this.zoom = v / 100))}
        ${width > height || this.zoom > 1 ? slider('horizontal', t.horizontal, Math.round(this.x * 100), 0, 100, (v) => (this.x = v / 100)) : nothing}
        ${height > width || this.zoom > 1 ? slider('vertical', t.vertical, Math.round(this.y * 100), 0, 100, (v) => (this.y = v / 100)) : nothing}
      </fieldset>
      <figure class="logo-previews">
        <div class="previews">${PREVIEW_SIZES.map((size) => this.renderPreview(size))}</div>
        <figcaption class="hint">${t.preview}</figcaption>
      </figure>
      ${sending ? html`<progress part="logo-progress" aria-label=${t.sendingLogo}></progress>` : nothing}
      <div class="actions">
        <button part="logo-reset" class="button secondary" type="button" @click=${() => this.clear()} ?hidden=${sending}>
          ${t.cancelLogo}
        </button>
        <button
          part="logo-submit"
          class="button"
          type="button"
          aria-disabled=${sending ? 'true' : 'false'}
          @click=${() => void this.send()}
        >
          ${sending ? html`<span class="spinner" aria-hidden="true"></span>${t.sendingLogo}` : t.sendLogo}
        </button>
      </div>`;
  }

  private renderPreview(size: number) {
    const { url, width, height } = this.chosen!;
    const box = this.box;
    const scale = size / box.width;
    const image = {
      width: `${width * scale}px`,
      height: `${height * scale}px`,
      transform: `translate(${-box.x * scale}px, ${-box.y * scale}px)`,
    };
    // Through the CSSOM, not a style attribute, which a strict Content-Security-Policy blocks.
    return html`<div part="logo-preview" class="preview" ${cssomStyle({ width: `${size}px`, height: `${size}px` })}>
      <img src=${url} alt="" ${cssomStyle(image)} />
    </div>`;
  }

  /** Checks the file (see {@link prepareLogo}), then frames it. */
  async choose(file: File) {
    const attempt = ++this.attempts;
    this.error = null;
    this.notice = '';
    const prepared = await prepareLogo(file, () => {
      this.notice = this.localize.t.profile.preparingLogo;
      this.host.requestUpdate();
      return this.host.updateComplete;
    });
    // Another file was chosen meanwhile: that one counts.
    if (attempt !== this.attempts) return;
    this.notice = '';
    if ('refused' in prepared) return this.refuse(this.refusal(prepared));
    this.clear();
    this.chosen = { ...prepared, url: URL.createObjectURL(prepared.file) };
    this.problem = '';
    this.host.requestUpdate();
  }

  private refusal(refusal: LogoRefusal): string {
    const t = this.localize.t.profile;
    const n = (value: number) => this.localize.number(value);
    const maxMb = n(MAX_LOGO_BYTES / 1024 / 1024);
    if (refusal.refused === 'pixels') {
      const { width, height } = refusal.size;
      return t.logoTooManyPixels(n(width), n(height), n(width * height), n(MAX_LOGO_PIXELS));
    }
    return {
      type: t.logoType,
      bytes: t.logoTooBig(maxMb),
      'converted-bytes': t.logoConvertedTooBig(maxMb),
      unreadable: t.logoUnreadable,
    }[refusal.refused];
  }

  private refuse(problem: string) {
    this.problem = problem;
    this.host.requestUpdate();
  }

  private clear() {
    if (this.chosen) URL.revokeObjectURL(this.chosen.url);
    this.chosen = null;
    this.zoom = 1;
    this.x = this.y = 0.5;
    this.error = null;
    this.host.requestUpdate();
  }

  private async send() {
    const target = this.options.target();
    const chosen = this.chosen;
    if (!target || !chosen || this.busy) return;
    const t = this.localize.t;
    this.sending = true;
    this.error = null;
    this.notice = t.profile.sendingLogo;
    this.host.requestUpdate();
    try {
      const logo = await uploadLogo(target.client, target.orgId, chosen.file, { bbox: this.box, signal: this.options.signal() });
      this.sending = false;
      this.clear();
      this.notice = t.profile.logoSaved;
      this.options.onChanged(logo);
    } catch (error) {
      this.sending = false;
      this.notice = '';
      if (isAbort(error)) return;
      this.error = toApiError(error, 'upload-logo');
      this.options.onFailed(this.error, describeError(t, this.error));
    } finally {
      this.host.requestUpdate();
    }
  }
}
