// LinkedIn headlines whose parts say two current roles, and a part that says a role held before. Taxonomies and
// titles here are made up for the tests.
import { describe, expect, it } from 'vitest';
import { compileTaxonomy, contextOf, resolveProspect } from '.';
import { personasOf } from '../../tests/persona-taxonomy';

describe('headlines with two roles, and former roles', () => {
  // An invented vendor of booking software for harp-building workshops.
  const compiled = compileTaxonomy(
    personasOf([
      ['principal', 'Workshop principal', ['Owner', 'Partner', 'Founder']],
      ['money', 'Money & books', ['Treasurer', 'Finance Director', 'Controller']],
      ['bench', 'Bench lead', ['Head Voicer', 'Workshop Foreman']],
    ]),
  );
  const read = (title: string) => contextOf(resolveProspect({ title }, compiled)).personas.sort();
  it('reads every part of a headline that says a rank, not only the first that reads', () => {
    expect(read('Finance Director | Partner at Lyrewood Strings')).toEqual(['money', 'principal']);
    expect(read('Head Voicer • Owner')).toEqual(['bench', 'principal']);
  });
  it('reads a part that says a role held before as no current role', () => {
    expect(read('Ex-Owner | Head Voicer')).toEqual(['bench']);
    expect(read('Head Voicer | Ex-Treasurer')).toEqual(['bench']);
    expect(read('Workshop Foreman · former Finance Director')).toEqual(['bench']);
    expect(read('Harps for orchestras | Treasurer')).toEqual(['money']);
  });
});
