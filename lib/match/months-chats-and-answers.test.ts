// Sixty-eighth round: a day of the month by its number and "all month" say when, no word of a month-end pain; a website
// chat's agent lines are the seller's; more ways of saying a topic is in hand ("has that nailed", "brand new", "don't
// sell me", "leave it"); an answer under its speaker's label turns down the rep's guess; a contract's end said with its
// date is the buying time. Invented vendor (software for allotment societies, the committees that let garden plots)
// and records.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const allotments: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'treasurer-close', label: 'Month-end treasurer close', aliases: ['ledger balancing'] },
    { id: 'fee-arrears', label: 'Unpaid plot fees', aliases: ['plot arrears'] },
    { id: 'plot-card-fees', label: 'Card payments for plot fees', aliases: ['chip-and-pin at the shed'] },
    { id: 'trough-leaks', label: 'Water trough leaks', aliases: ['trough overflow texts'] },
    { id: 'plot-queue', label: 'Plot waiting list', aliases: ['plot queue'] },
    { id: 'rota-gaps', label: 'Work party rota', aliases: ['digging rota'] },
    { id: 'gate-keypads', label: 'Gate code changes', aliases: ['padlock codes'] },
    { id: 'mower-contracts', label: 'Mowing contractor contracts', aliases: ['contract mowing'] },
  ],
};
// The library's month-end assets say "month" often, as a treasurer's library does.
const asset = (id: string, title: string, painPoints: string[]) => ({ id, title, painPoints, industries: [], personas: [] });
const assets = [
  asset('m1', 'Close the month in an afternoon: a treasurer month-end checklist', ['treasurer-close']),
  asset('m2', 'Month-end for allotment treasurers: every month balanced', ['treasurer-close']),
  asset('m3', 'The month-end pack the committee reads', ['treasurer-close']),
  asset('f1', 'Chasing unpaid plot fees politely', ['fee-arrears']),
  asset('w1', 'A fair plot waiting list', ['plot-queue']),
  asset('l1', 'Trough overflow texts for the committee', ['trough-leaks']),
];
const compiled = compileTaxonomy(allotments, assets);
const pains = (notes: string) => contextOf(resolveProspect({ notes, name: 'Oriel Fanshawe-Quill' }, compiled)).painPoints;

describe('the month as a when', () => {
  it('reads no month-end pain from a day of the month by its number or from "all month"', () => {
    expect(pains('Plotholders ring the secretary on the 20th every month.')).toEqual([]);
    expect(pains('Plotholders ring the secretary on the 2nd of the month, every one asking what they owe.')).toEqual([]);
    expect(pains('A tap by the east gate ran all month.')).toEqual([]);
  });
  it('still reads it where the month is the work', () => {
    expect(pains('The treasurer loses the first week of every month balancing the ledger by hand.')).toContain('treasurer-close');
  });
});

describe("a website chat's agent", () => {
  it("is the seller: the agent's question names no pain of the visitor's", () => {
    const chat = 'Chat (website):\nvisitor: we run 140 plots by the canal\nagent: do you take card payments for plot fees?\nvisitor: yes, through the bank, that part works';
    expect(pains(chat)).not.toContain('plot-card-fees');
  });
});

describe('a topic said to be in hand', () => {
  it('reads no pain from "has that nailed", "brand new", "don\'t sell me" or "leave it"', () => {
    expect(pains('Our membership secretary has the plot queue nailed down.')).toEqual([]);
    expect(pains('Rep wondered about padlock trouble; she said the padlocks are brand new.')).toEqual([]);
    expect(pains('Rep pitched trough overflow texts. Chair: "the troughs hardly leak, don\'t sell me alarms."')).toEqual([]);
    expect(pains('The padlock codes we change by text, leave it.')).toEqual([]);
  });
});

describe("an answer under its speaker's label", () => {
  it("turns down the rep's guess before it", () => {
    expect(pains('Rep thinks: plot queue trouble. Oriel: "that is not an issue."')).toEqual([]);
  });
});

describe("a contract's end said with its date", () => {
  it('is the buying time, no pain of the contract', () => {
    expect(pains('The current mowing contract ends in May.')).toEqual([]);
    expect(pains('Our mowing contract is up Q3 2027, the board will look then.')).toEqual([]);
    expect(pains('The mowing contract renews next spring.')).toEqual([]);
  });
  it('leaves a contract that hurts read', () => {
    expect(pains('Mowing contracts keep going over budget.')).toEqual(['mower-contracts']);
  });
});
