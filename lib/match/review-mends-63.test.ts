// Review mends of the sixty-third round's first wave: words read in one language's sense where another language, or
// the word's everyday sense, says something else. The vendors, taxonomies and sentences are made up for the tests.
import { describe, expect, it } from 'vitest';
import { personasOf, sortedResolverFor } from '../../tests/persona-taxonomy';
import { compileTaxonomy } from './compile';
import { resolveIndustries } from './resolve';

describe('the Portuguese adviser is no Italian alderman', () => {
  // An invented vendor of agenda software for town halls, selling to elected members and their press and legal staff.
  const townhall = sortedResolverFor(
    personasOf([
      ['members', 'Elected member', ['Councillor', 'Alderman']],
      ['press', 'Communications', ['Press Officer', 'Communications Manager']],
      ['legal', 'Legal', ['Legal Counsel', 'Legal Adviser']],
    ]),
  );
  it('reads "Assessora" before a Portuguese complement as no elected member', () => {
    expect(townhall('Assessora de Imprensa')).not.toContain('members');
    expect(townhall('Assessora Jurídica')).not.toContain('members');
    expect(townhall('Assessora de Comunicação, Câmara Municipal')).not.toContain('members');
  });
  it('still reads the Italian woman alderman in the Italian shape (guards)', () => {
    expect(townhall('Assessora alla cultura')).toEqual(['members']);
    expect(townhall('Assessora alle politiche giovanili')).toEqual(['members']);
    expect(townhall('Assessora comunale ai lavori pubblici')).toEqual(['members']);
    expect(townhall('Assessore al bilancio')).toEqual(['members']);
  });
});

describe('the river Seine is no fishing gear', () => {
  // An invented vendor of case software for social services and for farm cooperatives.
  const cases = compileTaxonomy({
    personas: [],
    painPoints: [],
    industries: [
      { id: 'social', label: 'Social services', aliases: ['welfare offices', 'social action centres'] },
      { id: 'farms', label: 'Agriculture', aliases: ['farm cooperatives'] },
    ],
  });
  const ids = (prospect: { company?: string; industry?: string; notes?: string }) => resolveIndustries(prospect, cases).map((r) => r.id).sort();
  it('reads no farming from a place on the Seine', () => {
    expect(ids({ company: 'CCAS de Bréval-sur-Seine', industry: 'Services sociaux' })).not.toContain('farms');
    expect(ids({ company: 'Seine-Aval Habitat Solidaire', industry: 'Government Administration' })).not.toContain('farms');
  });
  it('still reads the seine fishers as fishing (guard)', () => {
    expect(ids({ company: 'Kervalec Purse Seine Co', industry: 'Seafood' })).toContain('farms');
  });
});
