// The pension and the going into retirement in six languages (fifty-sixth round): German "Rente", French "retraite",
// Italian "pensione", Dutch "pensioen", Spanish "jubilación" and Portuguese "aposentadoria" alone are the pension (the
// money, the scheme: "Betriebsrente", "pensione integrativa"), English "pension"; going into retirement is said with a
// preposition ("geht bald in Rente", "part à la retraite", "va in pensione") or a verb ("se jubila el mes que viene",
// "vai se aposentar"), and only that is the retiring that leaves a post unmanned. Invented vendor: staffing and succession
// software for hotels.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { stem } from './text';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const vendor = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'succession', label: 'Key staff leaving', aliases: ['retiring staff', 'knowledge loss'] },
    { id: 'costs', label: 'High payroll costs', aliases: ['overtime'] },
  ],
} satisfies Taxonomy);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, vendor)).painPoints;
const terms = (notes: string) => resolveProspect({ notes }, vendor).terms ?? [];

describe('the pension word alone is the pension, not retiring staff', () => {
  it('reads no retiring staff from a pension scheme', () => {
    for (const note of [
      'Das Hotel zahlt eine Betriebsrente über eine Kasse.',
      'Le groupe cotise à une caisse de retraite pour ses cuisiniers.',
      'Il fondo pensione dei camerieri è gestito dalla banca.',
      'Het pensioen van de koks loopt via een bedrijfstakfonds.',
      'La cadena aporta a un plan de jubilación para los camareros.',
      'A cadeia contribui para a aposentadoria dos empregados de mesa.',
    ])
      expect(pains(note), note).toEqual([]);
  });
  it('reads going into retirement as retiring staff', () => {
    for (const note of [
      'Der Küchenchef geht im März in Rente.',
      'Deux réceptionnistes partent à la retraite cet été.',
      'Il capo cuoco va in pensione a giugno.',
      'Onze nachtportier gaat met pensioen.',
      'El jefe de cocina se jubila en mayo.',
      'O rececionista vai se aposentar.',
    ])
      expect(pains(note), note).toEqual(['succession']);
  });
});

describe('the ranking reads the idiom as the pains do', () => {
  it('takes going into retirement to the ranking as retirement, the pension word alone as the pension', () => {
    expect(terms('Der Küchenchef geht im März in Rente.')).toContain(stem('retirement'));
    expect(terms('Der Küchenchef geht im März in Rente.')).not.toContain(stem('pension'));
    expect(terms('Il capo cuoco va in pensione a giugno.')).toContain(stem('retirement'));
    expect(terms('Het pensioen van de koks loopt via een fonds.')).toContain(stem('pension'));
  });
});

// Review mends (fifty-sixth round): going said as French "prendre sa retraite", a German compound, an Italian or
// Spanish verb; Italian "pensione" as a hotel's board and Dutch "rente" as interest are neither.
describe('review mends: the other ways of going, and the other senses', () => {
  const withPensions = compileTaxonomy({
    personas: [],
    industries: [],
    painPoints: [
      { id: 'succession', label: 'Key staff leaving', aliases: ['retiring staff', 'knowledge loss'] },
      { id: 'pensions', label: 'Pension admin', aliases: ['pension scheme'] },
    ],
  } satisfies Taxonomy);
  const read = (notes: string) => contextOf(resolveProspect({ notes }, withPensions)).painPoints;
  it('reads going into retirement said with a verb or in one word as retiring staff', () => {
    for (const note of [
      'La gouvernante prend sa retraite au printemps.',
      'Trois serveurs prennent leur retraite cette année.',
      'Beim Pförtner steht der Renteneintritt bevor.',
      'La governante si pensiona a settembre.',
      'La gobernanta se va a jubilar pronto.',
    ])
      expect(read(note), note).toEqual(['succession']);
  });
  it('reads neither the pension nor going from a hotel board or Dutch interest', () => {
    for (const note of [
      'Le comitive in pensione completa arrivano il sabato.',
      'De rente op het krediet voor de verbouwing stijgt.',
      'Het verschil in rente op de leningen is klein.',
    ])
      expect(read(note), note).toEqual([]);
  });
});
