// The quotes a rep reads beside a pain point: the prospect's whole words, never a part of a joined word (fifty-second round).
import { describe, expect, it } from 'vitest';
import { compileTaxonomy, describeResolved, resolveProspect } from '.';

const compiled = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'scattered', label: 'Scattered reports', aliases: ['mail'] },
    { id: 'rekey', label: 'Double entry', aliases: ['keying'] },
  ],
});
const read = (notes: string) => resolveProspect({ notes }, compiled).painPoints.map((r) => describeResolved('painPoints', r));

describe('the quote of a pain matched on one part of a joined word', () => {
  it('is the whole word the prospect wrote', () => {
    expect(read('Reports come in by E-Mail to the board and get filed anywhere.')).toEqual(['Pain point: Scattered reports ("E-Mail")']);
    expect(read('Staff spend Mondays re-keying orders.')).toEqual(['Pain point: Double entry ("re-keying")']);
  });
  it('stops at the word: the punctuation and the words around it are not quoted', () => {
    expect(read('Complaints arrive via mail.')).toEqual(['Pain point: Scattered reports ("mail")']);
  });
  it('does not widen across a dot, a slash or an underscore, nor into an e-mail address or a host name', () => {
    expect(read('Send them to jo.mail@lowmoor.example: reports everywhere')).toEqual(['Pain point: Scattered reports ("mail")']);
    expect(read('Reports everywhere: see mail.lowmoor.example')).toEqual(['Pain point: Scattered reports ("mail")']);
    expect(read('Staff re-keying.orders each Monday')).toEqual(['Pain point: Double entry ("keying")']);
    expect(read('They keep it in mail/paper, reports everywhere.')).toEqual(['Pain point: Scattered reports ("mail")']);
  });
});
