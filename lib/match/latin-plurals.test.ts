// Nouns in "-us" ("campus", "census", "bonus") meet their plurals in "-uses": Porter stems "campus" "campu" and
// "campuses" "campus", so a library word in one form never met a company name in the other. Invented vendor
// (software for visitor parking) and records.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';
import { stem } from './text';

const parking: Taxonomy = {
  personas: [],
  industries: [
    { id: 'colleges', label: 'Colleges', aliases: ['college', 'campus'] },
    { id: 'clinics', label: 'Clinics and medical campuses', aliases: ['clinic'] },
  ],
  painPoints: [],
};
const compiled = compileTaxonomy(parking);
const industries = (company: string) => contextOf(resolveProspect({ company, notes: 'Parking is a mess.' }, compiled)).industries;

describe('nouns in "-us" and their plurals', () => {
  it('stem alike; adjectives in "-ous" and short words are left as they were', () => {
    expect(stem('campus')).toBe(stem('campuses'));
    expect(stem('census')).toBe(stem('censuses'));
    expect(stem('statuses')).toBe(stem('status'));
    expect(stem('various')).toBe('variou');
    expect(stem('plus')).toBe('plu');
  });
  it('a company named for one medical campus reads the label of medical campuses, and one of campuses the alias "campus"', () => {
    expect(industries('Harbourview Medical Campus')).toEqual(['clinics']);
    expect(industries('Northfield Campuses')).toEqual(['colleges']);
  });
});
