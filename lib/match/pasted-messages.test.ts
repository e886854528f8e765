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
  it("a 'You:' that labels no turn of a thread leaves the prospect's words read", () => {
    // A bulleted owner in the prospect's mail, "for You:" mid-sentence, a dashed aside, a lowercase "you:" after a stop.
    expect(pains('Hi Sam,\nWho does what for the pilot:\n- You: install the sensors in glasshouse 3\n- Our growers: log every valve change\nHonestly our valve schedules are a mess.\nBest, Ingrid', 'Ingrid Berg')).toEqual(['valve-schedules']);
    expect(pains('Ingrid wrote: Questions for You: can it handle our valve schedules? They are a mess.', 'Ingrid Berg')).toEqual(['valve-schedules']);
    expect(pains('Met Ingrid at the expo.\nYou - like every grower she knows - lose sleep over night frost alarms, she said.', 'Ingrid Berg')).toEqual(['frost-alarms']);
    expect(pains('Ingrid is blunt. you: need to know the valve schedules are a mess for her.', 'Ingrid Berg')).toEqual(['valve-schedules']);
  });
});
