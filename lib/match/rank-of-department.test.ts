import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, resolveProspect } from '.';

// An invented vendor of booking and project software for botanical gardens and landscape practices: the practice's or
// garden's own head named by the bare rank, the designers, the horticulture team.
const taxonomy: Taxonomy = {
  personas: [
    { id: 'head', label: 'Principal / director', aliases: ['Director', 'Principal', 'Owner'] },
    { id: 'designers', label: 'Designers', aliases: ['Landscape Architect', 'Garden Designer'] },
    { id: 'horticulture', label: 'Horticulture', aliases: ['Head Gardener', 'Curator of Living Collections'] },
  ],
  industries: [{ id: 'gardens', label: 'Botanical gardens', aliases: [] }],
  painPoints: [{ id: 'bookings', label: 'Double bookings', aliases: [] }],
};
const c = compileTaxonomy(taxonomy);
const personas = (title: string) => resolveProspect({ title, company: 'Quillacre Gardens Trust' }, c).personas.map((p) => p.id);

describe('a rank of a department is not the organisation\'s head named by the bare rank (fifty-sixth round)', () => {
  it('reads no head for a director of something the taxonomy does not name', () => {
    expect(personas('Director of Visitor Programmes')).toEqual([]);
    expect(personas('Associate Director, Glasshouses')).toEqual([]);
    expect(personas('Directeur des Visites')).toEqual([]);
    expect(personas('Directrice des Expositions')).toEqual([]);
    expect(personas('Directeur van Rondleidingen')).toEqual([]);
  });

  it('still reads the head for the bare rank, or the rank of a company', () => {
    expect(personas('Director')).toEqual(['head']);
    expect(personas('Principal')).toEqual(['head']);
    expect(personas('Director, Quillacre Design Ltd')).toEqual(['head']);
    expect(personas('Director of Landscape Architecture')).toEqual(['designers']);
  });
});

describe('the prospect\'s own company after the rank is where the head works, not what the rank is of (fifty-sixth round, review mend)', () => {
  const at = (title: string, company: string) => resolveProspect({ title, company }, c).personas.map((p) => p.id);
  it('reads the head for a rank followed by the own company after a comma or "of", as after "at"', () => {
    expect(personas('Director, Quillacre Gardens Trust')).toEqual(['head']);
    expect(personas('Director of the Quillacre Gardens Trust')).toEqual(['head']);
    expect(personas('Director, Quillacre Gardens')).toEqual(['head']);
    expect(at('Principal, Brindlecombe Plant Works', 'Brindlecombe Plant Works Ltd')).toEqual(['head']);
  });

  it('still reads what the rank is of where more than the company follows', () => {
    expect(personas('Director of Quillacre Gardens Visitor Programmes')).not.toContain('head');
    expect(at('Director, Visitor Programmes', 'Brindlecombe Plant Works Ltd')).toEqual([]);
  });
});

describe('a comma after the rank that adds the holder\'s letters or standing is not what the rank is of (fifty-sixth round, review mend)', () => {
  it('reads the head for a rank followed by a degree, a body\'s letters or a standing', () => {
    expect(personas('Director, PhD')).toEqual(['head']);
    expect(personas('Director, Ph.D.')).toEqual(['head']);
    expect(personas('Principal, MRICS')).toEqual(['head']);
    expect(personas('Director, retired')).toEqual(['head']);
  });

  it('still reads no head for a department said in letters after the comma', () => {
    expect(personas('Director, HR')).toEqual([]);
  });
});

describe('what the rank is of, said with the other languages\' words for "of" and "for" (fifty-sixth round, review mend)', () => {
  it('reads no head for a rank of something in German, Italian, Portuguese, French', () => {
    expect(personas('Direktor der Besucherdienste')).toEqual([]);
    expect(personas('Direttore delle Mostre')).toEqual([]);
    expect(personas('Direttore per le Mostre')).toEqual([]);
    expect(personas('Diretora das Visitas')).toEqual([]);
    expect(personas('Directeur pour les Publics')).toEqual([]);
  });

  it('still reads the head for the bare rank in those languages', () => {
    expect(personas('Direktor')).toEqual(['head']);
    expect(personas('Direttore')).toEqual(['head']);
  });
});

describe('the own company after the other languages\' "of" is where the head works too (fifty-sixth round, review mend)', () => {
  it('reads the head for a rank followed by the own company after der, de, di, voor', () => {
    expect(personas('Direktor der Quillacre Gardens Trust')).toEqual(['head']);
    expect(personas('Directeur de Quillacre Gardens Trust')).toEqual(['head']);
    expect(personas('Directora de Quillacre Gardens')).toEqual(['head']);
    expect(personas('Direttore di Quillacre Gardens Trust')).toEqual(['head']);
    expect(personas('Directeur van Quillacre Gardens Trust')).toEqual(['head']);
  });

  it('still reads what the rank is of where more than the company follows', () => {
    expect(personas('Direktor der Quillacre Gardens Besucherdienste')).not.toContain('head');
  });
});

describe('letters that join two words or name a trade are a department, and standing is said in every language (fifty-sixth round, review mend)', () => {
  it('reads no head for a department said in joined words or three capitals after the comma', () => {
    expect(personas('Director, BizOps')).toEqual([]);
    expect(personas('Director, MEP')).toEqual([]);
  });

  it('still reads the head for degrees and a body\'s letters', () => {
    expect(personas('Director, DPhil')).toEqual(['head']);
    expect(personas('Principal, FCIPS')).toEqual(['head']);
  });

  it('reads the head for a rank followed by a standing in French, Spanish, Italian, German, Dutch', () => {
    expect(personas('Directeur, intérim')).toEqual(['head']);
    expect(personas('Directora, interina')).toEqual(['head']);
    expect(personas('Direttore, emerito')).toEqual(['head']);
    expect(personas('Direktor, kommissarisch')).toEqual(['head']);
    expect(personas('Directeur, waarnemend')).toEqual(['head']);
  });
});
