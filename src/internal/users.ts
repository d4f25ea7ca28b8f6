import { html, nothing } from 'lit';
import type { UserRef, UserSuggestion } from '../api/models.js';
import { httpUrl } from '../urls/host-url.js';

type AnyUser = Partial<Pick<UserRef, 'first_name' | 'last_name' | 'slug' | 'avatar_thumbnail' | 'avatar'>>;

/** "First Last", or the fallback for a user udata sent without a name. */
export function fullName(user: AnyUser | null | undefined, fallback: string): string {
  const name = `${user?.first_name ?? ''} ${user?.last_name ?? ''}`.trim();
  return name || fallback;
}

/** The user's page on the site, built from the configured site URL (never from API links). */
export function userPageUrl(siteUrl: string, user: Pick<UserRef, 'id'> & { slug?: string }): string | undefined {
  const slug = user.slug || user.id;
  return siteUrl && slug ? `${siteUrl}/users/${encodeURIComponent(slug)}/` : undefined;
}

/** An `https:` or `http:` image URL from the API, or nothing (no `javascript:`, no `data:`). */
export function safeImageUrl(url: string | null | undefined): string | undefined {
  return httpUrl(url)?.href;
}

/** A decorative avatar: the picture when there is one, the initials otherwise. */
export function renderAvatar(user: AnyUser | UserSuggestion | null | undefined) {
  const picture = safeImageUrl(
    (user as UserRef | null)?.avatar_thumbnail ?? (user as UserRef | null)?.avatar ?? (user as UserSuggestion | null)?.avatar_url,
  );
  const initials = `${user?.first_name?.[0] ?? ''}${user?.last_name?.[0] ?? ''}`.toUpperCase() || '?';
  return html`<span part="avatar" class="avatar" aria-hidden="true"
      >${picture ? html`<img src=${picture} alt="" width="32" height="32" loading="lazy" referrerpolicy="no-referrer" />` : initials}</span
    >${nothing}`;
}

/** Folds case and accents, so that "eloise" finds "Éloïse". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}
