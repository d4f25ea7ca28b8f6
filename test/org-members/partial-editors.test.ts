import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { OrgMembers } from '../../src/components/org-members/org-members.js';
import { $, deepActiveElement, textOf, waitFor, waitForText } from '../support/dom.js';
import { ORG_IDS, VIEWER_KEYS, mockUdata, mountOnMock, useMockApi } from '../support/mock-api.js';

/** Partial editors may edit only what is assigned to them: admins see and choose what. */
describe('<org-members>: partial editors', () => {
  useMockApi();
  const orgPath = `organizations/${ORG_IDS.certified}/`;
  const typeInto = (input: HTMLInputElement, value: string) => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  };

  it("a partial editor's row says how many objects they may edit (admins)", async () => {
    const el = await mountOnMock<OrgMembers>('org-members', VIEWER_KEYS.admin);
    await waitUntil(
      () => [...el.shadowRoot!.querySelectorAll('tbody tr')].some((tr) => tr.textContent!.includes('Zoé')),
      'the table',
      { timeout: 4000 },
    );
    await waitForText(el, '3 contenus attribués');
    expect(mockUdata.recorded('GET', 'assignments/')).to.have.length(1);
    const editorView = await mountOnMock<OrgMembers>('org-members', VIEWER_KEYS.editor);
    await waitUntil(() => editorView.shadowRoot!.querySelectorAll('tbody tr').length > 0, 'the table', { timeout: 4000 });
    expect(textOf(editorView)).not.to.include('contenus attribués');
  });

  it('inviting as partial editor asks what they may edit (server-side search), warns while nothing is picked, and sends it', async () => {
    const el = await mountOnMock<OrgMembers>('org-members', VIEWER_KEYS.admin);
    (await waitFor<HTMLButtonElement>(el, '[part~="add"]')).click();
    const user = await waitFor<HTMLInputElement>(el, 'dialog[open] [part~="user-search"]');
    typeInto(user, 'chloé');
    (await waitFor<HTMLElement>(el, '[role="option"]')).click();
    await waitUntil(
      () => el.shadowRoot!.querySelector('input[name="add-role"][value="partial_editor"]'),
      'the partial editor role',
      { timeout: 4000 },
    );
    el.shadowRoot!.querySelector<HTMLInputElement>('input[name="add-role"][value="partial_editor"]')!.click();
    await waitFor(el, '[part~="assignments"]');
    expect($(el, '[part~="nothing-assigned"]')!.textContent).to.include('cette personne ne pourra rien modifier');
    const search = $<HTMLInputElement>(el, '[part~="assignment-search"]')!;
    typeInto(search, 'zones humides savoie');
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~="assignable-list"] input').length > 0, 'results', {
      timeout: 4000,
    });
    const query = mockUdata.recorded('GET', /^datasets\/$/).at(-1)!.query;
    expect(query).to.include({ organization: ORG_IDS.certified, q: 'zones humides savoie', deleted: 'false' });
    const first = el.shadowRoot!.querySelector<HTMLInputElement>('[part~="assignable-list"] input')!;
    const title = first.closest('label')!.textContent!.trim();
    first.click();
    await waitFor(el, '[part~="picked"]');
    expect($(el, '[part~="nothing-assigned"]')).to.equal(null);
    expect($(el, '[part~="picked"]')!.textContent).to.include(title);
    await expect(el).to.be.accessible();
    const invited = oneEvent(el, 'org-member-invited');
    $<HTMLButtonElement>(el, '.add-member-dialog [part~="submit"]')!.click();
    const { detail } = await invited;
    expect(detail.invitation.role).to.equal('partial_editor');
    const [post] = mockUdata.recorded('POST', `${orgPath}member/`);
    const body = post.body as { assignments: Array<{ class: string; id: string }> };
    expect(body.assignments).to.have.length(1);
    expect(body.assignments[0].class).to.equal('Dataset');
    expect(mockUdata.data.datasets.find((d) => d.id === body.assignments[0].id)!.title).to.equal(title);
  });

  it('changes what a partial editor may edit: the same picker, named items, the full list sent', async () => {
    const el = await mountOnMock<OrgMembers>('org-members', VIEWER_KEYS.admin);
    const edit = await waitFor<HTMLButtonElement>(el, '[part~="edit-assignments"]');
    expect(edit.getAttribute('aria-label')).to.equal('Modifier les contenus attribués à Zoé Bernard-Müller');
    edit.click();
    await waitFor(el, '.assignments-dialog dialog[open]');
    await waitUntil(
      () => el.shadowRoot!.querySelectorAll('.assignments-dialog [part~="picked"] li').length === 3,
      'the 3 assigned, named',
      { timeout: 4000 },
    );
    const picked = el.shadowRoot!.querySelector('.assignments-dialog [part~="picked"]')!;
    const [first] = mockUdata.data.assignments;
    expect(picked.textContent).to.include(mockUdata.data.datasets.find((d) => d.id === first.subject.id)!.title);
    await expect(el).to.be.accessible();
    picked.querySelector<HTMLButtonElement>('li button')!.click();
    const changed = oneEvent(el, 'org-member-assignments-changed');
    $<HTMLButtonElement>(el, '.assignments-dialog [part~="submit"]')!.click();
    const { detail } = await changed;
    expect(detail.member.user.first_name).to.equal('Zoé');
    expect(detail.assignments).to.have.length(2);
    const [put] = mockUdata.recorded('PUT', 'assignments/');
    expect(put.path).to.equal(`${orgPath}member/${mockUdata.userByKey(VIEWER_KEYS.partialEditor)!.id}/assignments/`);
    expect(put.body).to.have.length(2);
    await waitForText(el, 'Zoé Bernard-Müller peut désormais modifier 2 contenus.');
    await waitForText(el, '2 contenus attribués');
  });

  const zoeRow = (el: OrgMembers) =>
    [...el.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tbody tr')].find((tr) => tr.textContent!.includes('Zoé'))!;
  /** Chooses a role in a row's select and presses its "Apply". */
  const pickAndApply = async (row: () => HTMLElement, value: string) => {
    await waitUntil(() => row().querySelector(`[part~="role-select"] option[value="${value}"]`), `${value} offered`, {
      timeout: 4000,
    });
    const select = row().querySelector<HTMLSelectElement>('[part~="role-select"]')!;
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await waitUntil(() => row().querySelector('[part~="apply-role"]'), '"Apply"', { timeout: 4000 });
    row().querySelector<HTMLButtonElement>('[part~="apply-role"]')!.click();
  };

  it("warns before a partial editor's role changes (their assignments go, the content stays): Cancel keeps all, focus back on the select", async () => {
    const el = await mountOnMock<OrgMembers>('org-members', VIEWER_KEYS.admin);
    await waitForText(el, '3 contenus attribués');
    const select = zoeRow(el).querySelector<HTMLSelectElement>('[part~="role-select"]')!;
    select.focus();
    await pickAndApply(() => zoeRow(el), 'editor');
    const dialog = await waitFor<HTMLDialogElement>(el, '.role-dialog dialog[open]');
    expect(dialog.textContent).to.include('Changer le rôle de Zoé Bernard-Müller en éditeur\u00a0?');
    expect(dialog.textContent).to.include(
      'Ses attributions (3 aujourd’hui) sont alors retirées\u00a0: les contenus eux-mêmes restent en place, inchangés.',
    );
    // Words a user reads: no product name, nothing that suggests the content is deleted.
    expect(dialog.textContent).not.to.match(/udata|supprim/i);
    // Nothing is sent while the admin decides.
    expect(mockUdata.recorded('PUT', 'member/')).to.have.length(0);
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '.role-dialog [part~="cancel"]')!.click();
    await waitUntil(() => !dialog.open, 'the dialog closes', { timeout: 4000 });
    await waitUntil(() => el.shadowRoot!.activeElement === select, 'focus back on the select', { timeout: 4000 });
    expect(select.value).to.equal('partial_editor');
    expect(mockUdata.recorded('PUT', 'member/')).to.have.length(0);
    expect(mockUdata.data.assignments.length).to.equal(3);
    // Escape cancels as well.
    await pickAndApply(() => zoeRow(el), 'admin');
    await waitUntil(() => dialog.open && dialog.contains(deepActiveElement()), 'asked again', { timeout: 4000 });
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'closed', { timeout: 4000 });
    await waitUntil(() => el.shadowRoot!.activeElement === select, 'focus back on the select', { timeout: 4000 });
    expect(select.value).to.equal('partial_editor');
    expect(mockUdata.recorded('PUT', 'member/')).to.have.length(0);
  });

  it('says in English that the assignments go and the content stays', async () => {
    const el = await mountOnMock<OrgMembers>('org-members', VIEWER_KEYS.admin);
    el.setAttribute('lang', 'en');
    await waitForText(el, '3 items assigned');
    await pickAndApply(() => zoeRow(el), 'editor');
    const dialog = await waitFor<HTMLDialogElement>(el, '.role-dialog dialog[open]');
    expect(dialog.textContent).to.include('Their assignments (3 today) are then removed: the content itself stays as it is.');
    expect(dialog.textContent).not.to.match(/udata|delete/i);
  });

  it('once confirmed, the role is sent, the count and its button go, and the event says what it was', async () => {
    const el = await mountOnMock<OrgMembers>('org-members', VIEWER_KEYS.admin);
    await waitForText(el, '3 contenus attribués');
    await pickAndApply(() => zoeRow(el), 'editor');
    await waitFor(el, '.role-dialog dialog[open]');
    const changed = oneEvent(el, 'org-member-role-changed');
    $<HTMLButtonElement>(el, '.role-dialog [part~="submit"]')!.click();
    const { detail } = await changed;
    expect(detail.previousRole).to.equal('partial_editor');
    expect(detail.member.role).to.equal('editor');
    const puts = mockUdata.recorded('PUT', 'member/');
    expect(puts).to.have.length(1);
    expect(puts[0].body).to.deep.equal({ role: 'editor' });
    await waitForText(el, 'Zoé Bernard-Müller est maintenant éditeur.');
    expect(zoeRow(el).querySelector('[part~="assignment-count"]')).to.equal(null);
    expect(zoeRow(el).querySelector('[part~="edit-assignments"]')).to.equal(null);
    expect(mockUdata.data.assignments.length).to.equal(0);
  });

  it('an editor made partial editor is asked for first, then told to choose what they may edit', async () => {
    const el = await mountOnMock<OrgMembers>('org-members', VIEWER_KEYS.admin);
    await waitForText(el, '3 contenus attribués');
    const userId = [...el.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tbody tr')].find(
      (tr) => tr.querySelector<HTMLSelectElement>('[part~="role-select"]')?.value === 'editor',
    )!.dataset.userId!;
    const row = () => el.shadowRoot!.querySelector<HTMLElement>(`tr[data-user-id="${userId}"]`)!;
    await pickAndApply(row, 'partial_editor');
    const dialog = await waitFor<HTMLDialogElement>(el, '.role-dialog dialog[open]');
    expect(dialog.textContent).to.include('ne pourra plus modifier que les contenus qui lui seront attribués');
    expect(mockUdata.recorded('PUT', 'member/')).to.have.length(0);
    $<HTMLButtonElement>(el, '.role-dialog [part~="submit"]')!.click();
    await waitForText(el, 'est maintenant éditeur partiel et ne peut encore rien modifier');
    await waitUntil(() => row().textContent!.includes('0 contenu attribué'), 'a count of 0', { timeout: 4000 });
  });
});
