// A branch's head and German compounds whose first part drops its final "e": an invented tyre fitter's vendor.
import { describe, expect, it } from 'vitest';
import type { Prospect, Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';
import { compound } from './lexicon';

const taxonomy = (personas: [string, string, string[]][]): Taxonomy => ({
  personas: personas.map(([id, label, aliases]) => ({ id, label, aliases })),
  industries: [],
  painPoints: [],
});
const reader = (t: Taxonomy) => {
  const compiled = compileTaxonomy(t);
  return (prospect: Prospect) => contextOf(resolveProspect(prospect, compiled)).personas;
};

describe('a branch head', () => {
  const tyres = reader(
    taxonomy([
      ['top', 'Company principal', ['CEO', 'Proprietor']],
      ['fitting', 'Fitting bay lead', ['Bay Supervisor']],
    ]),
  );

  it('of a chain is not the business executive', () => {
    expect(tyres({ title: 'Branch Manager', company: 'Quillmere Tyres', notes: 'Runs one of the 40 shops of a tyre chain.' })).toEqual([]);
    expect(tyres({ title: 'Branch Manager', company: 'Quillmere Tyres Branch Ostley' })).toEqual([]);
    expect(tyres({ title: 'Filialdirektorin', company: 'Reifenkette Quillmere' })).toEqual([]);
  });

  it('of a business the record says nothing more of is still read as its head, where no persona is about branches', () => {
    expect(tyres({ title: 'Branch Manager', company: 'Quillmere Tyres' })).toEqual(['top']);
  });

  it('is the persona about branches, and a vendor alias for one does not make it the executive', () => {
    const outlets = reader(
      taxonomy([
        ['owner', 'Proprietor', ['Owner']],
        ['outlet', 'Outlet lead', ['Filialdirektor']],
      ]),
    );
    expect(outlets({ title: 'Filialdirektorin', company: 'Reifenkette Quillmere' })).toEqual(['outlet']);
    expect(outlets({ title: 'Geschäftsführer', company: 'Quillmere Reifen GmbH' })).toEqual([]);
  });
});

describe('German and Dutch compounds', () => {
  it('read a first part that drops its final "e" before the next part', () => {
    expect(compound('filialdirektorin')).toEqual(['branch', 'director']);
    expect(compound('filiaaldirecteur')).toEqual(['branch', 'director']);
  });
});
