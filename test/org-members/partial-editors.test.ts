import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { OrgMembers } from '../../src/components/org-members/org-members.js';
import { $, textOf, waitFor, waitForText } from '../support/dom.js';
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
    const row = await waitUntil(() =>
      [...el.shadowRoot!.querySelectorAll('tbody tr')].find((tr) => tr.textContent!.includes('Zoé')),
    );
    void row;
    await waitForText(el, '3 contenus attribués');
    expect(mockUdata.recorded('GET', 'assignments/')).to.have.length(1);
    const editorView = await mountOnMock<OrgMembers>('org-members', VIEWER_KEYS.editor);
    await waitUntil(() => editorView.shadowRoot!.querySelectorAll('tbody tr').length > 0);
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
});
