import { configKey, type OrgConfig } from './org-config.js';
import { invitationsByIdentity } from './invitations-cache.js';
import { OrgSession } from './org-session.js';

/** The page's sessions, one per configuration (API, organization, identity), with how many elements hold each. */
const sessions = new Map<string, { session: OrgSession; holders: number }>();

/**
 * The session for a configuration, shared by every holder; call the returned `release`
 * when done. A session nobody holds any more is disposed of after the current task's
 * microtasks, so an element moved in the page (disconnected, then connected) keeps its data.
 */
export function acquireSession(config: OrgConfig): { session: OrgSession; release: () => void } {
  const key = configKey(config);
  let entry = sessions.get(key);
  if (!entry) {
    entry = { session: new OrgSession(config), holders: 0 };
    sessions.set(key, entry);
  }
  entry.holders++;
  const held = entry;
  let released = false;
  return {
    session: held.session,
    release: () => {
      if (released) return;
      released = true;
      held.holders--;
      queueMicrotask(() => {
        if (held.holders === 0 && sessions.get(key) === held) {
          sessions.delete(key);
          held.session.dispose();
        }
      });
    },
  };
}

/** Every session of the page (what `components/org-notifications/page-sessions.ts` reads). */
export const pageSessions = (): Iterable<OrgSession> => [...sessions.values()].map((entry) => entry.session);

/** Forgets every shared session (tests call it when the mock server's data is reset). */
export function disposeAllSessions(): void {
  sessions.forEach(({ session }) => session.dispose());
  sessions.clear();
  invitationsByIdentity.clear();
}
