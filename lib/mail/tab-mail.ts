// The compose a mail tab's rep is in, kept by the background in session storage beside the tab's record
// (tabMail in lib/state/tab-mail.ts, where its shape is declared): who it is addressed to and which record
// Tailor took them for.
export type { MailMatchedBy, TabMail } from '../state/tab-mail';
