// Sixty-sixth round: a reporter is a person, not a report; "call me back" and "missed your call" are the seller's
// call; "ok now" and "not a driver" settle their topic; "..., that is non-negotiable" makes the clause before a
// requirement; "encrypted" is a word of security; an acronym before a year or a fair's word is a conference's name.
// Invented vendor (software for community radio stations) and records.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const radio: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'airtime-reports', label: 'Sponsor airtime reporting', aliases: ['underwriting spot logs'] },
    { id: 'listener-calls', label: 'Listener phone-ins', aliases: ['listener calls', 'call-in lines'] },
    { id: 'remote-links', label: 'Remote studio links', aliases: ['outside broadcast kit', 'studio link kit'] },
    { id: 'licence', label: 'Broadcast licence renewals', aliases: ['QRBX filings', 'QRBX renewals'] },
    { id: 'secure-logs', label: 'Secure log delivery', aliases: ['log handover'] },
    { id: 'pledge-tallies', label: 'Pledge drive tallies', aliases: ['pledge sheets'] },
  ],
};
const compiled = compileTaxonomy(radio);
const pains = (notes: string) => contextOf(resolveProspect({ notes, name: 'Ilse Marangoni' }, compiled)).painPoints;

describe('a reporter is a person, not a report', () => {
  it('reads no reporting pain from the station reporters said alone', () => {
    expect(pains('Station manager with four part-time reporters on the weekend desk.')).toEqual([]);
  });
  it('still reads the reporting pain where reports are said', () => {
    expect(pains('The sponsor reports take me two days every month.')).toEqual(['airtime-reports']);
  });
});

// The seller's call and the conference's name guard their rules; they pass on 3667778a too (a library this small, without
// assets, gives a lone "call" or "QRBX" too little weight to name a pain by the library's words).
describe("the seller's call", () => {
  it('reads no calls pain from "call me back" or "missed your call"', () => {
    expect(pains('The pledge sheets are a mess after every drive. Call me back.')).toEqual(['pledge-tallies']);
    expect(pains('Sorry missed your call. The pledge sheets are a mess after every drive.')).toEqual(['pledge-tallies']);
  });
});

describe('settled since, or not what drives the purchase', () => {
  it('reads no pain from "ok now" or "not a driver"', () => {
    expect(pains('studio links ok now')).toEqual([]);
    expect(pains('Broadcast licence renewals were late last year, not a driver.')).toEqual([]);
  });
});

describe('a requirement said after its clause', () => {
  it('reads no pain from the clause a requirement follows', () => {
    expect(pains("We need one place for the sponsor spot logs, that is non-negotiable.")).toEqual([]);
  });
});

describe('encryption', () => {
  it('reads the secure delivery pain from logs that must go encrypted', () => {
    expect(pains('The sponsors now refuse logs that are not encrypted.')).toEqual(['secure-logs']);
  });
});

describe("a conference's name", () => {
  it('reads no pain from an acronym before a year or a booth', () => {
    expect(pains('Booth scan QRBX 2026. Asked for a price.')).toEqual([]);
    expect(pains('Met at the QRBX booth, asked for a price.')).toEqual([]);
  });
});
