import fs from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { emailSnippet } from '../share';
import { gmail } from './gmail';
import { insertAtCursor, snippetForPaste, snippetFragment } from './insert';
import { createComposeTracker, type ComposeReport } from './tracker';

function page(html: string) {
  const window = new Window({ url: 'https://mail.google.com/mail/u/0/#inbox?compose=new' });
  window.document.write(html);
  return { window, doc: window.document as unknown as Document, parser: new window.DOMParser() as unknown as DOMParser };
}

describe('inserting a snippet', () => {
  const snippet = emailSnippet([
    { title: 'Acme <case> study', url: 'https://example.com/a?x=1&y=2', summary: 'How "Acme" cut costs.' },
    { title: 'Second', url: 'https://example.com/b', summary: '' },
  ]);

  it('rebuilds the snippet as paragraphs and links in the page document', () => {
    const { doc, parser } = page('<div id="body" contenteditable="true"></div>');
    const fragment = snippetFragment(snippet.html, doc, parser);
    const box = doc.createElement('div');
    box.append(fragment);
    expect(box.innerHTML).toBe('<p><a href="https://example.com/a?x=1&amp;y=2">Acme &lt;case&gt; study</a><br>How "Acme" cut costs.</p><p><a href="https://example.com/b">Second</a></p>');
  });

  it('keeps only text of anything else: no script, no handler, no javascript: link', () => {
    const { doc, parser } = page('<div></div>');
    const box = doc.createElement('div');
    box.append(snippetFragment('<p onclick="x()">a<script>alert(1)</script><img src=x onerror=y><a href="javascript:alert(1)">b</a><iframe></iframe></p>', doc, parser));
    expect(box.innerHTML).toBe('<p>aalert(1)b</p>');
  });

  it('goes in at the cursor, replacing a selection; at the end of the body without one', () => {
    const { doc, parser } = page('<div id="body" contenteditable="true"><div>Hi Jane,</div><div>Best</div></div>');
    const body = doc.getElementById('body')!;
    const text = body.firstChild!.firstChild!;
    const cursor = doc.createRange();
    cursor.setStart(text, 8);
    cursor.collapse(true);
    insertAtCursor(body, cursor, snippetFragment('<p>X</p>', doc, parser));
    expect(body.innerHTML).toBe('<div>Hi Jane,<p>X</p></div><div>Best</div>');
    insertAtCursor(body, undefined, snippetFragment('<p>Y</p>', doc, parser));
    expect(body.innerHTML).toBe('<div>Hi Jane,<p>X</p></div><div>Best</div><p>Y</p>');
    // A cursor outside the body (the rep was in the subject) is not where the snippet goes.
    const outside = doc.createRange();
    outside.selectNodeContents(doc.body);
    insertAtCursor(body, outside, snippetFragment('<p>Z</p>', doc, parser));
    expect(body.lastElementChild!.outerHTML).toBe('<p>Z</p>');
  });
});

describe('following the compose', () => {
  const fixture = fs.readFileSync(path.resolve(__dirname, '../../tests/fixtures/mail/gmail/compose.html'), 'utf8');

  it('reports the compose the cursor is in, once per change, null when it closes, and inserts at its cursor', () => {
    const { doc } = page(fixture);
    const sent: (ComposeReport | null)[] = [];
    const tracker = createComposeTracker(doc, gmail, (c) => sent.push(c));
    tracker.refresh();
    expect(sent).toEqual([{ id: 'c1', recipients: ['jane.roe@acme.example', 'm.brown@acme.example'], reply: false }]);
    tracker.refresh();
    expect(sent).toHaveLength(1);

    const body = doc.querySelector<HTMLElement>('[aria-label="Message Body"]')!;
    const selection = doc.getSelection()!;
    const range = doc.createRange();
    range.setStart(body.firstChild!.firstChild!, 8);
    range.collapse(true);
    selection.removeAllRanges();
    selection.addRange(range);
    tracker.refresh();
    // The rep moves elsewhere (the side panel): the cursor in the body is remembered.
    selection.removeAllRanges();
    expect(tracker.insert('c1', '<p><a href="https://example.com/a">A</a></p>')).toBe(true);
    expect(body.firstElementChild!.innerHTML).toBe('Hi Jane,<p><a href="https://example.com/a">A</a></p>');
    expect(tracker.insert('c9', '<p>B</p>')).toBe(false);

    // A second window: followed once the rep is in it.
    const dialog = doc.querySelector('[role="dialog"]')!;
    const second = dialog.cloneNode(true) as Element;
    second.querySelector('[name="cc"]')!.remove();
    dialog.parentElement!.append(second);
    tracker.refresh();
    expect(sent).toHaveLength(1);
    const secondBody = second.querySelector<HTMLElement>('[aria-label="Message Body"]')!;
    const there = doc.createRange();
    there.selectNodeContents(secondBody.lastElementChild!);
    there.collapse(false);
    selection.removeAllRanges();
    selection.addRange(there);
    tracker.refresh();
    expect(sent.at(-1)).toEqual({ id: 'c2', recipients: ['jane.roe@acme.example'], reply: false });

    // It closes: reported closed, and the first window is not taken in its place.
    selection.removeAllRanges();
    second.remove();
    tracker.refresh();
    expect(sent.at(-1)).toBeNull();
    expect(tracker.insert('c2', '<p>B</p>')).toBe(false);
    expect(tracker.insert('c1', '<p>B</p>')).toBe(true);
    dialog.remove();
    tracker.refresh();
    expect(tracker.insert('c1', '<p>C</p>')).toBe(false);
  });
});

