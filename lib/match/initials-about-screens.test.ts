// Sixty-ninth round: a name's initial ends no sentence, so the answer after it ("T. said no") still turns down the rep's
// guess; a company's website "About" copied into the notes says who the company is, not what hurts; screens said to go
// blank, dark or black are outages, and "uptime" in a label names them; places said to close are closures, not a
// month-end close, and a window said to close is a deadline; figures that never "tie" disagree; a restatement is a
// compliance problem; a renegotiation is an amendment; "which ... are free" asks what is available. Invented vendor
// (software for touring marionette theatres) and records.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const marionettes: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'foyer-screens', label: 'Foyer screen uptime', aliases: ['foyer display faults', 'playlist checks', 'stage monitor alerts'] },
    { id: 'ticket-billing', label: 'Billing and comps', aliases: ['ticket refund rows', 'comp tickets'] },
    { id: 'van-avails', label: 'Touring van availability', aliases: ['van holds', 'van clashes'] },
    { id: 'month-close', label: 'Slow month-end ledger close', aliases: ['tour ledger close', 'ledger postings'] },
    { id: 'exits', label: 'Workshop closures and exits', aliases: ['leaving a workshop', 'workshop sublets'] },
    { id: 'tour-visibility', label: 'Tour visibility', aliases: ['tour reporting'] },
    { id: 'venue-amendments', label: 'Hall hire changes', aliases: ['amended hires'] },
    { id: 'grant-compliance', label: 'Arts grant compliance', aliases: ['grant conditions'] },
  ],
};
const asset = (id: string, title: string, painPoints: string[]) => ({ id, title, painPoints, industries: [], personas: [] });
const assets = [
  asset('s1', 'Digital screens in every foyer, always on', ['foyer-screens']),
  asset('s2', 'Foyer screens that show the next show', ['foyer-screens']),
  asset('c1', 'Close the month in three days: a close checklist', ['month-close']),
  asset('c2', 'A faster close for touring companies', ['month-close']),
  asset('b1', 'Ticket billing without disputes', ['ticket-billing']),
  asset('c3', 'Month-end close: ledger postings without the late nights', ['month-close']),
  asset('c4', 'Why the close drags: five fixes', ['month-close']),
  asset('c5', 'Close calendar for finance teams', ['month-close']),
  asset('e1', 'Workshop closures, planned', ['exits']),
  asset('a1', 'Amended hall hires, done calmly', ['venue-amendments']),
];
const compiled = compileTaxonomy(marionettes, assets);
const pains = (notes: string) => contextOf(resolveProspect({ notes, name: 'Ottoline Varga-Pim' }, compiled)).painPoints;

describe("a name's initial", () => {
  it('ends no sentence: the answer after it turns the guess down', () => {
    expect(pains('Rep note: I think their worst trouble is billing? T. said no, billing is OK since they moved tills. What hurts is the van holds.')).toEqual(['van-avails']);
  });
  it('leaves a sentence that ends on a capital letter as it was', () => {
    expect(pains('Went with plan B. Comp tickets go astray every week.')).toContain('ticket-billing');
  });
});

describe("a website's About copied in", () => {
  it('says who the company is', () => {
    expect(pains("About (homepage): 'We tour marionette shows to 60 town foyers with digital screens.'\nRep: left a voicemail.")).toEqual([]);
  });
});

describe('screens gone blank', () => {
  it('are outages, which a label\'s "uptime" names', () => {
    expect(pains('The foyer screens went blank for two days before anyone noticed.')).toEqual(['foyer-screens']);
    expect(pains('Half our displays go dark during the interval.')).toEqual(['foyer-screens']);
  });
});

describe('places said to close', () => {
  it('are closures, not the month-end close', () => {
    expect(pains('Closing two offices next year, it drags on.')).not.toContain('month-close');
    expect(pains('Closing two offices is a nightmare.')).toEqual(['exits']);
  });
  it('while closing the ledger still is', () => {
    expect(pains('Closing the ledger drags on for nine days.')).toContain('month-close');
  });
});

describe('a window said to close', () => {
  it('is a deadline, not the month-end close', () => {
    expect(pains('The option window closed before the stage manager spotted it, a nightmare.')).not.toContain('month-close');
    expect(pains('The touring window closed and we lost the venue.')).toEqual([]);
  });
});

describe('figures that never tie', () => {
  it('disagree, which is no lack of visibility', () => {
    expect(pains('The van schedule and the ledger figures never tie.')).not.toContain('tour-visibility');
  });
});

describe('a restatement', () => {
  it('is a compliance problem', () => {
    expect(pains('Last year the company had to publish a restatement of its touring accounts.')).toEqual(['grant-compliance']);
  });
});

describe('a renegotiation', () => {
  it('is an amendment where the library says so', () => {
    expect(pains('We renegotiated with every hall last spring, a mess.')).toEqual(['venue-amendments']);
  });
});

describe('which things are free', () => {
  it('asks what is available', () => {
    expect(pains('The booker rings the workshop to see which vans are free that week.')).toEqual(['van-avails']);
  });
  it('not free parking', () => {
    expect(pains('The depot offers free parking for the vans.')).not.toContain('van-avails');
  });
});
