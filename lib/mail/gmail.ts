// Gmail's compose: new messages open as dialogs (several at once), replies open inline in the
// conversation. Recipients are chips carrying the address (`data-hovercard-id`, older `span[email]`,
// the collapsed "To" summary's `span[email]`) with the form's `to`/`cc`/`bcc` fields behind them.
import type { MailClient } from './compose';

export const gmail: MailClient = {
  id: 'gmail',
  bodies: 'div[contenteditable="true"][g_editable="true"], div[contenteditable="true"][aria-label="Message Body"]',
  recipientFields: [
    '[name="to"]',
    'div[aria-label="To recipients"]',
    '.aoD.hl',
    '[name="cc"]',
    'div[aria-label="CC recipients"]',
    '[name="bcc"]',
    'div[aria-label="BCC recipients"]',
  ],
  // The sender picker and the autocomplete menu of contacts are not recipients.
  ignore: '[name="from"], [role="menu"], .az2',
  isReply: (root) => root.closest('[role="dialog"]') === null || /^(re|aw|sv|antw):/i.test(root.querySelector<HTMLInputElement>('input[name="subjectbox"]')?.value ?? ''),
};
