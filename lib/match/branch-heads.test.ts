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

describe('a branch head and the words of a chain', () => {
  const tyres = reader(
    taxonomy([
      ['top', 'Company principal', ['CEO', 'Proprietor']],
      ['fitting', 'Fitting bay lead', ['Bay Supervisor']],
    ]),
  );

  it('reads no chain from a supply chain or a fee', () => {
    expect(tyres({ title: 'Branch Manager', company: 'Quillmere Tyres', notes: 'Talked through their supply chain delays.' })).toEqual(['top']);
    expect(tyres({ title: 'Branch Manager', company: 'Quillmere Tyres', notes: 'Curious about franchise fees for partner garages.' })).toEqual(['top']);
    expect(tyres({ title: 'Branch Manager', company: 'Quillmere Tyres', notes: 'Their cold chain and value chain are fine.' })).toEqual(['top']);
    expect(tyres({ title: 'Filialleiterin', company: 'Quillmere Reifen', notes: 'Probleme mit der Lieferkette.' })).toEqual(['top']);
  });

  it('reads a chain said about the business itself', () => {
    expect(tyres({ title: 'Branch Manager', company: 'Quillmere Tyres', notes: 'Part of a regional chain of fitters.' })).toEqual([]);
    expect(tyres({ title: 'Branch Manager', company: 'Quillmere Tyres', notes: "Runs the chain's Ostley depot." })).toEqual([]);
    expect(tyres({ title: 'Branch Manager', company: 'Quillmere Tyres', notes: 'A franchisee since 2019.' })).toEqual([]);
  });

  it('reads a German or Dutch chain said as its own word, and shops counted in the six languages', () => {
    expect(tyres({ title: 'Filialleiterin', company: 'Quillmere Reifen', notes: 'Gehört zu einer Kette.' })).toEqual([]);
    expect(tyres({ title: 'Filiaalmanager', company: 'Quillmere Banden', notes: 'Maakt deel uit van een keten.' })).toEqual([]);
    expect(tyres({ title: 'Filialleiterin', company: 'Quillmere Reifen', notes: 'Insgesamt 25 Läden im Land.' })).toEqual([]);
  });

  it('reads a business that has many branches by its kind as a chain', () => {
    expect(tyres({ title: 'Branch Manager', company: 'Quillmere Building Society' })).toEqual([]);
    expect(tyres({ title: 'Branch Manager', company: 'Quillmere Spaarbank', notes: 'Took over in spring.' })).toEqual([]);
    expect(tyres({ title: 'Branch Manager', company: 'Quillmere', industry: 'Banking' })).toEqual([]);
  });

  it('reads a Dutch branch holder as a branch head', () => {
    expect(compound('filiaalhouder')).toEqual(['branch', 'manager']);
    expect(compound('filiaalhoudster')).toEqual(['branch', 'manager']);
    expect(tyres({ title: 'Filiaalhouder', company: 'Quillmere Banden' })).toEqual(['top']);
    expect(tyres({ title: 'Filiaalhouder', company: 'Quillmere Banden', notes: 'Een van de 30 winkels.' })).toEqual([]);
  });
});

describe('German and Dutch compounds', () => {
  it('read a first part that drops its final "e" before the next part', () => {
    expect(compound('filialdirektorin')).toEqual(['branch', 'director']);
    expect(compound('filiaaldirecteur')).toEqual(['branch', 'director']);
  });
});
