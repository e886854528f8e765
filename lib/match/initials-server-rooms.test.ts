// A deal's contact named by an initial ("K. (owner)", "Wilma T. (owner)"), and a data centre said in the words of
// German, Dutch, French, Spanish, Italian and Portuguese titles. Taxonomies and records here are made up for the tests.
import { describe, expect, it } from 'vitest';
import type { Prospect, Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';
import { personasOf, sortedResolverFor } from '../../tests/persona-taxonomy';

describe("a deal's contact named by an initial", () => {
  // An invented vendor of booking software for dragon boat clubs' boathouses.
  const taxonomy: Taxonomy = {
    personas: [
      { id: 'keeper', label: 'Boathouse keeper', aliases: ['owner', 'boathouse owner'] },
      { id: 'coach', label: 'Paddling coach', aliases: ['crew coach', 'paddling coach'] },
    ],
    industries: [{ id: 'clubs', label: 'Dragon boat clubs', aliases: ['dragon boat club'] }],
    painPoints: [{ id: 'slots', label: 'Double-booked racks', aliases: ['rack clashes'] }],
  };
  const compiled = compileTaxonomy(taxonomy, []);
  const deal = (notes: string): Prospect =>
    ({ name: 'Kestrel Reach - annual', company: 'Kestrel Reach Boathouse', notes, source: { crm: 'pipedrive', recordType: 'deal', recordId: '7' } }) as Prospect;
  const read = (notes: string) => contextOf(resolveProspect(deal(notes), compiled)).personas;
  it('reads the role beside a first name and the initial of a surname', () => {
    expect(read('Wilma T. (owner) wants the rack rota online, 30 shells on paper.')).toEqual(['keeper']);
  });
  it('reads the role beside an initial alone', () => {
    expect(read('K. (crew coach) asked for a trial before the spring races.')).toEqual(['coach']);
  });
  it('still reads no initial ending a sentence as a person', () => {
    expect(read('Plan B. Then the races.')).toEqual([]);
  });
  it('reads no last letter of an abbreviation as a person', () => {
    expect(read('Regattas across the U.K. (crew coach) soon. Wilma Tarrant (owner) signs.')).toEqual(['keeper']);
    expect(read('Second boathouse in Port Ondrey D.C. (crew coach). Wilma (owner) signs.')).toEqual(['keeper']);
  });
  it('reads no word of the lexicon before a letter as a person', () => {
    expect(read('Plan Q. (crew coach) is the spare rota. Wilma (owner) decides.')).toEqual(['keeper']);
    expect(read('plan Q. (crew coach) is the spare rota. Wilma (owner) decides.')).toEqual(['keeper']);
    // After a verb of meeting the initial alone is the contact.
    expect(read('Met K. (crew coach) at the slipway.')).toEqual(['coach']);
  });
  const contact = (notes: string): Prospect =>
    ({ name: 'Wilma Tarrant', company: 'Kestrel Reach Boathouse', notes, source: { crm: 'pipedrive', recordType: 'contact', recordId: '8' } }) as Prospect;
  const readContact = (notes: string) => contextOf(resolveProspect(contact(notes), compiled)).personas;
  it("on a person's record takes only the initial of their own surname", () => {
    expect(readContact('Wilma Q. (crew coach) sets the rota; Wilma Tarrant is new.')).toEqual([]);
    expect(readContact('Wilma T. (crew coach) sets the rota.')).toEqual(['coach']);
  });
});

describe('a data centre in the six languages', () => {
  // An invented vendor of cooling sensors for server halls.
  const halls = sortedResolverFor(
    personasOf([
      ['hall', 'Server hall operations', ['Data Center Lead', 'Server Hall Supervisor']],
      ['cooling', 'Cooling engineers', ['HVAC Engineer', 'Chiller technician']],
    ]),
  );
  it('reads German and Dutch compounds of a data centre', () => {
    expect(halls('Rechenzentrumsleiterin')).toEqual(['hall']);
    expect(halls('Leiter Rechenzentren')).toEqual(['hall']);
    expect(halls('Hoofd Rekencentrum')).toEqual(['hall']);
  });
  // Read so before the compounds were known ("centro", "dati"): kept beside them as a guard.
  it('still reads a data centre said whole in French, Spanish, Italian and Portuguese', () => {
    expect(halls('Responsable du centre de données')).toEqual(['hall']);
    expect(halls('Jefa del Centro de Proceso de Datos')).toEqual(['hall']);
    expect(halls('Responsabile Centro Elaborazione Dati')).toEqual(['hall']);
    expect(halls('Gestora de Centro de Dados')).toEqual(['hall']);
  });
});
