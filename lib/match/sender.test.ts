// Roles and answers in pasted mail: the sender's own header line, a CRM line naming the deal's contact, and the
// prospect's quoted reply after the seller's turn. An invented bell foundry software vendor and invented records.
import { describe, expect, it } from 'vitest';
import type { Prospect, Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const taxonomy: Taxonomy = {
  personas: [
    { id: 'owner', label: 'Owner', aliases: ['President', 'Founder'] },
    { id: 'ops', label: 'Foundry operations', aliases: ['Director of Operations', 'Operations Manager'] },
    { id: 'sales', label: 'Sales', aliases: ['Account Executive'] },
  ],
  industries: [
    { id: 'one-foundry', label: 'Independent bell foundries', aliases: ['bell foundry'] },
    { id: 'foundry-groups', label: 'Multi-site bell foundry groups', aliases: [] },
  ],
  painPoints: [{ id: 'casting', label: 'Casting queue', aliases: ['casting backlog'] }],
};
const compiled = compileTaxonomy(taxonomy, []);
const read = (p: Prospect) => contextOf(resolveProspect(p, compiled));
const deal = (notes: string): Prospect => ({ name: 'Tallow Reach - press module', company: 'Tallow Reach Ltd', notes, source: { crm: 'hubspot', recordType: 'deal', recordId: '1' } } as Prospect);

describe('signatures, headers and quoted replies', () => {
  it("reads the role the prospect's own mail header gives them", () => {
    expect(read(deal('From: Ysolde Pirrin, President, Tallow Reach Ltd\nRe: terms\n\nWe would like to go ahead.\nYsolde')).personas).toEqual(['owner']);
    expect(read(deal('Von: Ysolde Pirrin | Director of Operations | Tallow Reach\n\nBitte ein Angebot.')).personas).toEqual(['ops']);
  });

  it("never reads the seller's header, a quoted header or another company's sender as the prospect's role", () => {
    expect(read(deal('From: Corvin Ash, Account Executive, Kelpmark Software\nHi Ysolde, the quote is attached.')).personas).toEqual([]);
    expect(read(deal('Thanks, see below.\n> From: Ysolde Pirrin, President, Tallow Reach Ltd\n> Send the quote.')).personas).toEqual([]);
    expect(read(deal('From: Rep, Account Executive, Tallow Reach\nSent the quote.')).personas).toEqual([]);
  });

  it("reads the contact a deal's notes name with a role, the deal's name being no person's", () => {
    expect(read(deal('Signer: Ysolde Pirrin, Operations Manager. Runs the foundry.')).personas).toEqual(['ops']);
    expect(read(deal('Decision maker: Ysolde Pirrin, Director of Operations (two foundries, a third next year)')).personas).toEqual(['ops']);
  });

  it("reads the prospect's quoted reply after the seller's turn as the prospect's", () => {
    const notes = '> On Tue, Ysolde Pirrin wrote:\n> Our moulds sit for weeks.\n\nRep: Thanks Ysolde, would a short look make sense?\n\n> Sure. We run 14 foundries along the coast.';
    expect(read({ name: 'Ysolde Pirrin', title: 'Director of Operations', company: 'Tallow Reach', industry: 'Bell foundry', notes }).industries).toEqual(['foundry-groups']);
  });
  it("never reads the seller's own earlier mail quoted under the seller's line as the prospect's pain", () => {
    const contact = (notes: string): Prospect => ({ name: 'Ysolde Pirrin', company: 'Tallow Reach', notes, source: { crm: 'hubspot', recordType: 'contact', recordId: '2' } } as Prospect);
    expect(read(contact('Rep: bumping my note from last week\n> Hi Ysolde, most foundries we talk to fight a casting backlog every spring. Worth 15 min?\n')).painPoints).toEqual([]);
    expect(read(contact('Rep: bumping my note from last week\r\n> Hi Ysolde, most foundries we talk to fight a casting backlog every spring. Worth 15 min?\r\n')).painPoints).toEqual([]);
  });

  it("reads a sender's role only from a line naming the record's person, or on a deal the company's own name", () => {
    const contact = (name: string, company: string, notes: string): Prospect => ({ name, company, notes, source: { crm: 'hubspot', recordType: 'contact', recordId: '2' } } as Prospect);
    const dealOf = (company: string, notes: string): Prospect => ({ name: `${company} - press module`, company, notes, source: { crm: 'hubspot', recordType: 'deal', recordId: '1' } } as Prospect);
    // A trade word shared with the seller or a supplier is not the company.
    expect(read(dealOf('Quillmere Solutions', 'From: Corvin Ash, Account Executive, Kelpmark Solutions\nHi Ysolde, the quote is attached.')).personas).toEqual([]);
    expect(read(dealOf('Osgrave Foundry', 'Ysolde fwd this:\n---------- Forwarded message ---------\nFrom: Joe Hart, Operations Manager, Apex Foundry Supply\nYour bronze order ships Friday.')).personas).toEqual([]);
    // A colleague's forwarded mail on a contact's record is the colleague's.
    expect(read(contact('Fennick Oakes', 'Tallow Reach Ltd', "Fennick forwarded his boss's mail:\nFrom: Ysolde Pirrin, President, Tallow Reach Ltd\nFennick, get me three quotes by Friday.")).personas).toEqual([]);
    // An honorific names no one.
    expect(read(contact('Dr. Ysolde Pirrin', 'Pirrin Bells', 'Ysolde forwarded the order:\nFrom: Dr. Ken Li, Director of Operations, Lakeside Chimes\nPlease see the attached.')).personas).toEqual([]);
    // The company after the name is no role.
    expect(read(contact('Ysolde Pirrin', 'Gullwing Founders', 'From: Ysolde Pirrin, Gullwing Founders\nCan you send pricing?')).personas).toEqual([]);
    // Still read: the prospect's own line.
    expect(read(contact('Dr. Ysolde Pirrin', 'Tallow Reach', 'From: Ysolde Pirrin, President, Tallow Reach\nCan you send pricing?')).personas).toEqual(['owner']);
  });
});
