// The cheap tests put before two costlier readings (docs/matching.md, "Speed of the round's reading"): a word every
// arm-or-subsidiary phrase holds, tried before the phrase's pattern, and the heads of the taxonomy's names, tried
// before a public body's title is read for a service. They must read what the costlier readings read. The vendor,
// taxonomy and records are invented.
import { describe, expect, it } from 'vitest';
import { compileTaxonomy } from './compile';
import { resolveIndustries, resolveProspect } from './resolve';

// An invented vendor of permit-desk software, Mirrowgate, selling to councils' services and to contractors.
const mirrowgate = compileTaxonomy({
  personas: [{ id: 'lead', label: 'Service lead', aliases: ['Head of Service'] }],
  painPoints: [],
  industries: [
    { id: 'councils', label: 'Councils', aliases: ['municipality', 'local authority'] },
    { id: 'harbours', label: 'Harbour authorities', aliases: ['harbour office'] },
    { id: 'scaffold', label: 'Scaffolding contractors', aliases: ['scaffold hire'] },
  ],
});
const ids = (p: { title?: string; company?: string; industry?: string; notes?: string }) =>
  resolveProspect({ name: 'Tamsin Orrell', source: { crm: 'hubspot', recordType: 'contact', recordId: '1' }, ...p }, mirrowgate).industries.map((r) => r.id).sort();

describe('the arm-or-subsidiary phrase behind its word test', () => {
  it('reads an arm by its name however the phrase is cased, as the pattern alone did', () => {
    const arm = (notes: string) => resolveIndustries({ company: 'Quorrel Scaffold Hire', industry: 'Quarry Equipment Manufacturing', notes }, mirrowgate).map((r) => r.id);
    expect(arm('The scaffold hire arm of Quorrel Quarries.')).toEqual(['scaffold']);
    expect(arm('SUBSIDIARY OF QUORREL GLASSWORKS.')).toEqual(['scaffold']);
    expect(arm('Subsidiária da Quorrel Pedreiras.')).toEqual(['scaffold']);
  });
  it('leaves the value read where the notes only hold one of the words (an armchair, a branch)', () => {
    const read = (notes: string) => resolveIndustries({ company: 'Quorrel Scaffold Hire', industry: 'Quarry Equipment Manufacturing', notes }, mirrowgate).map((r) => r.id);
    expect(read('Armchair talk about the filial links of the family.')).toEqual(read('Talk about the family.'));
  });
});

describe("a public body's title read for a service behind the heads test", () => {
  it("reads the service the title names by its name's head, in place of the government sector's entry", () => {
    expect(ids({ title: 'Head of Harbour Office', company: 'City of Brantmoor', industry: 'Government Administration' })).toEqual(['harbours']);
  });
  it('keeps the sector where no word of the title heads a name', () => {
    expect(ids({ title: 'Head of Service', company: 'City of Brantmoor', industry: 'Government Administration' })).toEqual(ids({ company: 'City of Brantmoor', industry: 'Government Administration' }));
  });
});
