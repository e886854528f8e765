// Seventieth round: reading a rostering vendor's prospects. A roster said with its trouble reads; a burden shared out unevenly is unfair; a sum "gone through the roof"
// rose; a guess the rep files in quotation marks stays the rep's; the rep's record of what the prospect does, said of
// them in the third person after the rep's label inside a line, is the notes' own sentence. Invented vendor (rosters for
// lifeguard services at public pools and beaches) and invented sentences. Calling in sick leaves a shift short.
import { describe, expect, it } from 'vitest';
import type { PackAsset, Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const guards: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'by-hand', label: 'Rosters kept by hand', aliases: ['wall chart', 'paper rota'] },
    { id: 'swaps', label: 'Shift swap confusion', aliases: ['swap requests'] },
    { id: 'sundays', label: 'Unfair summer Sunday duty', aliases: ['sunday duty share'] },
    { id: 'towers', label: 'Call outs and no shows', aliases: ['empty towers'] },
    { id: 'agency', label: 'Agency guard spend', aliases: ['agency guards'] },
    { id: 'pay', label: 'Shift pay errors', aliases: ['timesheet errors'] },
    { id: 'tickets', label: 'Lifeguards on shift with lapsed tickets', aliases: ['lapsed tickets'] },
    { id: 'sunburn', label: 'Sun exposure', aliases: ['sunburn'] },
  ],
};
const asset = (id: string, title: string, painPoints: string[]): PackAsset => ({ id, title, url: `https://example.test/${id}`, type: 'blog-post', tags: [], personas: [], industries: [], painPoints });
const assets: PackAsset[] = [
  asset('a1', 'Never leave a beach tower empty in summer', ['towers']),
  asset('a2', 'Summer cover without gaps', ['towers']),
  asset('a3', 'From wall chart to app before summer', ['by-hand']),
  asset('a4', 'Summer swaps the duty lead approves instantly', ['swaps']),
  asset('a5', 'Sharing Sundays fairly across the squad', ['sundays']),
  asset('a6', 'Cutting agency guard bills', ['agency']),
  asset('a7', 'Timesheets matching every roster', ['pay']),
  asset('a8', 'Ticket expiry alerts for pool managers', ['tickets']),
];
const compiled = compileTaxonomy(guards, assets);
const pains = (notes: string) => contextOf(resolveProspect({ company: 'Harbourside Leisure Trust', notes }, compiled)).painPoints;

describe('the vendor\'s own trade', () => {
  it('still reads a roster said with its trouble', () => {
    expect(pains('Twice in July nobody covered the beach shift; a tower stood empty.')).toContain('towers');
  });
});

describe('the everyday words of short shifts, burdens and sums', () => {
  it('reads somebody calling in sick as a shift left without cover', () => {
    expect(pains('Busy summers fall apart whenever a guard calls in sick.')).toEqual(['towers']);
  });
  it('reads a burden shared out unevenly as unfair', () => {
    expect(pains('The senior guards never work one; the juniors say the load falls unevenly on them.')).toEqual(['sundays']);
  });
  it('reads a sum gone through the roof as risen', () => {
    expect(pains('The relief guard budget has gone through the roof.')).toEqual(['agency']);
  });
});

describe('what the seller wrote', () => {
  it('keeps a quoted guess unread', () => {
    expect(pains('Rep guess: "probably swap confusion." Manager rang back: the swap app works; the rota itself bothers her.')).not.toContain('swaps');
  });
  it('reads the seller\'s record of how the lido works', () => {
    expect(pains('Six lidos on the coast. Rep: they pin every rota onto the kiosk wall chart.')).toEqual(['by-hand']);
  });
});
