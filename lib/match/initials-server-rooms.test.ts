// A deal's contact named by an initial ("K. (owner)", "Wilma T. (owner)"). Taxonomies and records here are made up
// for the tests.
import { describe, expect, it } from 'vitest';
import type { Prospect, Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

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
});

