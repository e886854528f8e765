// A problem already tackled, and an audit without findings, in English and the six languages (fifty-ninth round):
// "already addressed", "schon angegangen", "ya solucionado", "già affrontato", "al aangepakt", "já tratado"; "ohne
// Feststellungen", "sin hallazgos", "zonder bevindingen", "sem reparos". The clause reads no pain.
// Invented vendor: inventory and audit software for chains of bicycle workshops.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const vendor = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'shrink', label: 'Stock shrinkage', aliases: ['shrinkage', 'stock losses', 'missing parts'] },
    { id: 'audit', label: 'Audit findings', aliases: ['audit findings', 'internal audit', 'auditors'] },
  ],
} satisfies Taxonomy);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, vendor)).painPoints;

describe('a problem already tackled, an audit without findings', () => {
  it('reads no pain where the problem was already tackled', () => {
    for (const note of [
      'Stock shrinkage at the workshops was already addressed in spring with weekly counts.',
      'Das Thema Shrinkage in den Werkstätten haben sie im Frühjahr schon angegangen.',
      'El problema de shrinkage en los talleres ya solucionado con recuentos semanales.',
      'Lo shrinkage nelle officine è stato già affrontato in primavera con conteggi settimanali.',
      'Shrinkage in de werkplaatsen hebben ze dit voorjaar al aangepakt met wekelijkse tellingen.',
      'O shrinkage nas oficinas está já tratado desde a primavera com contagens semanais.',
    ])
      expect(pains(note), note).not.toContain('shrink');
    expect(pains('Stock shrinkage at the workshops keeps growing every month.')).toContain('shrink');
  });
  it('reads no audit pain where the audit had no findings', () => {
    for (const note of [
      'Das interne Audit der Werkstätten blieb dieses Jahr ohne Feststellungen.',
      'La auditoría interna de este año cerró sin hallazgos en los talleres.',
      "L'internal audit di quest'anno sulle officine si è chiuso senza rilievi.",
      'De interne audit van dit jaar sloot zonder bevindingen voor de werkplaatsen.',
      'A auditoria interna deste ano não teve reparos nas oficinas.',
    ])
      expect(pains(note), note).not.toContain('audit');
  });
});
