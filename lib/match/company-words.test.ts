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

  it('names no segment from either word alone, nor from the other languages’ words for a company', () => {
    // A library whose charter assets say each word often: without the rule each sentence alone reads the charter segment
    // by its one company word.
    const wordy = compileTaxonomy(taxonomy, [
      ...['company', 'firm', 'business', 'empresa', 'Unternehmen'].flatMap((w, i) => [
        asset(`c${i}a`, `The ${w} of a yacht ${w}`, ['charter']),
        asset(`c${i}b`, `${w} berths and ${w} moorings`, ['charter']),
        asset(`c${i}c`, `Every ${w} with a ${w} skipper`, ['charter']),
        asset(`c${i}d`, `A ${w} guide: ${w} fees, ${w} crews`, ['charter']),
        asset(`c${i}e`, `${w} and ${w} again`, ['charter']),
      ]),
      ...assets.slice(4),
      asset('a9', 'Buoyancy aids by size', ['kayak']),
      asset('a10', 'Tide tables for the harbour', ['ferry']),
      asset('a11', 'Ticket gates at the quay', ['ferry']),
    ]);
    const readWordy = (notes: string) => resolveIndustries({ company: 'Harrowgate Systems Ltd', notes }, wordy).map((r) => r.id);
    for (const notes of [
      'Runs IT for a software company.',
      'A firm of forty.',
      'Family business, six people.',
      'Dirige TI en una empresa de software.',
      'Leitet die IT in einem Unternehmen mit 300 Leuten.',
    ])
      expect(readWordy(notes), notes).toEqual([]);
  });

  it('reads the word where it names a trade before another word (“business aviation”, “a business jet”)', () => {
    const hangars = compileTaxonomy(
      {
        personas: [],
        painPoints: [],
        industries: [
          { id: 'bizav', label: 'Private jet charter', aliases: [] },
          { id: 'school', label: 'Flight training', aliases: [] },
          { id: 'mro', label: 'Aircraft maintenance shops', aliases: [] },
        ],
      },
      [
        asset('h1', 'Business aviation: hangar slots for business travellers', ['bizav']),
        asset('h2', 'Business jets and the FBO handover', ['bizav']),
        asset('h3', 'Why business aviation needs crew rest tracking', ['bizav']),
        asset('h4', 'Solo hours and instructor rotas', ['school']),
        asset('h5', 'Checkride scheduling for cadets', ['school']),
        asset('h6', 'Engine teardown bays and parts bins', ['mro']),
        asset('h7', 'Line maintenance at night', ['mro']),
      ],
    );
    const readHangars = (notes: string) => resolveIndustries({ company: 'Skyward Ltd', notes }, hangars).map((r) => r.id);
    expect(readHangars('Ops manager, business aviation terminal at the regional airport.')).toEqual(['bizav']);
    expect(readHangars('Ops manager at a business jet FBO.')).toEqual(['bizav']);
  });

  it('still reads a segment from the words of its own content', () => {
    expect(read('Harrowgate Systems Ltd', 'Skipper rotas and berth bookings for twelve yachts.')).toEqual(['charter']);
  });
});