describe('inserting into an editor that keeps its own model (Outlook’s Roosterjs)', () => {
  const fixture = fs.readFileSync(path.resolve(__dirname, '../../tests/fixtures/mail/gmail/compose.html'), 'utf8');

  it('offers the snippet as a paste there, with only what Tailor writes as HTML and the text beside it', () => {
    const { window, parser } = page('<div></div>');
    expect(snippetForPaste('<p onclick="x()"><a href="https://e.com/a">A</a><br>Why<script>1</script><a href="javascript:x">b</a></p>', 'A\nWhy', parser)).toEqual({
      html: '<p><a href="https://e.com/a">A</a><br>Why1b</p>',
      text: 'A\nWhy',
    });
    // Without a text, the HTML's text.
    expect(snippetForPaste('<p><a href="https://e.com/a">A</a></p>', undefined, parser).text).toBe('A');
    window.close();
  });

  it('an editor that takes the paste inserts the snippet itself, where the rep’s cursor was; Tailor touches nothing', () => {
    const { doc } = page(fixture);
    const body = doc.querySelector<HTMLElement>('[aria-label="Message Body"]')!;
    const before = body.innerHTML;
    const pasted: { html: string; text: string; at: string; offset: number }[] = [];
    const inputs: string[] = [];
    body.addEventListener('input', (e) => inputs.push((e as InputEvent).inputType));
    body.addEventListener('paste', (e) => {
      const event = e as ClipboardEvent;
      const range = doc.getSelection()!.getRangeAt(0);
      pasted.push({ html: event.clipboardData!.getData('text/html'), text: event.clipboardData!.getData('text/plain'), at: range.startContainer.textContent!, offset: range.startOffset });
      event.preventDefault();
    });
    const tracker = createComposeTracker(doc, gmail, () => undefined);
    const cursor = doc.createRange();
    cursor.setStart(body.firstChild!.firstChild!, 8);
    cursor.collapse(true);
    doc.getSelection()!.addRange(cursor);
    tracker.refresh();
    doc.getSelection()!.removeAllRanges();

    expect(tracker.insert('c1', '<p><a href="https://example.com/a">A</a><br>Why</p>', 'A\nWhy\nhttps://example.com/a')).toBe(true);
    expect(pasted).toEqual([{ html: '<p><a href="https://example.com/a">A</a><br>Why</p>', text: 'A\nWhy\nhttps://example.com/a', at: 'Hi Jane,', offset: 8 }]);
    expect(body.innerHTML).toBe(before);
    expect(inputs).toEqual([]);
  });

  it('told not to offer a paste (Firefox), puts the nodes in even where an editor would take one', () => {
    const { doc } = page(fixture);
    const body = doc.querySelector<HTMLElement>('[aria-label="Message Body"]')!;
    const pastes: string[] = [];
    body.addEventListener('paste', (e) => {
      pastes.push('paste');
      e.preventDefault();
    });
    const tracker = createComposeTracker(doc, gmail, () => undefined, { offerPaste: false });
    tracker.refresh();
    expect(tracker.insert('c1', '<p>X</p>')).toBe(true);
    expect(pastes).toEqual([]);
    expect(body.lastElementChild!.outerHTML).toBe('<p>X</p>');
  });

  it('a plain contenteditable leaves the paste alone: the nodes go in at the cursor, with an input event', () => {
    const { doc } = page(fixture);
    const body = doc.querySelector<HTMLElement>('[aria-label="Message Body"]')!;
    const seen: string[] = [];
    body.addEventListener('paste', () => seen.push('paste'));
    body.addEventListener('input', (e) => seen.push((e as InputEvent).inputType));
    const tracker = createComposeTracker(doc, gmail, () => undefined);
    tracker.refresh();
    expect(tracker.insert('c1', '<p>X</p>')).toBe(true);
    expect(seen).toEqual(['paste', 'insertFromPaste']);
    expect(body.lastElementChild!.outerHTML).toBe('<p>X</p>');
  });
});
