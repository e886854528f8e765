// A Spanish, Portuguese or Italian company's director said alone ("Administradora", "Amministratore"): its managing
// director; beside anything else an administrator. The taxonomy and titles here are made up for the tests.
import { describe, expect, it } from 'vitest';
import type { Prospect } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';
import { personasOf, sortedResolverFor } from '../../tests/persona-taxonomy';

describe("a Romance company's director said alone", () => {
  // An invented vendor of cellar logbooks for small wineries.
  const cellars = sortedResolverFor(
    personasOf([
      ['boss', 'Managing director', ['Owner', 'CEO']],
      ['it', 'Server administrator', ['Cellar IT lead', 'Sysadmin']],
    ]),
  );
  it('reads the bare word as the managing director in Spanish, Portuguese and Italian', () => {
    expect(cellars('Administrador')).toEqual(['boss']);
    expect(cellars('Administradora')).toEqual(['boss']);
    expect(cellars('Amministratrice')).toEqual(['boss']);
  });
  it('leaves the word beside a function an administrator', () => {
    expect(cellars('Administradora de Sistemas')).toEqual(['it']);
    expect(cellars('Administrator')).toEqual([]);
  });
  it('reads no managing director where the company has an administrator, not a board', () => {
    const offices = compileTaxonomy({
      personas: [
        { id: 'boss', label: 'Managing director', aliases: ['Owner', 'CEO'] },
        { id: 'admin', label: 'Administrator', aliases: ['Office administrator'] },
      ],
      industries: [],
      painPoints: [],
    });
    const at = (title: string, company: string) =>
      contextOf(resolveProspect({ name: 'Lía Oterino', title, company, source: { crm: 'hubspot', recordType: 'contact', recordId: '1' } } as Prospect, offices)).personas;
    expect(at('Administradora', 'Comunidad de Propietarios Avenida Sol 12')).not.toContain('boss');
    expect(at('Administrador', 'Condomínio Jardim das Acácias')).not.toContain('boss');
    expect(at('Administrador', 'Hospital Santa Brígida')).not.toContain('boss');
    expect(at('Administrador', 'Talleres Oyarzun S.L.')).toEqual(['boss']);
  });
});

