import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { OrgDashboard } from '../../src/components/org-dashboard/org-dashboard.js';
import { $, assertNone, textOf, waitFor, waitForText } from '../support/dom.js';
import { ORG_IDS, ORG_OLD_SLUGS, ORG_SLUGS, VIEWER_KEYS, mockRedirectsWork, mockUdata, useMockApi } from '../support/mock-api.js';
import { disposeAllSessions } from '../../src/state/session-registry.js';
import { mountDashboard } from './support.js';

const mount = mountDashboard;

const section = (el: OrgDashboard, id: string) => $(el, `[part~="section"][part~="${id}"]`)!;
const sectionText = (el: OrgDashboard, id: string) => section(el, id).textContent!.replace(/\s+/g, ' ');
const nested = (el: OrgDashboard, tag: string) => el.shadowRoot!.querySelector(tag);
/** The members table has rendered: the page has asked what it asks on first render. */
const membersShown = (el: OrgDashboard) =>
  waitUntil(() => nested(el, 'org-members')?.shadowRoot?.querySelector('table tbody tr'), 'the members table', {
    timeout: 4000,
  });

/** OWASP-style XSS payloads, each trying to set window.__pwned. */
const XSS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '<svg onload="window.__pwned=1"></svg>',
  '<svg><script>window.__pwned=1</script></svg>',
  '<iframe src="javascript:window.__pwned=1"></iframe>',
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '<a href="javascript:window.__pwned=1">lien</a>',
  '<a href="JaVaScRiPt:window.__pwned=1">lien</a>',
  '<a href="&#106;avascript:window.__pwned=1">lien</a>',
  '[markdown](javascript:window.__pwned=1)',
  '[data](data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19wd25lZD0xPC9zY3JpcHQ+)',
  '![img](x" onerror="window.__pwned=1)',
  '<details open ontoggle="window.__pwned=1">x</details>',
  '<body onload="window.__pwned=1">',
  '<input autofocus onfocus="window.__pwned=1">',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned=1">',
  '<form><button formaction="javascript:window.__pwned=1">x</button></form>',
  '<object data="javascript:window.__pwned=1"></object>',
  '<embed src="javascript:window.__pwned=1">',
  '<div style="background:url(javascript:window.__pwned=1)">x</div>',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__pwned=1">',
  '<base href="javascript:window.__pwned=1//">',
  '<noscript><p title="</noscript><img src=x onerror=window.__pwned=1>">',
];

