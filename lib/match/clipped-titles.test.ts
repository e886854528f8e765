// A language's ordinary clipping of a title's word, read as the word it clips: German "Ltr." (Leiter) at the end of a
// compound ("Teamltr."), French "planif", "appro" and "compta". The taxonomy and records here are made up for the tests.
import { describe, expect, it } from 'vitest';
import type { Prospect, Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

describe("a language's clipped title words", () => {
  // An invented vendor of pallet-label printing for regional food wholesalers.
  const taxonomy: Taxonomy = {
    personas: [
      { id: 'team-leader', label: 'Team leader', aliases: ['team lead', 'shift leader'] },
      { id: 'planning', label: 'Planning manager', aliases: ['planner', 'head of planning'] },
      { id: 'buying', label: 'Procurement', aliases: ['buyer', 'head of procurement'] },
      { id: 'accounts', label: 'Accounting', aliases: ['chief accountant', 'head of accounting'] },
    ],
    industries: [{ id: 'wholesale', label: 'Food wholesale', aliases: ['food wholesaler'] }],
    painPoints: [{ id: 'labels', label: 'Misprinted labels', aliases: ['misprinted labels'] }],
  };
  const compiled = compileTaxonomy(taxonomy, []);
  const read = (title: string, company: string) =>
    contextOf(resolveProspect({ name: 'Mara Quent', title, company, source: { crm: 'hubspot', recordType: 'contact', recordId: '1' } } as Prospect, compiled)).personas;
  it('reads a German compound clipped to "-ltr." as the compound', () => {
    expect(read('Teamltr. Kommissionierung', 'Frischkontor Nord GmbH')).toEqual(['team-leader']);
    expect(read('Abteilungsltr. Einkauf', 'Frischkontor Nord GmbH')).toEqual(['buying']);
  });
  it('reads "-ltr." as the compound where nothing else in the title is read', () => {
    // A second taxonomy with a head of department: "Abteilungsltr." alone rests on the clipped compound.
    const withHead = compileTaxonomy({ ...taxonomy, personas: [{ id: 'dept-head', label: 'Head of department', aliases: ['department head'] }, ...taxonomy.personas] }, []);
    const readHead = (title: string) =>
      contextOf(resolveProspect({ name: 'Mara Quent', title, company: 'Frischkontor Nord GmbH', source: { crm: 'hubspot', recordType: 'contact', recordId: '1' } } as Prospect, withHead)).personas;
    expect(readHead('Abteilungsltr.')).toEqual(['dept-head']);
    expect(readHead('Abteilungsltr. Kommissionierung')).toEqual(['dept-head']);
  });
  it('reads the French clippings of planning, procurement and accounting', () => {
    expect(read('Resp. Planif Transport', 'Primeurs du Littoral SAS')).toEqual(['planning']);
    expect(read('Responsable Appro', 'Primeurs du Littoral SAS')).toEqual(['buying']);
    expect(read('Responsable Compta', 'Primeurs du Littoral SAS')).toEqual(['accounts']);
  });
  it('reads a clipping only as written, not a plural it looks like ("compte", "approx")', () => {
    // French "compte" is the account an account manager looks after, not accounting; "approx" is no procurement.
    const titles = ['Chef de compte', 'Chargé de compte', 'Directeur de compte', 'Responsable Compte', 'Approx. Manager', 'Approx Manager'];
    expect(Object.fromEntries(titles.map((t) => [t, read(t, 'Primeurs du Littoral SAS')]))).toEqual(Object.fromEntries(titles.map((t) => [t, []])));
    expect(read('Resp. Appros', 'Primeurs du Littoral SAS')).toEqual(['buying']);
  });
  it('reads the words written out as before', () => {
    expect(read('Teamleiter Kommissionierung', 'Frischkontor Nord GmbH')).toEqual(['team-leader']);
    expect(read('Responsable Planification', 'Primeurs du Littoral SAS')).toEqual(['planning']);
  });
});
