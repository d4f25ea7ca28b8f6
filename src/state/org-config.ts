import { DEFAULT_API_BASE, UdataClient, normalizeApiBase } from '../api/client.js';
import { hostUrl } from '../urls/host-url.js';

/** The configuration every element accepts and inherits from the nearest `<org-provider>`. */
export interface OrgConfig {
  apiBase: string;
  org: string;
  apiKey?: string;
  withCredentials: boolean;
  siteUrl: string;
}

/** What an element or a provider sets itself; unset fields are inherited. */
export type PartialOrgConfig = Partial<OrgConfig>;

/** Own settings win over inherited ones; unset and empty ones are inherited. */
export function mergeConfig(own: PartialOrgConfig, inherited: PartialOrgConfig | undefined): PartialOrgConfig {
  const merged: PartialOrgConfig = { ...inherited };
  for (const [key, value] of Object.entries(own) as Array<[keyof OrgConfig, unknown]>) {
    if (value !== undefined && value !== '') (merged as Record<string, unknown>)[key] = value;
  }
  return merged;
}

/** Fills the defaults: the API of data.gouv.fr, the site derived from the API root. */
export function resolveConfig(partial: PartialOrgConfig): OrgConfig {
  const apiBase = normalizeApiBase(partial.apiBase ?? DEFAULT_API_BASE);
  return {
    apiBase,
    org: (partial.org ?? '').trim(),
    apiKey: partial.apiKey || undefined,
    withCredentials: Boolean(partial.withCredentials),
    siteUrl: (hostUrl(partial.siteUrl, 'site-url') ?? siteUrlFromApiBase(apiBase)).replace(/\/+$/, ''),
  };
}

/** `https://www.data.gouv.fr/api/1/` → `https://www.data.gouv.fr`. */
export function siteUrlFromApiBase(apiBase: string): string {
  return normalizeApiBase(apiBase)
    .replace(/\/api\/1\/$/, '')
    .replace(/\/+$/, '');
}

/** Two configs that share a session: same API, same organization, same identity. */
export const configKey = (c: OrgConfig) => JSON.stringify([c.apiBase, c.org, c.apiKey ?? '', c.withCredentials]);

/** Who asks, whatever the organization: same API, same key, same cookies. */
export const identityKey = (c: Pick<OrgConfig, 'apiBase' | 'apiKey' | 'withCredentials'>) =>
  JSON.stringify([c.apiBase, c.apiKey ?? '', c.withCredentials]);

/** The API client of an identity: the one place a configuration becomes a client. */
export const clientFor = (c: Pick<OrgConfig, 'apiBase' | 'apiKey' | 'withCredentials'>) =>
  new UdataClient({ apiBase: c.apiBase, apiKey: c.apiKey, withCredentials: c.withCredentials });
