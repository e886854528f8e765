// Sixty-fifth round: the people a business must keep informed told nothing, or told last, of a change, or all of them to
// be told one by one, is the pain of an entry whose label names communication; a label that names only communication is
// still read through its aliases. Invented vendor (software for volunteer-run lightship museums) and records.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const lighthouses: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'docent-comms', label: 'Communication with docents', aliases: ['docent newsletters', 'volunteer bulletins'] },
    { id: 'tour-rota', label: 'Lamp-room tour rota', aliases: ['tour slots', 'climb times'] },
    { id: 'gauging', label: 'Gauging communications', aliases: ['bulletin metrics', 'open-rate dashboard', 'bulletin analytics'] },
  ],
};
const compiled = compileTaxonomy(lighthouses);
const pains = (notes: string) => contextOf(resolveProspect({ notes, name: 'Orla Brennagh' }, compiled)).painPoints;

describe('people not told of a change', () => {
  it('reads the communication pain from docents never told', () => {
    expect(pains('Our docents were never told that the lamp room closes for painting.')).toContain('docent-comms');
  });
  it('reads it from docents who hear about it last', () => {
    expect(pains('When the tower shuts, the docents always hear about it last, from a visitor.')).toContain('docent-comms');
  });
  it('reads it from having to tell everyone', () => {
    expect(pains("When the ferry cancels I have to rework the docents' week and tell everyone.")).toContain('docent-comms');
  });
  it('reads none from people told in good time', () => {
    expect(pains('We told the volunteers about the new roof weeks ahead.')).not.toContain('docent-comms');
  });
});

describe('a label that names only communication', () => {
  it('is still read through its aliases: figures nobody can see', () => {
    expect(pains('We have no idea who opens the bulletin, no figures at all.')).toContain('gauging');
  });
});
