import { describe, expect, it } from 'vitest';
import { compileTaxonomy } from './compile';
import { resolveIndustries } from './resolve';

describe('segments the notes name far apart', () => {
  // An invented vendor of booking software for mountain businesses. The notes say what the business is first and,
  // more than ten words later, another kind it deals with: the later name used to outscore the first by its place
  // alone, and the business's own segment was dropped.
  const mountain = compileTaxonomy({
    personas: [],
    painPoints: [],
    industries: [
      { id: 'schools', label: 'Ski schools', aliases: ['ski school', 'snowsports school'] },
      { id: 'rental', label: 'Ski rental shops', aliases: ['rental shop', 'ski hire'] },
      { id: 'huts', label: 'Mountain huts', aliases: ['alpine hut'] },
    ],
  });
  const ids = (notes: string) => resolveIndustries({ company: 'Quellfeld', notes }, mountain).map((r) => r.id);

  it('keeps the segment the notes name first', () => {
    expect(ids('Runs a ski school with forty instructors in the valley and a summer programme for teenagers. Sends its pupils to the rental shop next door.')).toContain('schools');
  });

  it('still reads one segment named once, early or late', () => {
    expect(ids('Runs a ski school with forty instructors in the valley.')).toEqual(['schools']);
    expect(ids('Forty instructors in the valley and a summer programme for teenagers, all booked by phone; the owner also runs an alpine hut.')).toEqual(['huts']);
  });
});
