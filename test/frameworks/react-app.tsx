/** A React 19 page using the elements as a portal developer would: properties and events. */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'udata-org-elements/define.js';
import type { JoinRequestedDetail } from 'udata-org-elements';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'org-provider': Record<string, unknown> & { children?: React.ReactNode };
      'join-request-button': Record<string, unknown>;
    }
  }
}

const config = (window as unknown as { TEST_CONFIG: { apiBase: string; org: string; apiKey: string } }).TEST_CONFIG;

function App() {
  const [requested, setRequested] = useState('');
  return (
    <org-provider api-base={config.apiBase} org={config.org} apiKey={config.apiKey}>
      <join-request-button
        onorg-join-requested={(event: CustomEvent<JoinRequestedDetail>) => setRequested(event.detail.request.id)}
      ></join-request-button>
      <p id="framework-state">{requested ? `React a reçu la demande ${requested}` : 'Aucune demande'}</p>
    </org-provider>
  );
}

createRoot(document.getElementById('app')!).render(<App />);