describe('<org-dashboard>', () => {
  useMockApi();
  afterEach(() => {
    expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
  });

  it('fetches each resource once on first render, the others in parallel', async () => {
    await mount(VIEWER_KEYS.admin);
    await waitUntil(() => mockUdata.recorded('GET', 'membership/').length === 1, 'requests loaded');
    await waitUntil(() => mockUdata.recorded('GET', 'me/reuses/').length === 1, 'transfers loaded');
    await waitUntil(() => mockUdata.recorded('GET', 'activity/').length === 1, 'activity loaded');
    const paths = mockUdata.recorded('GET').map((r) => r.path);
    const count = (path: string) => paths.filter((p) => p === path).length;
    expect(count(`organizations/${ORG_SLUGS.certified}/`)).to.equal(1);
    expect(count('me/')).to.equal(1);
    // The table's first page (20) and the quality sample (100), side by side.
    expect(count('datasets/')).to.equal(2);
    expect(count(`organizations/${ORG_IDS.certified}/reuses/`)).to.equal(1);
    expect(count('discussions/')).to.equal(1);
    expect(count('harvest/sources/')).to.equal(1);
    expect(count(`organizations/${ORG_IDS.certified}/membership/`)).to.equal(1);
    expect(count('organizations/roles/')).to.equal(1);
    // The admin's members table asks what its partial editor may edit.
    expect(count(`organizations/${ORG_IDS.certified}/assignments/`)).to.equal(1);
    // Its transfers card: the transfers waiting for the organization, the admin's own content to bring.
    expect(count('transfer/')).to.equal(1);
    expect(count('me/datasets/')).to.equal(1);
    expect(count('me/reuses/')).to.equal(1);
    // Its recent activity (members).
    expect(count('activity/')).to.equal(1);
    expect(paths).to.have.length(14);
    expect(mockUdata.recorded('GET', 'discussions/')[0].query).to.include({ org: ORG_IDS.certified, closed: 'false' });
    expect(mockUdata.recorded('GET', 'harvest/sources/')[0].query).to.include({ organization: ORG_IDS.certified });
  });

  it('shows the header with the certified public service badge as text and icon', async () => {
    const el = await mount();
    const header = $(el, '[part~="header"]')!;
    expect(header.querySelector('h1')!.textContent!.replace(/\s+/g, ' ')).to.include('Auvergne-Rhône-Alpes (DREAL ARA)');
    const badge = $(el, '[part~="certified-badge"]')!;
    expect(badge.textContent!.trim()).to.equal('Service public certifié');
    expect(badge.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('a non-certified organization gets its other badges, and its admin the certification link', async () => {
    const el = await mount('key-solo-aicha', { org: ORG_IDS.solo });
    assertNone(el, '[part~="certified-badge"]');
    expect(textOf(el)).to.include('Association');
    const link = [...el.shadowRoot!.querySelectorAll('a')].find((a) => a.textContent === 'Demander la certification')!;
    expect(link.href).to.equal('https://support.data.gouv.fr/');
    await waitForText(el, 'Aucun jeu de données.');
    expect(sectionText(el, 'description')).to.include('Aucune description.');
  });

  it('renders the Markdown description as elements, with nothing from it able to run', async () => {
    mockUdata.organization(ORG_IDS.certified)!.description = ['**Gras** et [site](https://www.example.gouv.fr)', ...XSS].join(
      '\n\n',
    );
    const el = await mount();
    const description = $(el, '.description')!;
    expect(description.querySelector('strong')!.textContent).to.equal('Gras');
    const safe = description.querySelector<HTMLAnchorElement>('a[href="https://www.example.gouv.fr"]')!;
    expect(safe.rel).to.equal('noopener noreferrer nofollow');
    expect(safe.target).to.equal('_blank');
    expect(
      description.querySelector(
        'script, iframe, object, embed, form, input, button, style, meta, base, noscript, svg, math, details, div[style]',
      )?.outerHTML ?? null,
    ).to.equal(null);
    for (const node of description.querySelectorAll('*')) {
      for (const attribute of node.attributes) {
        expect(attribute.name, `${node.localName}[${attribute.name}]`).not.to.match(/^(on|style$|srcdoc$|formaction$)/i);
        expect(attribute.value, `${node.localName}[${attribute.name}]`).not.to.match(/^\s*(javascript|data|vbscript):/i);
      }
    }
    // The links with unsafe addresses keep their words, as text.
    expect(description.textContent).to.include('markdown').and.include('data');
    await new Promise((resolve) => setTimeout(resolve, 100)); // let any onerror/onload fire
  });

  it('renders GitHub-flavoured Markdown: headings under the section, lists, tables, code, entities, raw HTML as text', async () => {
    mockUdata.organization(ORG_IDS.certified)!.description = [
      '# Présentation &amp; missions',
      '## Données',
      'Une ligne<br>puis une autre, <b>gras <i>et penché</b> <span class="x">sans</span> balise, ~~barré~~ et `a < b`.\nRetour simple <em>ouvert',
      '- [x] budget\n- mobilité\n  1. vélo',
      '| Jeu | Vues |\n|:--|--:|\n| Budget | **12** |',
      '<div align="center">Texte <em>HTML</em><script>window.__pwned=1</script></div>',
      '```\nlet x = 1 < 2;\n```',
      '![Logo](https://static.example.fr/logo.png) ![piège](javascript:alert(1)) [relatif](/fr/datasets/) [ancre](#top)',
      '[requête](https://data.example.fr/?a=1&amp;b=2) [codé](&#106;avascript:alert(1)) `&amp;`',
    ].join('\n\n');
    const el = await mount();
    const description = $(el, '.description')!;
    const tags = (selector: string) => [...description.querySelectorAll(selector)].map((n) => n.textContent!.trim());
    expect(tags('h3')).to.deep.equal(['Présentation & missions']);
    expect(tags('h4')).to.deep.equal(['Données']);
    expect(description.querySelector('h1, h2')?.outerHTML ?? null).to.equal(null);
    const paragraph = description.querySelector('p')!;
    // udata keeps single line breaks (hard wrap) and a few bare inline tags.
    expect(paragraph.querySelectorAll('br')).to.have.length(2);
    expect(paragraph.textContent).to.equal(
      'Une lignepuis une autre, gras et penché sans balise, barré et a < b.Retour simple ouvert',
    );
    expect(paragraph.querySelector('b')!.textContent).to.equal('gras et penché');
    expect(paragraph.querySelector('span, i, em')?.outerHTML ?? null).to.equal(null);
    expect(paragraph.querySelector('del')!.textContent).to.equal('barré');
    expect(paragraph.querySelector('code')!.textContent).to.equal('a < b');
    const checkbox = description.querySelector<HTMLInputElement>('ul li input[type="checkbox"]')!;
    expect([checkbox.checked, checkbox.disabled]).to.deep.equal([true, true]);
    expect(tags('ul ol li')).to.deep.equal(['vélo']);
    expect(tags('table thead th')).to.deep.equal(['Jeu', 'Vues']);
    expect(description.querySelector('tbody td.align-right strong')!.textContent).to.equal('12');
    expect(description.textContent).to.include('Texte HTML').and.not.include('__pwned');
    expect(description.querySelector('pre code')!.textContent).to.equal('let x = 1 < 2;');
    const images = [...description.querySelectorAll('img')];
    expect(images.map((i) => [i.getAttribute('src'), i.alt])).to.deep.equal([['https://static.example.fr/logo.png', 'Logo']]);
    expect(description.textContent).to.include('piège');
    const relative = description.querySelector<HTMLAnchorElement>('a[href="/fr/datasets/"]')!;
    expect(relative.hasAttribute('target')).to.equal(false);
    expect(description.querySelector('a[href="#top"]')!.textContent).to.equal('ancre');
    expect(description.querySelector('a[href="https://data.example.fr/?a=1&b=2"]')!.textContent).to.equal('requête');
    expect(description.textContent).to.include('codé');
    expect([...description.querySelectorAll('a')].map((a) => a.textContent)).not.to.include('codé');
    expect([...description.querySelectorAll('code')].map((c) => c.textContent)).to.include('&amp;');
    await expect(el).to.be.accessible();
  });

  it('fits the description’s headings under the section’s own, never skipping a level', async () => {
    mockUdata.organization(ORG_IDS.certified)!.description = '#### Détail d’abord\n\n## Thèmes\n\n#### Air\n\n###### Stations';
    const el = await mount();
    const levels = [...$(el, '.description')!.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(
      (h) => `${h.localName} ${h.textContent!.trim()}`,
    );
    expect(levels).to.deep.equal(['h3 Détail d’abord', 'h3 Thèmes', 'h4 Air', 'h5 Stations']);
    await expect(el).to.be.accessible();
  });

  it('formats the key figures for the language', async () => {
    const figures = (el: OrgDashboard) =>
      [...section(el, 'totals').querySelectorAll('.figure')].map(
        (f) => `${f.querySelector('dd')!.textContent} ${f.querySelector('dt')!.textContent}`,
      );
    const fr = figures(await mount());
    expect(fr).to.include('142 jeux de données').and.include('17 réutilisations').and.include('4 membres');
    expect(fr.find((f) => f.endsWith('vues'))).to.match(/^120\s431 vues$/);
    const en = figures(await mount(undefined, { lang: 'en' }));
    expect(en).to.include('142 datasets').and.include('120,431 views');
  });

  it('pages and sorts the datasets over udata’s pagination', async () => {
    const el = await mount();
    expect(el.shadowRoot!.querySelectorAll('[part~="datasets-table"] tbody tr')).to.have.length(20);
    expect(sectionText(el, 'datasets')).to.include('Page 1 sur 8');
    const sortButton = (label: string) =>
      [...section(el, 'datasets').querySelectorAll<HTMLButtonElement>('thead button')].find((b) =>
        b.textContent!.includes(label),
      )!;
    const searches = () => mockUdata.recorded('GET').filter((r) => r.path === 'datasets/');
    // The table's first page and the quality sample, asked side by side.
    expect(
      searches()
        .map((r) => r.query.page_size)
        .sort(),
    ).to.deep.equal(['100', '20']);
    sortButton('Vues').click();
    await waitUntil(() => searches().length === 3, 'a new request');
    expect(searches()[2].query).to.include({ sort: '-views', page: '1', page_size: '20' });
    await waitUntil(() => sortButton('Vues')?.closest('th')!.getAttribute('aria-sort') === 'descending');
    const views = () =>
      [...section(el, 'datasets').querySelectorAll('tbody tr')].map((tr) =>
        Number(tr.children[1].textContent!.replace(/\D/g, '')),
      );
    await waitUntil(() => views().length === 20 && views()[0] >= views()[1]);
    [...section(el, 'datasets').querySelectorAll<HTMLButtonElement>('.pagination button')]
      .find((b) => b.textContent!.includes('suivante'))!
      .click();
    await waitUntil(() => searches().at(-1)!.query.page === '2');
    expect(searches(), 'the sample is not asked again').to.have.length(4);
    await waitUntil(() => sectionText(el, 'datasets').includes('Page 2 sur 8'));
  });

  it('sorts the reuses (a plain array) in the page', async () => {
    const el = await mount();
    const reuses = section(el, 'reuses');
    const views = () =>
      [...reuses.querySelectorAll('tbody tr')].map((tr) => Number(tr.children[1].textContent!.replace(/\D/g, '')));
    expect(views()).to.deep.equal([...views()].sort((a, b) => b - a));
    // 19 reuses in udata's list: the deleted one is neither listed nor counted, the archived one says so.
    expect(reuses.querySelectorAll('tbody tr')).to.have.length(18);
    expect(sectionText(el, 'reuses')).not.to.include('Réutilisation supprimée');
    const archived = [...reuses.querySelectorAll('tbody th')].find((th) => th.textContent!.includes('Ancienne carte'))!;
    expect(archived.textContent).to.include('Archivé');
    [...reuses.querySelectorAll<HTMLButtonElement>('thead button')].find((b) => b.textContent!.includes('Titre'))!.click();
    await el.updateComplete;
    const titleHeader = [...reuses.querySelectorAll('thead th')].find((th) => th.textContent!.includes('Titre'))!;
    expect(titleHeader.getAttribute('aria-sort')).to.equal('ascending');
    const titles = [...reuses.querySelectorAll('tbody th')].map((th) => th.textContent!.trim());
    expect(titles).to.deep.equal([...titles].sort((a, b) => a.localeCompare(b, 'fr')));
    expect(mockUdata.recorded('GET', 'reuses/')).to.have.length(1);
  });

  it('lists quality anomalies grouped and named in words', async () => {
    const el = await mount();
    const text = sectionText(el, 'quality');
    expect(text).to.include('Analyse des 100 jeux de données les plus récemment mis à jour, sur 141.');
    expect(text)
      .to.include('Pas de licence')
      .and.include('Aucun format ouvert')
      .and.include('Fréquence de mise à jour non respectée');
    const counts = [...section(el, 'quality').querySelectorAll('[part~="anomaly"] summary')].map((s) =>
      s.textContent!.replace(/\s+/g, ' ').trim(),
    );
    // udata leaves the resource keys out of a dataset without resources: it has no file, and
    // nothing else to say about its files.
    expect(counts[0]).to.match(/^Fichiers non décrits — 33 jeux de données concerné/);
    const noFile = [...section(el, 'quality').querySelectorAll('[part~="anomaly"]')].find((a) =>
      a.textContent!.includes('Aucun fichier ni lien'),
    )!;
    expect(noFile.textContent!.replace(/\s+/g, ' '))
      .to.include('1 jeu de données concerné')
      .and.include('Zones humides — Savoie 2024');
  });

  it('an admin sees private and archived datasets (marked), never deleted ones, counted by the server', async () => {
    const el = await mount(VIEWER_KEYS.admin);
    const [search] = mockUdata.recorded('GET', /^datasets\/$/);
    expect(search.query).to.include({
      organization: ORG_IDS.certified,
      deleted: 'false',
      sort: '-last_update',
      page_size: '100',
    });
    expect(mockUdata.recorded('GET', /organizations\/[^/]+\/datasets\//)).to.have.length(0);
    expect(sectionText(el, 'quality')).to.include('sur 143.');
    // The archived and deleted datasets are the least recently updated: oldest first.
    const updateButton = [...section(el, 'datasets').querySelectorAll<HTMLButtonElement>('thead button')].find((b) =>
      b.textContent!.includes('Dernière mise à jour'),
    )!;
    updateButton.click();
    await waitUntil(() => sectionText(el, 'datasets').includes('Recensement 2012'), 'oldest first', { timeout: 4000 });
    expect(mockUdata.recorded('GET', /^datasets\/$/).at(-1)!.query).to.include({ sort: 'last_update', deleted: 'false' });
    const row = [...section(el, 'datasets').querySelectorAll('tbody th')].find((th) =>
      th.textContent!.includes('Recensement 2012'),
    )!;
    expect(row.textContent).to.include('Archivé');
    expect(sectionText(el, 'datasets')).not.to.include('Ancien jeu supprimé');
    await expect(el).to.be.accessible();
  });

  it('shows open discussions only, with author and date, hostile text as text', async () => {
    const el = await mount();
    const items = section(el, 'discussions').querySelectorAll('[part~="discussion"]');
    expect(items).to.have.length(3);
    expect(sectionText(el, 'discussions'))
      .to.include('Fichier de mars manquant')
      .and.include('par Chloé Dubois, le 19 novembre 2026');
    expect(sectionText(el, 'discussions')).not.to.include('Résolu');
    expect(section(el, 'discussions').querySelector('img, b')?.outerHTML ?? null).to.equal(null);
  });

  it('shows harvesters with the state of their last job, paginated or plain array', async () => {
    for (const plain of [false, true]) {
      mockUdata.flavour.harvestPlainArray = plain;
      const el = await mount();
      const text = sectionText(el, 'harvesters');
      expect(text).to.include('Catalogue géographique régional Terminé');
      expect(text).to.include('Terminé avec des erreurs').and.include('Échec').and.include('En cours');
      expect(text).to.include('dernier moissonnage le 22 novembre 2026');
    }
  });

  it('one failing endpoint never blanks the page: its section says so and retries', async () => {
    mockUdata.fail({ method: 'GET', path: /reuses\/$/, status: 500 });
    const errors: Array<{ action: string; status: number }> = [];
    const listener = (e: Event) => errors.push((e as CustomEvent).detail);
    document.addEventListener('org-error', listener);
    const el = await mount();
    document.removeEventListener('org-error', listener);
    expect(errors).to.deep.equal([
      { action: 'load-reuses', status: 500, message: 'Le serveur a rencontré une erreur. Réessayez plus tard.' },
    ]);
    await waitUntil(() => sectionText(el, 'reuses').includes('Le serveur a rencontré une erreur.'));
    expect(sectionText(el, 'harvesters')).to.include('Terminé');
    section(el, 'reuses').querySelector<HTMLButtonElement>('button')!.click();
    await waitUntil(() => section(el, 'reuses').querySelectorAll('tbody tr').length === 18);
  });

  it('a renamed organization configured with its old slug and an API key still loads (udata answers 308)', async function () {
    if (!(await mockRedirectsWork())) this.skip();
    const el = await mount(VIEWER_KEYS.admin, { org: ORG_OLD_SLUGS.certified });
    expect(textOf(el)).to.include('DREAL ARA');
    expect(Boolean(nested(el, 'delete-org-dialog')), 'read with the key: the admin sections show').to.equal(true);
    // The key went only to the API, and the old slug was resolved without it.
    const oldSlugCalls = mockUdata.recorded('GET', `organizations/${ORG_OLD_SLUGS.certified}/`);
    expect(oldSlugCalls.map((r) => r.apiKey)).to.include(null);
    await expect(el).to.be.accessible();
  });

  it('a deleted organization seen by its admin: when it was deleted, and no action udata would refuse', async () => {
    const el = await mount('key-solo-aicha', { org: ORG_IDS.deleted });
    const notice = $(el, '[part~="deleted-notice"]')!;
    expect(notice.textContent).to.include('Cette organisation a été supprimée le 1 décembre 2025.');
    assertNone(el, 'delete-org-dialog');
    expect(textOf(el)).not.to.include('Demander la certification');
    expect(Boolean(nested(el, 'org-members'))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  describe('what each viewer sees', () => {
    it('anonymous: no requests, no deletion, no certification link, a log-in link to join', async () => {
      const el = await mount();
      const join = $(el, '[part~="header"] join-request-button')!;
      expect(join, 'a join element in the header').not.to.equal(null);
      const login = await waitFor<HTMLAnchorElement>(join, '[part~="login-link"]');
      expect(login.textContent!.trim()).to.equal('Se connecter pour rejoindre');
      expect(login.href).to.equal(`https://udata.example/login?next=${encodeURIComponent(window.location.href)}`);
      assertNone(el, 'pending-requests');
      assertNone(el, 'delete-org-dialog');
      expect(textOf(el)).not.to.include('Demander la certification');
      expect(Boolean(nested(el, 'org-members'))).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('non-member: the same as anonymous, with a button to ask to join', async () => {
      const el = await mount(VIEWER_KEYS.nonMember);
      const join = $(el, '[part~="header"] join-request-button')!;
      expect(join, 'a join element in the header').not.to.equal(null);
      const button = await waitFor<HTMLButtonElement>(join, '[part~="button"]');
      expect(button.textContent!.trim()).to.equal("Demander à rejoindre l'organisation");
      assertNone(el, 'pending-requests');
      assertNone(el, 'delete-org-dialog');
      await expect(el).to.be.accessible();
    });

    it('login-url: where the join button sends an anonymous visitor', async () => {
      const el = await mount(undefined, { loginUrl: 'https://portail.example/connexion' });
      const join = $(el, '[part~="header"] join-request-button')!;
      const login = await waitFor<HTMLAnchorElement>(join, '[part~="login-link"]');
      expect(login.href.startsWith('https://portail.example/connexion?next=')).to.equal(true);
    });

    it('editor: no requests card where udata refuses editors the list (it sends `permissions`), nothing asked; the list where a server lets them', async () => {
      const el = await mount(VIEWER_KEYS.editor);
      await membersShown(el);
      assertNone(el, '[part~="requests"]');
      assertNone(el, 'pending-requests');
      assertNone(el, 'delete-org-dialog');
      assertNone(el, 'join-request-button');
      expect(mockUdata.recorded('GET', 'membership/')).to.have.length(0);
      await expect(el).to.be.accessible();

      // Older udata: no `permissions`, and editors read the requests, as the guide says.
      mockUdata.reset();
      disposeAllSessions();
      mockUdata.flavour.sendsPermissions = false;
      mockUdata.flavour.editorsMayListRequests = true;
      const older = await mount(VIEWER_KEYS.editor);
      const requests = nested(older, 'pending-requests')!;
      await waitUntil(() => requests.shadowRoot?.querySelector('[part~="request"]'), 'the requests, read-only');
      expect(mockUdata.recorded('GET', 'membership/').map((r) => r.query.status)).to.deep.equal(['pending']);
    });

    it('partial editor: no requests card (it could only say they cannot see them)', async () => {
      const el = await mount(VIEWER_KEYS.partialEditor);
      await membersShown(el);
      assertNone(el, '[part~="requests"]');
      assertNone(el, 'join-request-button');
      expect(mockUdata.recorded('GET', 'membership/')).to.have.length(0);
    });

    for (const [who, key] of [
      ['admin', VIEWER_KEYS.admin],
      ['sysadmin', VIEWER_KEYS.sysadmin],
    ] as const) {
      it(`${who}: requests and the deletion button, explained; no join button`, async () => {
        const el = await mount(key);
        expect(Boolean(nested(el, 'pending-requests'))).to.equal(true);
        const deletion = nested(el, 'delete-org-dialog')!;
        await waitUntil(() => deletion.shadowRoot?.querySelector('[part~="button"]'), 'the delete button');
        assertNone(el, 'join-request-button');
        await expect(el).to.be.accessible();
      });
    }

    it('the danger zone says, beside the button, what deleting does', async () => {
      const el = await mount(VIEWER_KEYS.admin);
      const explanation = section(el, 'danger').querySelector('[part~="danger-explanation"]')!;
      expect(explanation.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Supprimer l’organisation est irréversible. Ses jeux de données et ses réutilisations ne sont pas supprimés pour autant : ' +
          'ils restent en ligne, aux mêmes adresses, mais deviennent anonymes, rattachés à aucun producteur. ' +
          'Pour les supprimer aussi, supprimez-les avant de supprimer l’organisation.',
      );
      expect(explanation.nextElementSibling!.localName).to.equal('delete-org-dialog');
      const english = await mount(VIEWER_KEYS.admin, { lang: 'en' });
      expect(sectionText(english, 'danger'))
        .to.include('Deleting the organization cannot be undone.')
        .and.include('they stay online, at the same addresses, but become anonymous');
      await expect(english).to.be.accessible();
    });
  });

  it('fits a 320 px phone without horizontal scrolling of the page', async () => {
    const el = await mount(VIEWER_KEYS.admin, { width: '320px' });
    const base = $(el, '[part~="base"]')!;
    expect(base.scrollWidth).to.be.at.most(320);
  });
});
