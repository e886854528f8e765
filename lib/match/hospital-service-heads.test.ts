import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, resolveProspect } from '.';

// An invented vendor of dose-register software for hospitals' imaging departments: the physician over radiology, the
// radiographers' lead, the department's manager, the hospital's executive. Names in English only, but two personas
// share the word radiology.
const taxonomy: Taxonomy = {
  personas: [
    { id: 'rad', label: 'Radiologist', aliases: ['Head of Radiology', 'Consultant Radiologist'] },
    { id: 'tech', label: 'Lead radiographer', aliases: ['Lead Radiographer', 'Chief Technologist'] },
    { id: 'mgr', label: 'Imaging manager', aliases: ['Radiology Manager', 'Imaging Services Manager'] },
    { id: 'exec', label: 'Hospital executive', aliases: ['Chief Medical Officer', 'Hospital Director'] },
  ],
  industries: [{ id: 'hospitals', label: 'Hospitals', aliases: [] }],
  painPoints: [{ id: 'dose', label: 'Dose reporting', aliases: [] }],
};
const c = compileTaxonomy(taxonomy);
const personas = (title: string, company = 'Hospital Comarcal de Ribaserra') => resolveProspect({ title, company }, c).personas.map((p) => p.id).sort();

describe("the head of a hospital's clinical service in Spanish, Italian, Portuguese and Dutch (sixtieth round)", () => {
  it('reads the physician heading radiology, as "Chef de service" is', () => {
    expect(personas('Jefa del Servicio de Radiología Intervencionista')).toEqual(['rad']);
    expect(personas('Direttrice SC Radiodiagnostica', 'Azienda Ospedaliera di Valmora')).toEqual(['rad']);
    expect(personas('Primario di Radiologia', 'Ospedale Civile di Valmora')).toEqual(['rad']);
    expect(personas('Maestra di primaria', 'Istituto Comprensivo di Valmora')).not.toContain('rad');
    expect(personas('Diretor do Serviço de Imagiologia', 'Hospital Distrital de Ribaserra')).toEqual(['rad']);
  });

  it('reads the Belgian hospital\'s "hoofdarts" as its chief medical officer, beside the department head', () => {
    expect(personas('Hoofdarts en Diensthoofd Radiologie', 'AZ Valdoren')).toEqual(['exec', 'rad']);
  });

  it('reads the Portuguese "TSDT" as the radiographer only beside a word of radiology', () => {
    expect(personas('TSDT de Radiologia, Coordenador', 'Hospital Distrital de Ribaserra')).toEqual(['tech']);
    expect(personas('TSDT Análises Clínicas', 'Laboratório Ribaserra')).not.toContain('tech');
  });
});
