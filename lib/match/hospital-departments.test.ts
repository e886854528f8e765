import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, resolveProspect } from '.';

// An invented vendor of loan-kit tracking for hospitals' sterile processing and purchasing: one persona the sterile
// processing department (named in English only), one purchasing, one the hospital's director, one the wards' nurses.
const taxonomy: Taxonomy = {
  personas: [
    { id: 'spd', label: 'Sterile processing', aliases: ['Sterile Processing Manager', 'Sterile Processing Technician', 'Decontamination Supervisor'] },
    { id: 'purchasing', label: 'Purchasing', aliases: ['Purchasing Manager', 'Buyer', 'Head of Procurement'] },
    { id: 'director', label: 'Hospital director', aliases: ['Hospital Director', 'CEO', 'Direttore Generale'] },
    { id: 'nursing', label: 'Ward nursing', aliases: ['Ward Manager', 'Nurse Manager'] },
  ],
  industries: [{ id: 'hospitals', label: 'Hospitals', aliases: [] }],
  painPoints: [{ id: 'lost-kits', label: 'Lost loan kits', aliases: [] }],
};
const c = compileTaxonomy(taxonomy);
const personas = (title: string, company = 'Ospedale Civile di Valmora') => resolveProspect({ title, company }, c).personas.map((p) => p.id);

describe("hospitals' sterile processing and purchasing departments in their own words (fifty-third round)", () => {
  it('reads the Italian purchasing office, not the director over it', () => {
    expect(personas('Dirigente UOC Provveditorato')).toEqual(['purchasing']);
    expect(personas('Direttore SC Economato e Provveditorato')).toEqual(['purchasing']);
    expect(personas('Direttore Generale')).toEqual(['director']);
    expect(personas('Responsabile Economato')).toEqual(['purchasing']);
  });

  it("does not read the other public offices called Provveditorato (the school office, public works) as purchasing", () => {
    const offices = compileTaxonomy({
      personas: [
        { id: 'purchasing', label: 'Purchasing', aliases: ['Purchasing Manager', 'Buyer', 'Head of Procurement'] },
        { id: 'eng', label: 'Engineers', aliases: ['Civil Engineer', 'Project Engineer', 'Ingegnere'] },
        { id: 'school', label: 'School leaders', aliases: ['School Principal', 'Dirigente Scolastico'] },
      ],
      industries: [{ id: 'pub', label: 'Public sector', aliases: [] }],
      painPoints: [{ id: 'p', label: 'Pain', aliases: [] }],
    });
    const read = (title: string, company: string) => resolveProspect({ title, company }, offices).personas.map((p) => p.id);
    expect(read('Dirigente, Provveditorato agli Studi', 'Provveditorato agli Studi di Valmora')).not.toContain('purchasing');
    expect(read('Ingegnere, Provveditorato Interregionale alle Opere Pubbliche', 'Ministero delle Infrastrutture')).toEqual(['eng']);
    expect(read('Funzionario, Provveditorato alle Opere Pubbliche', 'Ministero delle Infrastrutture')).not.toContain('purchasing');
    expect(read('Responsabile Provveditorato', 'Comune di Valmora')).toEqual(['purchasing']);
  });

  it("reads the German trade's sterile processing title and the British and Irish department's initials", () => {
    expect(personas('Sterilgutassistentin', 'Klinikum Talheim gGmbH')).toEqual(['spd']);
    expect(personas('Sterilisationsassistent (FK I)', 'Klinikum Talheim gGmbH')).toEqual(['spd']);
    expect(personas('HSDU Team Leader', 'Northfold General Hospital')).toEqual(['spd']);
    expect(personas('Team Lead, HSSD', 'Northfold General Hospital')).toEqual(['spd']);
    expect(personas('Ward Manager', 'Northfold General Hospital')).toEqual(['nursing']);
  });
});
