// One whose title's head says they advise, at a firm that says it advises, is outside every persona of a vendor that
// serves no advisers, whatever trade the rest of the title names. Invented vendor and records.
import { describe, expect, it } from 'vitest';
import { compileTaxonomy, contextOf, resolveProspect } from '.';
import type { Prospect } from '../model';

/** A vendor of cellar-temperature logging for cider mills. */
const mills = compileTaxonomy({
  personas: [
    { id: 'cellar', label: 'Cellar master', aliases: ['Cider maker', 'Fermentation lead'] },
    { id: 'owner', label: 'Mill owner', aliases: ['Owner', 'Founder'] },
  ],
  industries: [{ id: 'cider', label: 'Cider mills', aliases: ['Cideries'] }],
  painPoints: [],
});
const personas = (p: Prospect) => contextOf(resolveProspect(p, mills)).personas;

describe('an adviser at an advisory firm', () => {
  it('reads no persona where the title says an adviser and the firm an advisory', () => {
    expect(personas({ title: 'Fermentation Consultant', company: 'Orchard Lane Advisory', industry: 'Management Consulting' })).toEqual([]);
    expect(personas({ title: 'Growth Coach for Cider Makers', company: 'Pressline Coaching', industry: 'Business Consulting' })).toEqual([]);
    expect(personas({ title: 'Consultora de fermentación', company: 'Manzana Consultoría', industry: 'Consultoría' })).toEqual([]);
  });

  it('still reads one who practises the trade at such a firm, or the firm’s owner', () => {
    expect(personas({ title: 'Cider maker (conseil)', company: 'Verger Conseil', industry: 'Conseil' })).toEqual(['cellar']);
    expect(personas({ title: 'Founder', company: 'Orchard Lane Advisory', industry: 'Management Consulting' })).toEqual(['owner']);
  });

  it('still reads a consultant at a mill, and serves advisers where the taxonomy names them', () => {
    expect(personas({ title: 'Fermentation Consultant', company: 'Brackley Cider Mill', industry: 'Beverages' })).toEqual(['cellar']);
    const advisers = compileTaxonomy({ ...mills.taxonomy, industries: [...mills.taxonomy.industries, { id: 'advisers', label: 'Advisory firms', aliases: [] }] });
    expect(contextOf(resolveProspect({ title: 'Fermentation Consultant', company: 'Orchard Lane Advisory', industry: 'Management Consulting' }, advisers)).personas).toEqual(['cellar']);
  });
});

describe('the vendor’s own coaches and consultants at a coaching or consulting firm', () => {
  it('keeps a persona whose names hold the title’s adviser word', () => {
    const swim = compileTaxonomy({
      personas: [{ id: 'coach', label: 'Head coach', aliases: ['Swim coach', 'Coaching director'] }, { id: 'owner', label: 'Owner', aliases: [] }],
      industries: [{ id: 'swim', label: 'Swim schools', aliases: [] }],
      painPoints: [],
    });
    expect(contextOf(resolveProspect({ title: 'Head Coach', company: 'Bramblewater Swim Coaching', industry: '' }, swim)).personas).toEqual(['coach']);
    const si = compileTaxonomy({
      personas: [{ id: 'sol', label: 'Solutions consultant', aliases: ['ERP consultant'] }],
      industries: [{ id: 'si', label: 'Systems integrators', aliases: ['IT services'] }],
      painPoints: [],
    });
    expect(contextOf(resolveProspect({ title: 'Senior ERP Consultant', company: 'Quellbach IT Consulting GmbH', industry: 'IT Consulting' }, si)).personas).toEqual(['sol']);
  });

  it('reads a first "Consultant" before the people of a trade as their grade, not an adviser', () => {
    const clinic = compileTaxonomy({ personas: [{ id: 'surg', label: 'Surgeon', aliases: ['Orthopaedic surgeon'] }], industries: [{ id: 'clinic', label: 'Private clinics', aliases: [] }], painPoints: [] });
    expect(contextOf(resolveProspect({ title: 'Consultant Orthopaedic Surgeon', company: 'Harwick Orthopaedic Consultants Ltd' }, clinic)).personas).toEqual(['surg']);
  });

  it('reads German "Berater" and "Beraterin" as adviser words', () => {
    const labs = compileTaxonomy({ personas: [{ id: 'q', label: 'Quality manager', aliases: ['Quality lead'] }], industries: [{ id: 'f', label: 'Food manufacturers', aliases: [] }], painPoints: [] });
    expect(contextOf(resolveProspect({ title: 'Berater Qualitätsmanagement', company: 'Stiegler Unternehmensberatung', industry: 'Unternehmensberatung' }, labs)).personas).toEqual([]);
    expect(contextOf(resolveProspect({ title: 'Beraterin Qualität', company: 'Stiegler Beratung', industry: '' }, labs)).personas).toEqual([]);
    expect(contextOf(resolveProspect({ title: 'Qualitätsmanager', company: 'Stiegler Unternehmensberatung', industry: 'Unternehmensberatung' }, labs)).personas).toEqual(['q']);
  });
});
