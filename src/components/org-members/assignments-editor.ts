import { html, nothing, type ReactiveControllerHost } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import { isAbort, type ApiError, toApiError } from '../../api/errors.js';
import type { Assignment, AssignmentSubject, Member } from '../../api/models.js';
import type { LocalizeController } from '../../i18n/localize.js';
import { describeError } from '../../internal/error-message.js';
import { renderFormDialog } from '../../internal/form-dialog.js';
import { ModalController } from '../../internal/modal-controller.js';
import { fullName } from '../../internal/users.js';
import { AssignmentPicker } from './assignment-picker.js';
import type { membersTerms } from './org-members.terms.js';
import { setMemberAssignments } from '../../api/assignments.js';
import { FlowController, type FlowOptions } from '../../internal/flow-controller.js';

/** What the editor needs from the element that shows it. */
export interface AssignmentsEditorOptions extends FlowOptions<LocalizeController<{ members: typeof membersTerms }>> {
  onChanged(member: Member, assignments: Assignment[], message: string): void;
}

/**
 * Changes what a partial editor may edit: the same picker as the invitation's, starting from
 * their current assignments, sent as the full list (`PUT …/member/{user}/assignments/`).
 */
export class AssignmentsEditor extends FlowController<AssignmentsEditorOptions> {
  member: Member | null = null;
  busy = false;
  error: ApiError | null = null;
  readonly picker: AssignmentPicker;
  readonly modal: ModalController;

  /** The dialog, bound by its template. */
  private readonly dialog = createRef<HTMLDialogElement>();

  constructor(host: ReactiveControllerHost & HTMLElement, options: AssignmentsEditorOptions) {
    super(host, options);
    this.picker = new AssignmentPicker(host, { ...options, id: 'edit-assign' });
    this.modal = new ModalController(host, () => this.dialog.value);
  }

  async open(member: Member, current: AssignmentSubject[], event: Event) {
    this.member = member;
    this.error = null;
    void this.modal.open({
      opener: event.currentTarget as HTMLElement,
      focus: () => this.host.shadowRoot?.querySelector<HTMLElement>('#edit-assign-search'),
    });
    await this.picker.prefill(current, this.removalSignal()).catch(() => undefined);
  }

  render() {
    const t = this.localize.t;
    const name = this.member ? fullName(this.member.user, t.unknownUser) : '';
    return html`<div class="assignments-dialog">
      ${renderFormDialog({
        dialog: ref(this.dialog),
        id: 'assignments',
        title: t.members.assignmentsTitle(name),
        body: this.member ? this.picker.render() : nothing,
        error: this.error ? describeError(t, this.error) : null,
        submitLabel: t.members.saveAssignments,
        busyLabel: t.members.saving,
        cancelLabel: t.cancel,
        busy: this.busy,
        onSubmit: (event) => {
          event.preventDefault();
          void this.save();
        },
        onCancel: () => this.modal.close(),
      })}
    </div>`;
  }

  private async save() {
    const session = this.session();
    const member = this.member;
    const org = session?.org;
    if (this.busy || !session || !org || !member) return;
    const t = this.localize.t;
    this.busy = true;
    this.error = null;
    this.host.requestUpdate();
    try {
      const assignments = await setMemberAssignments(session.client, org.id, member.user.id, this.picker.subjects, {
        signal: this.removalSignal(),
      });
      this.modal.close();
      this.options.onChanged(
        member,
        assignments,
        t.members.assignmentsSaved(fullName(member.user, t.unknownUser), assignments.length),
      );
    } catch (error) {
      if (isAbort(error)) return;
      this.error = toApiError(error, 'change-assignments');
      this.options.onFailed(this.error, describeError(t, this.error));
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }
}
