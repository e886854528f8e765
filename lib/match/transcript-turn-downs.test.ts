// A transcript's seller question the prospect's next turn turns down names no pain: "Rep: is it the X? / Name: not
// really an X thing, ..." is read as the running notes' guess is, the pain named after it stays read; "no idea" after
// a question is not knowing, neither a no nor a yes; "no, just X" keeps X. Invented vendor and records.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const kennels: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'no-shows', label: 'Boarding no-shows', aliases: ['no-shows'] },
    { id: 'vaccines', label: 'Vaccination record checks', aliases: ['vaccination records'] },
    { id: 'kennel-cough', label: 'Kennel cough outbreaks', aliases: ['kennel cough'] },
  ],
};
const compiled = compileTaxonomy(kennels);
const pains = (notes: string) => contextOf(resolveProspect({ notes, name: 'Orla Quist' }, compiled)).painPoints;

describe("a transcript's seller question turned down", () => {
  it('reads no pain from the denied question, the pain named after it is read', () => {
    expect(pains('Rep: are boarding no-shows hurting you?\nOrla: Not really a no-shows thing. Checking vaccination records eats my mornings.')).toEqual(['vaccines']);
    expect(pains('Rep: so I guess kennel cough is the worry?\nOrla: nah, we had kennel cough once in ten years. that is not it.\nRep: what is it\nOrla: vaccination records, every owner forgets them.')).toEqual(['vaccines']);
  });
  it('keeps a confirmed question and a no that goes on to complain', () => {
    expect(pains('Rep: is kennel cough the worry?\nOrla: yes, kennel cough outbreaks every winter.')).toEqual(['kennel-cough']);
    expect(pains('Rep: do you get boarding no-shows?\nOrla: no, but kennel cough outbreaks are a nightmare.')).toEqual(['kennel-cough']);
  });
  it('"no idea" after a question is not knowing, not a no', () => {
    expect(pains('Rep: do you know how many owners forget?\nOrla: no idea, vaccination records go missing every week, thats the problem')).toEqual(['vaccines']);
  });
  // Review mends: not knowing does not confirm the guess either; a no that goes on with "just" keeps the topic it names.
  it('"no idea" or "no clue" alone after a guess in running notes reads no pain', () => {
    expect(pains('Kennel cough a problem? No idea.')).toEqual([]);
    expect(pains('Boarding no-shows an issue? No clue.')).toEqual([]);
    expect(pains('Kennel cough a worry? no idea, kennel cough never tracked.')).toEqual([]);
    expect(pains('Rep: is kennel cough a problem?\nOrla: No idea.')).toEqual([]);
  });
  it('"no, just X" to a two-topic question keeps X', () => {
    expect(pains('Rep: are kennel cough and boarding no-shows headaches?\nOrla: no, just the no-shows, they cost us weekends.')).toEqual(['no-shows']);
    expect(pains('Rep: kennel cough or vaccination records?\nOrla: nein, nur vaccination records.')).toEqual(['vaccines']);
    expect(pains('Rep: is kennel cough a pain?\nOrla: no, just fine.')).toEqual([]);
  });
  it('turns down a timestamped transcript\'s question too', () => {
    expect(pains('00:01:02 Rep: are boarding no-shows hurting you?\n00:01:09 Orla: not really a no-shows thing.')).toEqual([]);
    expect(pains('[00:01] Rep: is kennel cough the worry?\n[00:02] Orla: nah, not a kennel cough thing.')).toEqual([]);
    expect(pains('00:01:02 Rep: is kennel cough the worry?\n00:01:09 Orla: yes, kennel cough outbreaks every winter.')).toEqual(['kennel-cough']);
  });

  // Review mend: a "just" that plays the topic down or compares keeps the no.
  it('"no, just a few X" or "no, just as bad as Y" keeps the no', () => {
    expect(pains('Rep: are boarding no-shows a worry?\nOrla: no, just a few no-shows, nothing serious.')).toEqual([]);
    expect(pains('Rep: are boarding no-shows a worry?\nOrla: no, only the odd no-show in August.')).toEqual([]);
    expect(pains('Boarding no-shows a problem? No, just as bad as the kennel cough.')).toEqual([]);
    expect(pains('Rep: are kennel cough and boarding no-shows headaches?\nOrla: no, just the no-shows, they cost us weekends.')).toEqual(['no-shows']);
  });
});
