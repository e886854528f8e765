import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, resolveProspect } from '.';

// An invented vendor of dose-tracking and scheduling software for imaging departments: the radiographers' lead, the
// radiologists, the department's manager and the PACS administrator. The radiographer's national title in each
// language is said by its initials.
const taxonomy: Taxonomy = {
  personas: [
    { id: 'radiographers', label: 'Radiographer lead', aliases: ['Chief Radiographer', 'Radiography Manager'] },
    { id: 'radiologists', label: 'Radiologist', aliases: ['Head of Radiology'] },
    { id: 'manager', label: 'Imaging department manager', aliases: ['Imaging Services Manager', 'Practice Manager'] },
    { id: 'pacs', label: 'PACS administrator', aliases: ['PACS Manager'] },
  ],
  industries: [{ id: 'imaging', label: 'Diagnostic imaging', aliases: [] }],
  painPoints: [{ id: 'dose', label: 'Dose records kept by hand', aliases: [] }],
};
const c = compileTaxonomy(taxonomy);
const personas = (title: string, company = 'Ospedale San Liborio') => resolveProspect({ title, company }, c).personas.map((p) => p.id);

describe("the radiographer's title said by its initials, in six languages (fifty-seventh round)", () => {
  it('reads the initials every language uses for its radiographers as the radiographers', () => {
    expect(personas('Coordinatrice TSRM')).toEqual(['radiographers']);
    expect(personas('Supervisor TSID', 'Clínica Vallehondo')).toEqual(['radiographers']);
    expect(personas('Leitende MTRA', 'Kreisklinik Obertal')).toEqual(['radiographers']);
    expect(personas("Coördinator MBB'er", 'Streekziekenhuis Aamland')).toEqual(['radiographers']);
  });

  it('reads the German "MTR" and Swiss French "TRM" so only beside a word of radiology or imaging', () => {
    expect(personas('MTR Koordinatorin', 'Radiologie Talblick GmbH')).toEqual(['radiographers']);
    expect(personas('TRM responsable', 'Centre d’imagerie du Lac SA')).toEqual(['radiographers']);
    expect(personas('MTR Koordinatorin', 'Stadtwerke Hollental GmbH')).toEqual([]);
    expect(personas('TRM Analyst', 'Kestrel Savings Bank')).toEqual([]);
  });

  it('does not take a document scanner, a brand or another trade\'s "IRM" or "MRT" for radiology (review mend)', () => {
    expect(personas('MTR', 'Tarnwick Document Imaging Ltd')).toEqual([]);
    expect(personas('TRM Analyst', 'Ostvale IRM Advisory')).toEqual([]);
    expect(personas('Analista TRM', 'Imagen y Marca Corbeta SAS')).toEqual([]);
    expect(personas('MTR Leitung', 'Diagnostic Imaging Partners Lindau')).toEqual(['radiographers']);
  });

  it("reads the Dutch plural and hyphenated \"MBB'er\" as the singular (review mend)", () => {
    expect(personas("Coördinator MBB'ers", 'Streekziekenhuis Aamland')).toEqual(['radiographers']);
    expect(personas('Senior MBB-er', 'Streekziekenhuis Aamland')).toEqual(['radiographers']);
  });

  it('reads the German and Dutch word for a practice in a joined title', () => {
    expect(personas('Praxisleiterin', 'Radiologie Talblick GmbH')).toEqual(['manager']);
    expect(personas('Praktijkleider', 'Beeldvormingscentrum Oosterkamp')).toEqual(['manager']);
  });
});
