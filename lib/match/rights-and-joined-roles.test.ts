import { describe, expect, it } from 'vitest';
import type { Prospect, Taxonomy } from '../model';
import { titleWords } from './compile';
import { compileTaxonomy, resolveProspect } from '.';

// An invented vendor (Quillmere) with four libraries: catalogue and licensing software for independent film-score
// publishers, a booking portal for small travel agencies, a rota tool for dental group practices, and lesson planning
// for secondary schools' departments.
const scores: Taxonomy = {
  personas: [
    { id: 'rights', label: 'Catalogue rights keeper', aliases: ['rights desk lead'] },
    { id: 'licensing', label: 'Placement licensing lead', aliases: ['licensing desk lead', 'sync desk lead'] },
    { id: 'artists', label: 'Composer relations', aliases: ['artist relations desk'] },
    { id: 'counsel', label: 'Staff lawyer', aliases: [] },
  ],
  industries: [{ id: 'publishers', label: 'Score publishers', aliases: [] }],
  painPoints: [{ id: 'lost', label: 'Lost placements', aliases: [] }],
};
const agencies: Taxonomy = {
  personas: [
    { id: 'owner', label: 'Bureau principal', aliases: ['bureau owner', 'president', 'principal', 'owner-advisor'] },
    { id: 'desk', label: 'Booking desk supervisor', aliases: [] },
    { id: 'advisor', label: 'Advisor', aliases: ['holiday planner', 'agent'] },
    { id: 'books', label: 'Bookkeeper', aliases: [] },
  ],
  industries: [{ id: 'travel', label: 'Travel agencies', aliases: [] }],
  painPoints: [{ id: 'refunds', label: 'Slow refunds', aliases: [] }],
};
const dental: Taxonomy = {
  personas: [
    { id: 'rota', label: 'Dentist rota keeper', aliases: [] },
    { id: 'therapists', label: 'Allied therapist', aliases: ['occupational therapist', 'physical therapist'] },
  ],
  industries: [{ id: 'groups', label: 'Tooth clinic chains', aliases: [] }],
  painPoints: [{ id: 'gaps', label: 'Idle surgery hours', aliases: [] }],
};
const schools: Taxonomy = {
  personas: [
    { id: 'teachers', label: 'Classroom teacher', aliases: ['geography teacher', 'teacher'] },
    { id: 'heads', label: 'School head', aliases: ['principal', 'head of site'] },
  ],
  industries: [{ id: 'secondary', label: 'Secondary schools', aliases: [] }],
  painPoints: [{ id: 'marking', label: 'Marking load', aliases: [] }],
};
const compiled = {
  scores: compileTaxonomy(scores),
  agencies: compileTaxonomy(agencies),
  dental: compileTaxonomy(dental),
  schools: compileTaxonomy(schools),
};
const read = (library: keyof typeof compiled, prospect: Partial<Prospect>) =>
  resolveProspect({ company: 'Quillmere Test Co', industry: '', ...prospect } as Prospect, compiled[library])
    .personas.map((p) => p.id)
    .sort();

describe('rights, licences, sync and A&R in six languages (seventieth round)', () => {
  it('reads rights in the plural in five languages as rights, the singular still as the law', () => {
    expect(read('scores', { title: 'Jefa de Derechos' })).toEqual(['rights']);
    expect(read('scores', { title: 'Responsabile diritti' })).toEqual(['rights']);
    expect(read('scores', { title: 'Coordenador de Direitos' })).toEqual(['rights']);
    expect(titleWords('Leiterin Rechte')).toEqual(['head', 'right']);
    expect(titleWords('Leiterin Recht')).toEqual(['head', 'legal']);
  });
  it('reads licences in six languages and sync in the trade\'s French as the licensing and sync work', () => {
    expect(read('scores', { title: 'Coordenadora de Licenças' })).toEqual(['licensing']);
    expect(read('scores', { title: 'Head of Licences' })).toEqual(['licensing']);
    expect(read('scores', { title: 'Chargée synchro' })).toEqual(['licensing']);
  });
  it('reads A&R as the artists\' relations, not the letters around a join', () => {
    expect(read('scores', { title: 'A&R Coordinator' })).toEqual(['artists']);
    expect(titleWords('Head of A&R')).toEqual(['head', 'artist', 'relation']);
  });
});

describe('two roles the library names together, a rank before a persona\'s own name (seventieth round)', () => {
  it('files an owner who is also an agent as the owner, where a persona is named "owner-advisor"', () => {
    expect(read('agencies', { title: 'Owner / Agent' })).toEqual(['owner']);
    expect(read('agencies', { title: 'Agent & Owner' })).toEqual(['owner']);
  });
  it('keeps two roles the library does not name together', () => {
    expect(read('agencies', { title: 'Owner & Bookkeeper' })).toEqual(['books', 'owner']);
  });
  it('reads a rank before a persona\'s own name as that persona, not the owner whose joined name ends in it', () => {
    expect(read('agencies', { title: 'Lead Advisor' })).toEqual(['advisor']);
    expect(read('agencies', { title: 'Senior Advisor' })).toEqual(['advisor']);
  });
});

describe('therapists\' initials, a department\'s chair (seventieth round)', () => {
  it('reads two therapies\' initials joined as the therapists', () => {
    expect(read('dental', { title: 'PT/OT Lead' })).toEqual(['therapists']);
  });
  it('leaves initials alone that another therapy\'s do not stand beside', () => {
    expect(read('dental', { title: 'OT Security Engineer' })).toEqual([]);
  });
  it('reads a teacher who chairs her department as the teacher, not the school\'s head', () => {
    expect(read('schools', { title: 'Geography Teacher and Chair of Department' })).toEqual(['teachers']);
    expect(read('schools', { title: 'Principal' })).toEqual(['heads']);
  });
});
