// Messages pasted from LinkedIn, WhatsApp or a phone's chat, where the exporter labels the account's owner "You:": the rep
// pasted their own thread, so the "You:" turns are the seller's offer, not the prospect's pains. Invented vendor and records.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const greenhouse: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'frost-alarms', label: 'Frost alarms at night', aliases: ['night frost alarms'] },
    { id: 'valve-schedules', label: 'Scattered valve schedules', aliases: ['valve schedules'] },
  ],
};
const compiled = compileTaxonomy(greenhouse);
const pains = (notes: string, name?: string) => contextOf(resolveProspect({ name, notes }, compiled)).painPoints;

describe('messages pasted with the seller labelled "You:"', () => {
  it("the rep's offer under 'You:' is not read as the prospect's pain", () => {
    const notes =
      'Ingrid Berg: Thanks for connecting! We run six glasshouses outside Aalsmeer.\n' +
      'You: Happy to help! Are night frost alarms keeping your growers up?\n' +
      'Ingrid Berg: Our problem is the valve schedules, every grower keeps their own spreadsheet and they clash.';
    expect(pains(notes, 'Ingrid Berg')).toEqual(['valve-schedules']);
  });
  it("the prospect's own turns are still read", () => {
    const notes = 'You: Hi Ingrid, how is the season going?\nIngrid Berg: Night frost alarms went off four times last week and nobody woke up.';
    expect(pains(notes, 'Ingrid Berg')).toEqual(['frost-alarms']);
  });
});
