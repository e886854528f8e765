// The role a deal's notes give its contact: not the seller's signature under a sign-off, not a competitor's rep or a
// contact who left, and the buyer's ("Signer is ...") before a champion's. An invented bell foundry software vendor.
import { describe, expect, it } from 'vitest';
import type { Prospect, Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';
import { rolesNamed } from './notes';

const taxonomy: Taxonomy = {
  personas: [
    { id: 'owner', label: 'Owner', aliases: ['President', 'Founder'] },
    { id: 'ops', label: 'Foundry operations', aliases: ['Director of Operations', 'Operations Manager'] },
    { id: 'sales', label: 'Sales', aliases: ['Account Executive'] },
  ],
  industries: [{ id: 'one-foundry', label: 'Independent bell foundries', aliases: ['bell foundry'] }],
  painPoints: [{ id: 'casting', label: 'Casting queue', aliases: ['casting backlog'] }],
};
const compiled = compileTaxonomy(taxonomy, []);
const read = (p: Prospect) => contextOf(resolveProspect(p, compiled));
const deal = (notes: string): Prospect => ({ name: 'Tallow Reach - press module', company: 'Tallow Reach Ltd', notes, source: { crm: 'hubspot', recordType: 'deal', recordId: '1' } } as Prospect);

describe("a deal's notes: whose role is the contact's", () => {
  it("never reads the seller's signature under a sign-off as the buyer's role", () => {
    expect(read(deal('Sent the proposal today.\n\nHi Ysolde, attached as promised.\nBest,\nCorvin Ash, Account Executive\nKelpmark Software')).personas).toEqual([]);
    expect(read(deal('Angebot geschickt.\r\nViele Grüße\r\nCorvin Ash, Account Executive\r\n')).personas).toEqual([]);
    // The notes after the signature, past a blank line, still count.
    expect(read(deal('Thanks,\nCorvin Ash, Account Executive\n\nCall booked with Ysolde Pirrin, President.')).personas).toEqual(['owner']);
  });

  it("skips a competitor's rep and a contact who left", () => {
    expect(read(deal('Competing with Bellcast: their rep Jake Moss (Account Executive) quoted low. Ysolde decides.')).personas).toEqual([]);
    expect(read(deal('Old contact Tom Baird (operations manager) left in May. Ysolde Pirrin runs it now.')).personas).toEqual([]);
    // "left a voicemail" is no leaver.
    expect(rolesNamed('Tom Baird (operations manager) left a voicemail.').map((r) => r.role)).toContain('operations manager');
  });

  it('reads the signer before a champion named first', () => {
    expect(read(deal('Champion: Tom Baird (Operations Manager), pushing for it. Signer is Ysolde Pirrin, President.')).personas).toEqual(['owner']);
    // On a person's record, the record's own person is still the one read.
    expect(rolesNamed('Champion: Tom (Operations Manager). Signer is Ysolde Pirrin, President.', 'Tom Baird').map((r) => r.role)).toEqual(['Operations Manager']);
  });
});

describe("a person's record: the role said beside the person's full name", () => {
  const contact = (notes: string, name = 'Wenna Tolhurst'): Prospect => ({ name, title: '', company: 'Quenby Bells Ltd', notes } as Prospect);
  it('reads the role after the full name, in either order, as the person\'s', () => {
    expect(read(contact('Met Wenna Tolhurst (Operations Manager) at the casting fair.')).personas).toEqual(['ops']);
    expect(read(contact('Tolhurst, Wenna (Operations Manager) rang back about the press module.')).personas).toEqual(['ops']);
    expect(read(contact('Wenna Tolhurst, operations manager.', 'Tolhurst, Wenna')).personas).toEqual(['ops']);
    expect(rolesNamed('Wenna M. Tolhurst (President) wants a call.', 'Wenna Tolhurst').map((r) => r.role)).toEqual(['President']);
    // Another person of the same surname is not the record's.
    expect(rolesNamed('Idris Tolhurst (President) signs the orders.', 'Wenna Tolhurst')).toEqual([]);
  });
  it('reads no role from a verb of meeting or a function word before the name', () => {
    expect(rolesNamed('Met Wenna at the casting fair.', 'Wenna Tolhurst')).toEqual([]);
    // On a deal's record (no name), "to" before a name is no role.
    expect(rolesNamed('Spoke to Tolhurst, Wenna, operations manager.').map((r) => r.role)).toEqual(['operations manager']);
    expect(rolesNamed('Sent the quote to Wenna yesterday.')).toEqual([]);
    // A role noun before the first name still counts.
    expect(rolesNamed('owner Wenna wants the demo.', 'Wenna Tolhurst').map((r) => r.role)).toEqual(['owner']);
  });
});

describe("a person's record: a list after the name is no role, and names of several parts are the person's", () => {
  const roleOf = (notes: string, name: string) => rolesNamed(notes, name).map((r) => r.role);
  it('reads no role from a list of people after the full name', () => {
    expect(roleOf('Met Wenna Tolhurst, Idris Pell and the owner.', 'Wenna Tolhurst')).toEqual([]);
    expect(roleOf('Wenna Tolhurst, Idris Pell (owner) and I walked the foundry.', 'Wenna Tolhurst')).toEqual([]);
    expect(roleOf('Met Wenna Tolhurst, Head of Casting.', 'Wenna Tolhurst')).toEqual(['Head of Casting']);
  });
  it('reads the role beside a name with particles, a second surname, a hyphen, an apostrophe or an accented capital', () => {
    expect(roleOf('Met Wenna van der Tolhurst (buyer).', 'Wenna van der Tolhurst')).toEqual(['buyer']);
    expect(roleOf('Met Wenna Pellicer Tolhurst (compras).', 'Wenna Pellicer Tolhurst')).toEqual(['compras']);
    expect(roleOf('Met Wenna Pell-Tolhurst (buyer).', 'Wenna Pell-Tolhurst')).toEqual(['buyer']);
    expect(roleOf("Met Wenna O'Tolhurst (buyer).", "Wenna O'Tolhurst")).toEqual(['buyer']);
    expect(roleOf('Met Wenna McTolhurst (buyer).', 'Wenna McTolhurst')).toEqual(['buyer']);
    expect(roleOf('Met Wenna Ölhurst (buyer).', 'Wenna Ölhurst')).toEqual(['buyer']);
  });
  it('drops an honorific and a suffix from the record name', () => {
    expect(roleOf('Met Wenna Tolhurst (buyer).', 'Wenna Tolhurst Jr.')).toEqual(['buyer']);
    expect(roleOf('Met Wenna Tolhurst (buyer).', 'Dr. Wenna Tolhurst')).toEqual(['buyer']);
  });
});
