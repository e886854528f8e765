// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ChartOrEmpty, INFLUENCE_NO_AMOUNT } from './chart';

const table = <table data-testid="table" />;

describe('ChartOrEmpty with nothing to draw', () => {
  afterEach(cleanup);

  it('says what would fill it, without a table, when there are no rows', () => {
    render(
      <ChartOrEmpty kind="horizontal-bar" labels={[]} series={[{ label: 'Won deal amounts', values: [] }]} summary="s" empty="No won deals yet." zeros="No amount recorded." emptyTestId="e">
        {table}
      </ChartOrEmpty>,
    );
    expect(screen.getByTestId('e').textContent).toBe('No won deals yet.');
    expect(screen.queryByTestId('table')).toBeNull();
  });

  it('says why rows that all weigh nothing draw no bars, and keeps their table, when told', () => {
    render(
      <ChartOrEmpty kind="horizontal-bar" labels={['Case study']} series={[{ label: 'Won deal amounts', values: [0] }]} summary="s" empty="No won deals yet." zeros="No amount recorded." emptyTestId="e">
        {table}
      </ChartOrEmpty>,
    );
    expect(screen.getByTestId('e').textContent).toBe('No amount recorded.');
    expect(screen.getByTestId('table')).toBeTruthy();
  });

  it('says that won deals without an amount leave nothing to chart, without calling amounts revenue (no currency is kept)', () => {
    render(
      <ChartOrEmpty kind="horizontal-bar" labels={['Case study']} series={[{ label: 'Won deal amounts', values: [0] }]} summary="s" empty="No won deals yet." zeros={INFLUENCE_NO_AMOUNT} emptyTestId="e">
        {table}
      </ChartOrEmpty>,
    );
    expect(screen.getByTestId('e').textContent).toBe('The won deals this content was shared on have no amount recorded, so there is nothing to chart: the deals are counted in the table.');
  });

  it('reads only zeros as nothing when not told otherwise', () => {
    render(
      <ChartOrEmpty kind="horizontal-bar" labels={['Support leader']} series={[{ label: 'Shares', values: [0] }]} summary="s" empty="No usage yet." emptyTestId="e">
        {table}
      </ChartOrEmpty>,
    );
    expect(screen.getByTestId('e').textContent).toBe('No usage yet.');
    expect(screen.queryByTestId('table')).toBeNull();
  });
});
