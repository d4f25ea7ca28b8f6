/** A Vue 3 page using the elements as a portal developer would: properties and events. */
import { createApp, ref } from 'vue';
import 'udata-org-elements/define.js';
import type { JoinRequestedDetail } from 'udata-org-elements';

const config = (window as unknown as { TEST_CONFIG: { apiBase: string; org: string; apiKey: string } }).TEST_CONFIG;

const app = createApp({
  setup() {
    const requested = ref('');
    const onRequested = (event: CustomEvent<JoinRequestedDetail>) => (requested.value = event.detail.request.id);
    return { ...config, requested, onRequested };
  },
  template: `
    <org-provider :api-base="apiBase" :org="org" .apiKey="apiKey">
      <join-request-button @org-join-requested="onRequested"></join-request-button>
      <p id="framework-state">{{ requested ? 'Vue a reçu la demande ' + requested : 'Aucune demande' }}</p>
    </org-provider>`,
});
app.config.compilerOptions.isCustomElement = (tag) => customElements.get(tag) !== undefined || tag.includes('-');
app.mount('#app');
