import { describe, expect, it } from 'vitest';
import { compileTaxonomy } from './compile';
import { resolveIndustries } from './resolve';

// An invented vendor of software for removal firms: its segments are kinds of movers, one of them read by sector
// knowledge in transport through a delivery alias. A CRM value naming only the broad sector ("Transportation") guesses
// that one entry, which the value does not say; the name says the market ("... Moving & Haulage") and the notes the kind.
const removals = compileTaxonomy({
  personas: [],
  painPoints: [],
  industries: [
    { id: 'household', label: 'Household movers', aliases: ['home moving service', 'house moves'] },
    { id: 'longhaul', label: 'Long-haul movers', aliases: ['cross-country moving', 'long-haul moves'] },
    { id: 'business', label: 'Office and business movers', aliases: ['workplace relocation'] },
    { id: 'overseas', label: 'Overseas movers', aliases: ['export packing', 'moves abroad'] },
    { id: 'relocation', label: 'Corporate relocation firms', aliases: ['employee mobility provider'] },
    { id: 'specialist', label: 'Fine-art and piano movers', aliases: ['fine antique handling', 'crated sculpture delivery'] },
  ],
});
const ids = (prospect: { company?: string; industry?: string; notes?: string }) => resolveIndustries(prospect, removals).map((r) => r.id);

describe('a broad sector value beside a name of the market', () => {
  it("reads the notes' own segment words once the value's one guess is refused", () => {
    expect(ids({ company: 'Quillbrook Moving & Haulage', industry: 'Transportation', notes: 'Mostly long-haul household jobs, eight trucks.' })).toEqual(['longhaul']);
  });

  it('reads nothing where the notes say no segment, nor where the name is of another trade', () => {
    expect(ids({ company: 'Quillbrook Moving & Haulage', industry: 'Transportation', notes: 'Eight trucks, two crews.' })).toEqual([]);
    expect(ids({ company: 'Quillbrook Towing Ltd', industry: 'Transportation', notes: 'Mostly long-haul household jobs, eight trucks.' })).not.toContain('longhaul');
  });
});
