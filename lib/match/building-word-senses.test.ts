import { describe, expect, it } from 'vitest';
import { compileTaxonomy } from './compile';
import { resolveIndustries } from './resolve';

describe('building words of other languages with a second meaning', () => {
  // An invented vendor of job software for fitters, finishers and property owners. Each entry is named by the
  // English word another language's building word reads as; the notes use that word in its other sense.
  const trades = compileTaxonomy({
    personas: [],
    painPoints: [],
    industries: [
      { id: 'worktops', label: 'Worktop installers', aliases: ['worktops'] },
      { id: 'baths', label: 'Bathroom refitters', aliases: ['bathrooms'] },
      { id: 'heritage', label: 'Heritage estates', aliases: ['heritage'] },
      { id: 'cladding', label: 'Cladding installers', aliases: ['cladding'] },
      { id: 'stairs', label: 'Stair builders', aliases: ['stairs'] },
      { id: 'access', label: 'Access equipment makers', aliases: ['ladders'] },
    ],
  });
  const ids = (p: { company?: string; notes?: string }) => resolveIndustries(p, trades).map((r) => r.id);

  it('does not read a work plan as a worktop', () => {
    expect(ids({ company: 'Ateliers Brunelle', notes: 'Un plan de travail est prévu pour la formation des vendeurs.' })).not.toContain('worktops');
    expect(ids({ company: 'Tessiture Galbiati', notes: 'Chiedono un piano di lavoro per il passaggio al nuovo gestionale.' })).not.toContain('worktops');
  });

  it('still reads a worktop beside a kitchen or stone word', () => {
    expect(ids({ company: 'Ateliers Brunelle', notes: 'Pose de plans de travail en granit chez les particuliers.' })).toContain('worktops');
  });

  it('does not read plating baths or a beach club as bathrooms', () => {
    expect(ids({ company: 'Cromados Lezama', notes: 'Tratamiento de piezas en baños galvánicos de cobre.' })).not.toContain('baths');
    expect(ids({ company: 'Bagno Gabbiano', notes: '' })).not.toContain('baths');
    expect(ids({ company: 'Ristrutturazioni Pezzoli', notes: 'Rifanno bagni e cucine chiavi in mano.' })).toContain('baths');
  });

  it('reads "patrimonio" as heritage only with a qualifying word', () => {
    expect(ids({ company: 'Fondazione Ravizza', notes: 'Amministrano il patrimonio immobiliare di un fondo pensione.' })).not.toContain('heritage');
    expect(ids({ company: 'Fondazione Ravizza', notes: 'Custodiscono un patrimonio storico di quattro ville.' })).toContain('heritage');
  });

  it('reads a coating as cladding only beside a facade', () => {
    expect(ids({ company: 'Laquage Fontvieille', notes: 'Revêtement anticorrosion des châssis de tracteurs.' })).not.toContain('cladding');
    expect(ids({ company: 'Laquage Fontvieille', notes: 'Revêtement de façades en panneaux composites.' })).toContain('cladding');
  });

  it('reads Spanish "escaleras" beside scaffolding as ladders', () => {
    expect(ids({ company: 'Talleres Ubieta', notes: 'Fabrican escaleras telescópicas y andamios ligeros.' })).toEqual(['access']);
    expect(ids({ company: 'Carpintería Ubieta', notes: 'Fabrican escaleras de roble a medida.' })).toContain('stairs');
  });

  it('does not read the stairs or bathrooms a cleaning firm cleans as its trade', () => {
    expect(ids({ company: 'Brillo Soria', notes: 'Limpieza de portales y escaleras para administradores de fincas.' })).not.toContain('stairs');
    expect(ids({ company: 'Sauberhaft Wendling', notes: 'Treppenreinigung in Wohnanlagen, drei Kolonnen.' })).not.toContain('stairs');
    expect(ids({ company: 'Pulito Vanoni', notes: 'Pulizia dei bagni in tre stazioni di servizio.' })).not.toContain('baths');
  });
});
