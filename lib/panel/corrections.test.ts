import { describe, expect, it } from 'vitest';
import { correctContext, correctProspect, emptyCorrection, isEmptyCorrection, withChip, withFieldEdits } from './corrections';

const detected = { name: 'Dana', title: 'Director', company: 'Mercy', source: { crm: 'salesforce' as const, recordType: 'contact', recordId: '003' } };

describe('prospect corrections', () => {
  it('keeps only edits that differ from what was detected, and clears emptied fields', () => {
    let c = withFieldEdits(emptyCorrection('k'), detected, { name: 'Dana', title: 'CFO', company: '' }, 1);
    expect(c.fields).toEqual({ title: 'CFO', company: '' });
    expect(correctProspect(detected, c)).toEqual({ name: 'Dana', title: 'CFO', source: detected.source });
    c = withFieldEdits(c, detected, { title: 'Director' }, 2);
    expect(c.fields).toEqual({ company: '' });
  });

  it('adds and removes chips, an undo cancelling the earlier change', () => {
    const ctx = { personas: ['it'], industries: ['health'], painPoints: [] };
    let c = withChip(emptyCorrection('k'), 'personas', 'cfo', 'add', 1);
    c = withChip(c, 'personas', 'it', 'remove', 2);
    expect(correctContext(ctx, c)).toEqual({ personas: ['cfo'], industries: ['health'], painPoints: [] });
    c = withChip(c, 'personas', 'cfo', 'remove', 3);
    c = withChip(c, 'personas', 'it', 'add', 4);
    expect(correctContext(ctx, c)).toEqual(ctx);
    expect(isEmptyCorrection(c)).toBe(true);
  });
});
