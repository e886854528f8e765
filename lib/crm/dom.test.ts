import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { amountOf, emailIn } from './amount';
import { blockTextOf, firstValue, isHidden, lookupValueOf, newBudget, queryAllDeep, textOf, valueByLabel, valueOf } from './dom';

const el = (html: string) => parseHTML(`<html><body><div id="x">${html}</div></body></html>`).document.querySelector('#x') as unknown as Element;
const doc = (html: string) => parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;

describe('text as a reader sees it', () => {
  it.each([
    ['<h1><div class="entityNameTitle">Contact</div><div>Jane Roe</div></h1>', 'Jane Roe'],
    ['<h1><div class="entityNameTitle">Lead</div><span>Mr. John Doe</span></h1>', 'Mr. John Doe'],
    ['<h1><div class="entityNameTitle">Account</div><slot name="primaryField">Acme Bank</slot></h1>', 'Acme Bank'],
    ['<span>Dana</span><span>Whitfield</span>', 'Dana Whitfield'],
    ['<b>Acme</b>Corp', 'AcmeCorp'],
    ['Chief Financial Officer<button class="slds-button"><span class="slds-assistive-text">Edit Title</span></button>', 'Chief Financial Officer'],
    ['<span class="avatar" aria-hidden="true">TZ</span><span>Tomasz Zieliński</span>', 'Tomasz Zieliński'],
    ['<span aria-hidden="true">Priya Raman</span><span class="visually-hidden">Priya Raman</span>', 'Priya Raman'],
    ['<div><span class="label">Name</span><a href="/organization/1">Acme Freight</a></div>', 'Acme Freight'],
    ['<span class="private-dropdown__button-label">Contract sent</span><span aria-hidden="true">▾</span>', 'Contract sent'],
    ['<span style="display:none">old</span>new', 'new'],
  ])('%s reads %j', (html, want) => {
    expect(valueOf(el(html))).toBe(want);
  });

  it('reads the composed tree of declarative shadow roots, slots and all', () => {
    const d = doc(`<div id="host"><template shadowrootmode="open"><h1><div class="entityNameTitle">Contact</div><slot name="primaryField"></slot></h1></template><lightning-formatted-name slot="primaryField">Jane Roe</lightning-formatted-name></div>`);
    expect(textOf(d.querySelector('#host'))).toBe('Jane Roe');
    // Nested roots are searched from any scope, not only from the document.
    const nested = doc(`<main id="scope"><a-b><template shadowrootmode="open"><c-d><template shadowrootmode="open"><p class="v">deep</p></template></c-d></template></a-b></main>`);
    expect(queryAllDeep(nested.querySelector('#scope')!, 'p.v', newBudget()).map((e) => textOf(e))).toEqual(['deep']);
  });

  it('keeps lines in notes and leaves out buttons', () => {
    expect(blockTextOf(el('<p>One.</p><p>Two<br>three</p><button>Save</button>'))).toBe('One.\nTwo\nthree');
  });

  it('reads a lookup as its link, and a section heading is not a field label', () => {
    expect(lookupValueOf(el('<span class="icon" aria-hidden="true">org</span><a href="/o/1">Acme Freight</a> <small>(Primary)</small>'))).toBe('Acme Freight');
    const d = doc('<section><h3>Organization</h3><div><div class="item-label">Name</div><div>Acme</div><div class="item-label">Address</div><div>1 Main St</div></div></section><div class="item-label">Industry</div><div>Retail</div>');
    expect(valueByLabel(d, ['Organization'], newBudget())).toBeUndefined();
    expect(valueByLabel(d, ['Industry'], newBudget())).toBe('Retail');
  });

  it('finds a label whatever its case, spacing, colon or punctuation, among many that are not it', () => {
    const others = Array.from({ length: 300 }, (_, i) => `<div><span>Custom ${i}</span><span>value ${i}</span></div>`).join('');
    const d = doc(`${others}<div><span>  E-MAIL\n  Address :</span><span>dana@mercy.example</span></div><div><span>Stage (1)*</span><span>Won</span></div>`);
    // What labels match, not how fast: no deadline, which a loaded machine can miss on 300 candidates.
    const untimed = () => newBudget(200_000, Infinity);
    expect(valueByLabel(d, ['E-mail Address'], untimed())).toBe('dana@mercy.example');
    expect(valueByLabel(d, ['Stage (1)'], untimed())).toBe('Won');
    expect(valueByLabel(d, ['Custom 299'], untimed())).toBe('value 299');
    expect(valueByLabel(d, ['Phone'], untimed())).toBeUndefined();
  });
});

describe('what is shown, in a browser that computes styles', () => {
  // happy-dom, like Chromium, says an element with no box of its own (display: contents) is not visible.
  const browserPage = (html: string) => {
    const window = new Window();
    window.document.write(`<html><body>${html}</body></html>`);
    return window.document as unknown as Document;
  };

  it('reads an element with display: contents (a <slot> outside a shadow root) by what it lays out', () => {
    const d = browserPage(`<h1><slot name="primaryField" id="text">Acme Bank</slot></h1><span class="v"><slot name="outputField" id="el"><b>Jane Roe</b></slot></span>
      <div style="display:contents" id="wrapper"><span>VP Finance</span></div>`);
    for (const id of ['text', 'el', 'wrapper']) expect(isHidden(d.getElementById(id)!)).toBe(false);
    expect(firstValue(d, ['slot[name="primaryField"]'], newBudget())).toBe('Acme Bank');
  });

  it('still hides one inside a hidden container, or whose children are all hidden', () => {
    const d = browserPage(`<section style="display:none"><slot id="in-hidden">Old Record</slot></section>
      <div style="display:contents" id="empty"><span style="display:none">gone</span></div><slot id="invisible" style="visibility:hidden">secret</slot>`);
    for (const id of ['in-hidden', 'empty', 'invisible']) expect(isHidden(d.getElementById(id)!)).toBe(true);
  });
});

describe('amounts and emails', () => {
  it.each([
    ['$486,500.00', 486500],
    ['€36.000', 36000],
    ['12 500 €', 12500],
    ['EUR 1.250.000,50', 1250000.5],
    ['$ 64,000.00', 64000],
    ['$1.2M', 1200000],
    ['€85,000', 85000],
    ['--', undefined],
  ])('%s is %s', (text, want) => expect(amountOf(text)).toBe(want));

  it('finds an address in a field', () => {
    expect(emailIn('kenji@saltmarsh.example (Work)')).toBe('kenji@saltmarsh.example');
    expect(emailIn('---')).toBeUndefined();
  });
});
