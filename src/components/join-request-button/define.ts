import { defineElement } from '../../internal/define.js';
import { JoinRequestButton } from './join-request-button.js';

defineElement('join-request-button', JoinRequestButton);

declare global {
  interface HTMLElementTagNameMap {
    'join-request-button': JoinRequestButton;
  }
}
