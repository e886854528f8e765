// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TabMail } from '@/lib/mail/tab-mail';
import { EmailOffHint } from './email-off-hint';
import { EmailSettings } from './email-settings';
import { SuggestionItem } from './suggestion-item';
import { WritingTo } from './writing-to';

afterEach(cleanup);

const mail: TabMail = { client: 'gmail', composeId: 'c1', recipients: ['sam.lee@globex.example'], reply: true, open: true, updatedAt: 0 };
const dana = { name: 'Dana Whitfield', company: 'Mercy Regional Health', source: { crm: 'salesforce' as const, recordType: 'contact', recordId: '003' } };

describe('WritingTo', () => {
  it('names the record matched and when it was seen', () => {
    render(<WritingTo mail={{ ...mail, reply: false, recipients: ['ap@mercyregional.example'], match: { recipient: 'ap@mercyregional.example', by: 'domain', key: 'k', lastSeenAt: 0 } }} prospect={dana} now={3 * 60_000} recent={[]} onPick={() => undefined} />);
    expect(screen.getByTestId('writing-to').textContent).toBe('Writing to ap@mercyregional.example: Dana Whitfield, Salesforce contact seen 3 min ago (same company)');
  });

  it('puts who the email is to on the first line and the record on the second, each whole in its tooltip', () => {
    const long = 'accounts.payable.department@mercyregionalhealthsystem.example';
    render(<WritingTo mail={{ ...mail, reply: false, recipients: [long], match: { recipient: long, by: 'email', key: 'k', lastSeenAt: 0 } }} prospect={dana} now={2 * 3_600_000} recent={[]} onPick={() => undefined} />);
    const banner = screen.getByTestId('writing-to');
    expect(banner.querySelector('.wt-first')!.textContent).toBe(`Writing to ${long}:`);
    expect(banner.querySelector('.wt-first strong')!.getAttribute('title')).toBe(`Writing to ${long}`);
    expect(banner.querySelector('.wt-second')!.textContent).toBe(' Dana Whitfield, Salesforce contact seen 2 h ago');
    expect(banner.querySelector('.wt-second')!.getAttribute('title')).toBe('Dana Whitfield, Salesforce contact · seen 2 h ago');
  });

  it('offers recent records for someone never seen, and says when the email has closed', () => {
    const onPick = vi.fn();
    const { rerender } = render(<WritingTo mail={mail} now={0} recent={[{ key: 'salesforce:contact:003', label: 'Dana Whitfield, Salesforce contact seen just now' }]} onPick={onPick} />);
    expect(screen.getByText(/Tailor has not seen this person/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Pick a recent record'), { target: { value: 'salesforce:contact:003' } });
    expect(onPick).toHaveBeenCalledWith('salesforce:contact:003');
    rerender(<WritingTo mail={{ ...mail, open: false }} now={0} recent={[]} onPick={onPick} />);
    expect(screen.getByRole('status').textContent).toContain('That email is closed');
    expect(screen.queryByLabelText('Pick a recent record')).toBeNull();
  });

  it('heads a new email with no recipient as a rep would say it', () => {
    render(<WritingTo mail={{ ...mail, reply: false, recipients: [] }} now={0} recent={[]} onPick={() => undefined} />);
    expect(screen.getByTestId('writing-to').textContent).toBe('New email: no recipient yet');
  });
});

describe('EmailOffHint', () => {
  it('says Tailor can help in the email here, or asks where the page is unknown; the button turns email on', () => {
    const onTurnOn = vi.fn();
    const onDismiss = vi.fn();
    const { rerender } = render(<EmailOffHint hint="here" onTurnOn={onTurnOn} onDismiss={onDismiss} />);
    expect(screen.getByTestId('email-off').textContent).toBe('Tailor can suggest content here, in the email you write, when email is turned on. Turn on emailNot now');
    fireEvent.click(screen.getByRole('button', { name: 'Turn on email' }));
    expect(onTurnOn).toHaveBeenCalledOnce();
    rerender(<EmailOffHint hint="maybe" onTurnOn={onTurnOn} onDismiss={onDismiss} />);
    expect(screen.getByTestId('email-off').textContent).toMatch(/^Writing in Gmail or Outlook on the web\? /);
    expect(onDismiss).not.toHaveBeenCalled();
  });

  it('"Not now" dismisses it, a button named for what it does', () => {
    const onDismiss = vi.fn();
    render(<EmailOffHint hint="maybe" onTurnOn={() => undefined} onDismiss={onDismiss} />);
    const notNow = screen.getByRole('button', { name: /^Not now/ });
    expect(notNow.textContent).toBe('Not now');
    expect(notNow.getAttribute('aria-label')).toBe('Not now: do not mention email again');
    fireEvent.click(notNow);
    expect(onDismiss).toHaveBeenCalledOnce();
  });
});

describe('Insert into email', () => {
  const item = { id: 'a1', title: 'Case study', url: 'https://example.com/a', type: 'case-study' as const, summary: '', reasons: [] };
  const actions = { onSelect: () => undefined, onOpen: () => undefined, onCopyLink: () => undefined, onCopyEmail: () => undefined, onNotRelevant: () => undefined, onFlag: () => undefined };

  it('is offered only with an onInsert action', () => {
    const onInsert = vi.fn();
    const { rerender } = render(<SuggestionItem item={item} selected={false} {...actions} />);
    expect(screen.queryByRole('button', { name: 'Insert into email' })).toBeNull();
    rerender(<SuggestionItem item={item} selected={false} {...actions} onInsert={onInsert} />);
    fireEvent.click(screen.getByRole('button', { name: 'Insert into email' }));
    expect(onInsert).toHaveBeenCalledOnce();
  });

  it('keeps Copy for email under "⋯" while Insert into email is offered, so the row stays one line', () => {
    const onCopyEmail = vi.fn();
    const { rerender } = render(<SuggestionItem item={item} selected={false} {...actions} onCopyEmail={onCopyEmail} />);
    expect(screen.getByRole('button', { name: 'Copy for email' })).toBeTruthy();
    rerender(<SuggestionItem item={item} selected={false} {...actions} onCopyEmail={onCopyEmail} onInsert={() => undefined} />);
    expect(screen.queryByRole('button', { name: 'Copy for email' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'More actions' }));
    fireEvent.click(screen.getByRole('button', { name: 'Copy for email' }));
    expect(onCopyEmail).toHaveBeenCalledOnce();
  });
});

describe('EmailSettings', () => {
  it('says what is read and what never is, and toggles from the click', () => {
    const onToggle = vi.fn();
    render(<EmailSettings enabled={false} busy={false} onToggle={onToggle} />);
    expect(screen.getByTestId('email-privacy').textContent).toMatch(/only the recipients’ addresses.*never reads your messages or your inbox/s);
    fireEvent.click(screen.getByLabelText('Suggest content in emails I write'));
    expect(onToggle).toHaveBeenCalledWith(true);
  });

  it('shows what was asked for while the change is under way, then what holds', () => {
    const { rerender } = render(<EmailSettings enabled={true} busy={false} onToggle={() => undefined} />);
    const box = () => screen.getByLabelText('Suggest content in emails I write') as HTMLInputElement;
    fireEvent.click(box());
    rerender(<EmailSettings enabled={true} busy={true} onToggle={() => undefined} />);
    expect(box().checked).toBe(false);
    // The change failed: the box says email is still on.
    rerender(<EmailSettings enabled={true} busy={false} onToggle={() => undefined} />);
    expect(box().checked).toBe(true);
  });

  it('shows email off and locked, with the reason, when the organisation forbids it; never toggles', () => {
    const onToggle = vi.fn();
    render(<EmailSettings enabled={true} busy={false} policy="forbidden" onToggle={onToggle} />);
    const box = screen.getByLabelText('Suggest content in emails I write') as HTMLInputElement;
    expect(box.checked).toBe(false);
    expect(box.disabled).toBe(true);
    expect(screen.getByTestId('email-policy').textContent).toContain('Your organisation has turned email off: Tailor does not read mail pages.');
    expect(box.getAttribute('aria-describedby')).toBe('email-policy');
    fireEvent.click(box);
    expect(onToggle).not.toHaveBeenCalled();
  });

  it('leaves the choice to the rep when the organisation allows email', () => {
    const onToggle = vi.fn();
    render(<EmailSettings enabled={false} busy={false} policy="allowed" onToggle={onToggle} />);
    expect(screen.getByTestId('email-policy').textContent).toContain('turning it on is your choice');
    fireEvent.click(screen.getByLabelText('Suggest content in emails I write'));
    expect(onToggle).toHaveBeenCalledWith(true);
  });

  it('opened for this setting, focuses the toggle once it can take it', () => {
    const { rerender } = render(<EmailSettings enabled={undefined} busy={false} focused onToggle={() => undefined} />);
    rerender(<EmailSettings enabled={false} busy={false} focused onToggle={() => undefined} />);
    expect(document.activeElement).toBe(screen.getByLabelText('Suggest content in emails I write'));
  });

  it('waits while it does not know yet', () => {
    render(<EmailSettings enabled={undefined} busy={false} onToggle={() => undefined} />);
    expect((screen.getByLabelText('Suggest content in emails I write') as HTMLInputElement).disabled).toBe(true);
  });
});
