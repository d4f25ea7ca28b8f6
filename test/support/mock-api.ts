import { mockUdata, MOCK_API_BASE, startMockApi } from '../../mocks/browser.js';
import { disposeAllSessions } from '../../src/state/org-session.js';

export { mockUdata, MOCK_API_BASE };
export { VIEWER_KEYS, ORG_IDS, ORG_SLUGS, ORG_OLD_SLUGS, HOSTILE } from '../../mocks/browser.js';

/** Starts the in-memory udata for this test file and resets its data between tests. */
export function useMockApi(): void {
  before(async () => {
    await startMockApi();
  });
  beforeEach(() => {
    mockUdata.reset();
    // The server's data starts over: so must what elements remember of it.
    disposeAllSessions();
  });
}
