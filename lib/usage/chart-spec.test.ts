import { describe, expect, it } from 'vitest';
import { chartSpec, dayTickIndexes, horizontalBarHeight, LABEL_LINE, nothingToDraw, wrapLabel } from './chart-spec';

const PERSONAS = ['Support leader', 'Customer experience executive', 'Chief executive', 'Customer success leader', 'Developer or architect', 'Procurement and vendor management'];

describe('the insights charts', () => {
  it('labels every bar: no auto-skip, long labels wrapped on two lines', () => {
    const spec = chartSpec({ kind: 'horizontal-bar', labels: PERSONAS });
    expect(spec.categoryTicks).toMatchObject({ autoSkip: false });
    expect(spec.categoryTicks!.shown).toBeUndefined();
    expect(spec.axisLabels).toHaveLength(PERSONAS.length);
    expect(spec.axisLabels[0]).toBe('Support leader');
    expect(spec.axisLabels[1]).toEqual(['Customer experience', 'executive']);
    expect(spec.axisLabels[5]).toEqual(['Procurement and vendor', 'management']);
    expect(chartSpec({ kind: 'bar', labels: PERSONAS }).categoryTicks).toMatchObject({ autoSkip: false });
  });

  it('cuts a label longer than two lines with an ellipsis, keeping each line short', () => {
    const title = 'How Pinecrest Health Partners cut its patient-portal backlog by 68% in one quarter';
    const wrapped = wrapLabel(title) as string[];
    expect(wrapped).toHaveLength(2);
    expect(wrapped[1]!.endsWith('…')).toBe(true);
    for (const line of wrapped) expect(line.length).toBeLessThanOrEqual(LABEL_LINE);
    expect(wrapped.join(' ').replace('…', '')).toBe(title.slice(0, wrapped.join(' ').length - 1));
    // A word longer than a line is cut, not lost.
    expect(wrapLabel('x'.repeat(60))).toEqual(['x'.repeat(LABEL_LINE), `${'x'.repeat(LABEL_LINE - 1)}…`]);
  });

  it('steps count axes in whole numbers and leaves fractions alone', () => {
    for (const kind of ['bar', 'horizontal-bar', 'line'] as const) expect(chartSpec({ kind, labels: ['a'] }).valueTicks).toEqual({ precision: 0 });
    expect(chartSpec({ kind: 'bar', labels: ['a'], values: 'fraction' }).valueTicks).toEqual({});
    expect(chartSpec({ kind: 'doughnut', labels: ['a', 'b'] }).valueTicks).toBeUndefined();
  });

  it('draws a day as a point: no smoothing between days', () => {
    expect(chartSpec({ kind: 'line', labels: ['Nov 30', 'Dec 1', 'Dec 2'] }).tension).toBe(0);
  });

  it('always labels the last day of the range, the others evenly spaced', () => {
    const thirty = [...dayTickIndexes(30)].sort((a, b) => a - b);
    expect(thirty).toContain(29);
    expect(thirty.length).toBeLessThanOrEqual(10);
    expect(new Set(thirty.slice(1).map((x, i) => x - thirty[i]!)).size).toBe(1);
    expect([...dayTickIndexes(7)].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(dayTickIndexes(365)).toContain(364);
    expect(dayTickIndexes(0).size).toBe(0);
    const spec = chartSpec({ kind: 'line', labels: Array.from({ length: 30 }, (_, i) => `d${i}`) });
    expect(spec.categoryTicks).toMatchObject({ autoSkip: false });
    expect(spec.categoryTicks!.shown!.has(29)).toBe(true);
  });

  it('gives horizontal bars room to grow with their number', () => {
    expect(horizontalBarHeight(1)).toBe(220);
    expect(horizontalBarHeight(12)).toBeGreaterThanOrEqual(12 * 30);
  });
});

describe('a chart with nothing to draw', () => {
  it('is one with no categories or only zeros; one value is enough to draw', () => {
    expect(nothingToDraw([], [{ values: [] }])).toBe(true);
    expect(nothingToDraw(['Shared at least once', 'Never shared'], [{ values: [0, 0] }])).toBe(true);
    expect(nothingToDraw(['Jun 1', 'Jun 2'], [{ values: [0, 0] }, { values: [0, 0] }])).toBe(true);
    expect(nothingToDraw(['Jun 1', 'Jun 2'], [{ values: [0, 0] }, { values: [0, 3] }])).toBe(false);
    expect(nothingToDraw(['Shared at least once', 'Never shared'], [{ values: [0, 12] }])).toBe(false);
  });
});
