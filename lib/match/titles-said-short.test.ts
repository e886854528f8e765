import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, resolveProspect } from '.';

// An invented vendor of case software for assay offices (Vornhall Marks): the office's director, the manager of its
// marking schemes (named as his schemes' head), the reviewers who decide on marks, the certification lead, trade sales.
const assay: Taxonomy = {
  personas: [
    { id: 'director', label: 'Assay office director', aliases: [] },
    { id: 'scheme', label: 'Schemes lead', aliases: ['Head of hallmarking schemes'] },
    { id: 'reviewer', label: 'Hallmarking reviewer', aliases: ['Marks committee'] },
    { id: 'assayer', label: 'Assayer', aliases: [] },
    { id: 'certs', label: 'Certification lead', aliases: [] },
    { id: 'sales', label: 'Trade sales lead', aliases: [] },
  ],
  industries: [{ id: 'assay', label: 'Assay offices', aliases: [] }],
  painPoints: [{ id: 'slow', label: 'Marks returned late', aliases: [] }],
};
const compiled = compileTaxonomy(assay);
const personas = (title: string) => resolveProspect({ title, company: 'Vornhall Metals Ltd', industry: '' }, compiled).personas.map((p) => p.id).sort();

describe("a head's title said short (sixty-fifth round)", () => {
  it("reads the one persona whose name begins with the title whole and carries on past it", () => {
    expect(personas('Head of Hallmarking')).toEqual(['scheme']);
  });
  it('reads the first of two things a head heads, said with the rank', () => {
    expect(personas('Head of Hallmarking & Fairness')).toEqual(['scheme']);
  });
  it("leaves a title another rule reads as it was", () => {
    expect(personas('Head of Trade Sales')).toEqual(['sales']);
  });
});

describe("certification's noun in five languages (sixty-fifth round)", () => {
  it('reads a head of certification said in German, Dutch, Italian, Spanish and Portuguese as in English', () => {
    expect(personas('Certification Lead')).toEqual(['certs']);
    expect(personas('Leiter Zertifizierung')).toEqual(['certs']);
    expect(personas('Hoofd certificatie')).toEqual(['certs']);
    expect(personas('Responsabile della certificazione')).toEqual(['certs']);
    expect(personas('Gerente de certificación')).toEqual(['certs']);
    expect(personas('Gerente de certificação')).toEqual(['certs']);
  });
});

describe("a field and an individual's rank (sixty-fifth round)", () => {
  it("reads the one persona named by the field and one worker's noun of no rank", () => {
    expect(personas('Hallmarking Officer')).toEqual(['reviewer']);
    expect(personas('Hallmarking Clerk')).toEqual(['reviewer']);
  });
  it("reads no one where the title's rank is a manager's, or no persona is so named", () => {
    expect(personas('Hallmarking Manager')).not.toContain('reviewer');
    expect(personas('Melting Officer')).toEqual([]);
  });
});
