import { describe, expect, it } from 'vitest';
import { compileTaxonomy } from './compile';
import { resolveIndustries } from './resolve';

// An invented on-call rota vendor ("Harrowdene") for the care of people: hospitals, urgent care groups and doctors' offices.
const harrowdene = compileTaxonomy({
  personas: [],
  painPoints: [],
  industries: [
    { id: 'hospitals', label: 'Neighbourhood hospitals', aliases: ['hospital', 'medical center'] },
    { id: 'urgent', label: 'Urgent and emergency care groups', aliases: ['emergency care group', 'walk-in care'] },
    { id: 'offices', label: 'Doctors offices', aliases: ['clinic'] },
  ],
});
// An invented rota vendor ("Cobbleigh") whose segments are clinics of people and clinics of animals.
const cobbleigh = compileTaxonomy({
  personas: [],
  painPoints: [],
  industries: [
    { id: 'people', label: 'Family clinics', aliases: ['clinic'] },
    { id: 'animals', label: 'Vet practices', aliases: ['veterinary clinic', 'animal hospital'] },
  ],
});
const ids = (prospect: { company?: string; industry?: string; notes?: string }, c = harrowdene) => resolveIndustries(prospect, c).map((r) => r.id).sort();

describe("an animal's care beside a market of people's care", () => {
  it('reads nothing from a veterinary value or name, whatever care word it shares', () => {
    expect(ids({ company: 'Fenwold Veterinary Emergency', industry: 'Veterinary' })).toEqual([]);
    expect(ids({ company: 'Fenwold Animal Hospital' })).toEqual([]);
    expect(ids({ company: 'Tierklinik Fenwold', industry: 'Tiermedizin' })).toEqual([]);
  });
  it("still reads a people's hospital and emergency group", () => {
    expect(ids({ company: 'Fenwold Community Hospital', industry: 'Hospitals and Health Care' })).toEqual(['hospitals']);
  });
  it('reads an animal clinic where its own segments include one', () => {
    expect(ids({ company: 'Fenwold Animal Hospital', industry: 'Veterinary' }, cobbleigh)).toEqual(['animals']);
  });
});
