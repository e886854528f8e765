import { describe, expect, it } from 'vitest';
import { compileTaxonomy } from './compile';
import { resolveIndustries } from './resolve';

// An invented vendor of booking software for boat businesses: one entry is a kind of boating ("recreational
// boating"), the others say other kinds. A CRM value joining two broad parts ("Shipping and Boating") says the whole
// of boating in its second part, not the one kind of it an alias names by that head.
const boats = compileTaxonomy({
  personas: [],
  painPoints: [],
  industries: [
    { id: 'ferries', label: 'Ferry operators', aliases: ['passenger ferries', 'car ferry line'] },
    { id: 'leisure', label: 'Leisure marinas', aliases: ['recreational boating', 'pleasure harbour'] },
    { id: 'rentals', label: 'Canoe and kayak hire', aliases: ['paddle rental', 'kayak outfitters'] },
  ],
});
const ids = (prospect: { company?: string; industry?: string; notes?: string }) => resolveIndustries(prospect, boats).map((r) => r.id);

describe('a joined CRM value whose part is the head of a longer name of an entry', () => {
  it('does not read that entry from the part alone', () => {
    expect(ids({ industry: 'Shipping and Boating' })).toEqual([]);
    expect(ids({ industry: 'Shipping & Boating' })).toEqual([]);
  });

  it('still reads the entry when the value says its qualifier, or when the part is the whole name', () => {
    expect(ids({ industry: 'Shipping and Recreational Boating' })).toEqual(['leisure']);
    expect(ids({ industry: 'Shipping and Leisure Marinas' })).toContain('leisure');
  });

  it('reads the entry when every part of the value says it (review finding 8)', () => {
    expect(ids({ industry: 'Boating & Marinas' })).toEqual(['leisure']);
    expect(ids({ industry: 'Marinas and Boating' })).toEqual(['leisure']);
  });

  it('leaves the plain value of one part as before', () => {
    expect(ids({ industry: 'Boating' })).toEqual([]);
  });
});
