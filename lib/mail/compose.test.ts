import fs from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { mailClientFor, readComposes } from '.';
import { isMailPage, mailClientOf } from './hosts';

const dir = path.resolve(__dirname, '../../tests/fixtures/mail');
const html = (file: string) => fs.readFileSync(path.join(dir, file), 'utf8');
const linkedom = (file: string) => parseHTML(html(file)).document as unknown as Document;
function happy(file: string, url: string): Document {
  const window = new Window({ url });
  window.document.write(html(file));
  return window.document as unknown as Document;
}

const GMAIL = 'https://mail.google.com/mail/u/0/#inbox?compose=new';
const OUTLOOK = 'https://outlook.office.com/mail/';

describe('compose pages', () => {
  const cases = [
    { file: 'gmail/compose.html', url: GMAIL, composes: [{ recipients: ['jane.roe@acme.example', 'm.brown@acme.example'], reply: false }] },
    { file: 'gmail/thread.html', url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJGhmdtqB', composes: [{ recipients: ['sam.lee@globex.example'], reply: true }] },
    { file: 'gmail/no-compose.html', url: GMAIL, composes: [] },
    { file: 'outlook/compose.html', url: OUTLOOK, composes: [{ recipients: ['jane.roe@acme.example'], reply: false }] },
    { file: 'outlook/reply.html', url: 'https://outlook.live.com/mail/0/inbox/id/AQQkADAwATM', composes: [{ recipients: ['sam.lee@globex.example'], reply: true }] },
  ];
  for (const [dom, load] of [['linkedom', (f: string) => linkedom(f)], ['happy-dom', (f: string, u: string) => happy(f, u)]] as const) {
    it.each(cases.map((c) => [c.file, c] as const))(`%s (${dom})`, (_, c) => {
      const composes = readComposes(load(c.file, c.url), mailClientFor(c.url)!);
      expect(composes.map(({ recipients, reply }) => ({ recipients, reply }))).toEqual(c.composes);
      // The body found is the compose's own editable body, inside its root.
      for (const compose of composes) {
        expect(compose.body.getAttribute('contenteditable')).toBe('true');
        expect(compose.root.contains(compose.body)).toBe(true);
      }
    });
  }

  it('reads each of several compose windows with its own recipients', () => {
    const doc = linkedom('gmail/compose.html');
    const dialog = doc.querySelector('[role="dialog"]')!;
    const second = dialog.cloneNode(true) as Element;
    for (const chip of second.querySelectorAll('[data-hovercard-id], [email]')) {
      chip.setAttribute(chip.hasAttribute('email') ? 'email' : 'data-hovercard-id', 'sam.lee@globex.example');
    }
    second.querySelector('[name="cc"]')!.remove();
    dialog.parentElement!.append(second);
    const composes = readComposes(doc, mailClientFor(GMAIL)!);
    expect(composes.map((c) => c.recipients)).toEqual([['jane.roe@acme.example', 'm.brown@acme.example'], ['sam.lee@globex.example']]);
    expect(composes[0]!.root).not.toBe(composes[1]!.root);
  });

  it('reads a half-typed address in the To field, not the sender or the message', () => {
    const doc = linkedom('outlook/compose.html');
    const to = doc.querySelector('div[aria-label="To"]')!;
    to.append(doc.createTextNode("pat.cruz@Globex.example; o'brien@acme.example, bad@-x.example"));
    const [compose] = readComposes(doc, mailClientFor(OUTLOOK)!);
    expect(compose!.recipients).toEqual(['jane.roe@acme.example', 'pat.cruz@globex.example', "o'brien@acme.example"]);
  });

  it('finds nothing on a page without a compose or an empty document', () => {
    const empty = parseHTML('<html><body></body></html>').document as unknown as Document;
    expect(readComposes(empty, mailClientFor(GMAIL)!)).toEqual([]);
    expect(readComposes(empty, mailClientFor(OUTLOOK)!)).toEqual([]);
  });

  it('knows the webmail by its address, https only', () => {
    expect(mailClientOf('https://mail.google.com/mail/u/0/#inbox')).toBe('gmail');
    expect(mailClientOf('https://outlook.office.com/mail/')).toBe('outlook');
    expect(mailClientOf('https://outlook.office365.com/mail/inbox')).toBe('outlook');
    expect(mailClientOf('https://outlook.live.com/mail/0/')).toBe('outlook');
    expect(mailClientOf('http://mail.google.com/')).toBeUndefined();
    expect(mailClientOf('https://mail.google.com.evil.example/')).toBeUndefined();
    expect(isMailPage('not a url')).toBe(false);
    expect(mailClientFor('https://example.com/')).toBeUndefined();
  });
});
