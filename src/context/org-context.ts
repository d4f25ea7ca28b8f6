import { createContext } from '@lit/context';
import type { PartialOrgConfig } from '../state/org-config.js';

/**
 * What an `<org-provider>` hands down: the configuration its descendants inherit. The data
 * itself lives in the session shared by every element of the same configuration.
 */
export const orgConfigContext = createContext<PartialOrgConfig | undefined>(Symbol.for('udata-org-elements/config'));
