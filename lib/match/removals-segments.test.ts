import { describe, expect, it } from 'vitest';
import { compileTaxonomy } from './compile';
import { resolveIndustries } from './resolve';

// An invented vendor of software for removal firms, one of whose segments is the office movers: a rep's notes mention
// the firm's own office ("ring me at the office") as often as the offices it moves.
const removals = compileTaxonomy(
  {
    personas: [],
    painPoints: [],
    industries: [
      { id: 'household', label: 'Household movers', aliases: ['home removals', 'house movers'] },
      { id: 'longhaul', label: 'Long-haul movers', aliases: ['cross-country removals'] },
      { id: 'business', label: 'Office and business movers', aliases: ['workplace relocation'] },
      { id: 'overseas', label: 'Overseas movers', aliases: ['export packing'] },
      { id: 'relocation', label: 'Corporate relocation firms', aliases: ['employee mobility provider'] },
      { id: 'specialist', label: 'Fine-art and piano movers', aliases: ['fine antique handling', 'crated antique transport'] },
    ],
  },
);
const ids = (prospect: { company?: string; industry?: string; notes?: string }) => resolveIndustries(prospect, removals).map((r) => r.id);

describe("the firm's own office", () => {
  it('is no office segment, said with an article or a possessive', () => {
    expect(ids({ company: 'Quillbrook Movers', notes: 'Ring me at the office after four, the mobile is dead.' })).not.toContain('business');
    expect(ids({ company: 'Quillbrook Movers', notes: 'Our office loses the signed forms every week.' })).not.toContain('business');
  });

  it('still reads offices said as the work', () => {
    expect(ids({ company: 'Quillbrook Movers', notes: 'They move offices and shops, nights and weekends.' })).toContain('business');
  });
});
