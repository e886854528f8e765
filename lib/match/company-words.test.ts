import { describe, expect, it } from 'vitest';
import { compileTaxonomy } from './compile';
import { resolveIndustries } from './resolve';

// An invented vendor of booking software for boat hire, whose assets for one segment say "company" and "firm" often.
const taxonomy = {
  personas: [{ id: 'owner', label: 'Owner', aliases: [] }],
  industries: [
    { id: 'charter', label: 'Yacht charter operators', aliases: [] },
    { id: 'kayak', label: 'Kayak rental shops', aliases: [] },
    { id: 'ferry', label: 'Small ferry lines', aliases: [] },
  ],
  painPoints: [{ id: 'double', label: 'Double bookings', aliases: [] }],
};
const asset = (id: string, title: string, industries: string[]) => ({ id, title, painPoints: [], industries });
const assets = [
  asset('a1', 'How a charter company prices a summer week', ['charter']),
  asset('a2', 'Company-wide skipper rotas for a yacht firm', ['charter']),
  asset('a3', 'Insurance checklist for a charter firm: company cover explained', ['charter']),
  asset('a4', 'Why a charter business company should track every berth', ['charter']),
  asset('a5', 'Paddle sizing at the rental counter', ['kayak']),
  asset('a6', 'Weekend paddle tours without the clipboard', ['kayak']),
  asset('a7', 'Timetables for island crossings', ['ferry']),
  asset('a8', 'Deck space for cars and bikes on a crossing', ['ferry']),
];
const compiled = compileTaxonomy(taxonomy, assets);
const read = (company: string, notes: string) => resolveIndustries({ company, notes }, compiled).map((r) => r.id);

describe('a word that only says a business is one (forty-seventh round)', () => {
  it('names no segment from "company", "firm" or "business" in the notes, however the library’s assets use them', () => {
    expect(read('Harrowgate Systems Ltd', 'Runs IT for a software company; a firm of forty.')).toEqual([]);
    expect(read('Harrowgate Systems Ltd', 'Family business, six people.')).toEqual([]);
  });

  it('still reads a segment from the words of its own content', () => {
    expect(read('Harrowgate Systems Ltd', 'Skipper rotas and berth bookings for twelve yachts.')).toEqual(['charter']);
  });
});
