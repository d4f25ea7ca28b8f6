/**
 * Addresses the host page gives (`site-url`, `login-url`, `certification-url`,
 * `redirect-url`): only http(s) or relative ones are used, resolved as the browser would
 * (so ` javascript:` or `java\tscript:` are seen for what they are). Anything else is ignored,
 * with a console warning that names the attribute (once per attribute and value).
 */
export function hostUrl(value: string | null | undefined, attribute: string): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  if (httpUrl(trimmed)) return trimmed;
  const key = `${attribute}\u0000${trimmed}`;
  if (!warned.has(key)) {
    warned.add(key);
    console.warn(`udata-org-elements: ${attribute} is ignored: only http(s) or relative addresses are used.`);
  }
  return undefined;
}

const warned = new Set<string>();

/** The address resolved against the page when it is http(s), otherwise undefined. */
export function httpUrl(value: string | null | undefined): URL | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, globalThis.document?.baseURI ?? globalThis.location?.href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The log-in address (`login-url`, default `{site}/login`) that brings the viewer back here. */
export function loginHref(loginUrl: string | undefined, siteUrl: string): string {
  const base = hostUrl(loginUrl, 'login-url') ?? `${siteUrl}/login`;
  const separator = base.includes('?') ? '&' : '?';
  return `${base}${separator}next=${encodeURIComponent(window.location.href)}`;
}

/** udata's page of an organization: its `page` when http(s), else `{site}/organizations/{slug}/`. */
export function orgPageUrl(siteUrl: string, org: { page?: string | null; slug?: string | null; id: string }): string {
  return httpUrl(org.page)?.href ?? `${siteUrl}/organizations/${encodeURIComponent(org.slug || org.id)}/`;
}
