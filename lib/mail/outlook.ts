// Outlook on the web (work accounts and outlook.com): the compose sits in the reading pane (a reply
// inline under the conversation) or in its own pop-out. Recipients are persona "pills" in the To/Cc/Bcc
// "well", a contenteditable field whose pills carry the address in their accessible name or tooltip.
import type { MailClient } from './compose';

export const outlook: MailClient = {
  id: 'outlook',
  bodies: 'div[contenteditable="true"][aria-label^="Message body"], div[contenteditable="true"][role="textbox"][aria-label^="Message body"]',
  recipientFields: ['div[aria-label="To"]', 'div[aria-label="Cc"]', 'div[aria-label="Bcc"]'],
  // The suggestion list that opens under a half-typed name is not the recipients.
  ignore: '[role="listbox"], [role="menu"]',
  isReply: (root) => {
    const subject = root.querySelector<HTMLInputElement>('input[aria-label="Add a subject"], input[aria-label="Subject"]');
    return !subject || /^(re|aw|sv|antw):/i.test(subject.value);
  },
};
