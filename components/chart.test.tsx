// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ChartOrEmpty } from './chart';

const table = <table data-testid="table" />;

describe('ChartOrEmpty with nothing to draw', () => {
  afterEach(cleanup);

  it('says what would fill it, without a table, when there are no rows', () => {
    render(
      <ChartOrEmpty kind="horizontal-bar" labels={[]} series={[{ label: 'Revenue', values: [] }]} summary="s" empty="No won deals yet." zeros="No amount recorded." emptyTestId="e">
        {table}
      </ChartOrEmpty>,
    );
    expect(screen.getByTestId('e').textContent).toBe('No won deals yet.');
    expect(screen.queryByTestId('table')).toBeNull();
  });

  it('says why rows that all weigh nothing draw no bars, and keeps their table, when told', () => {
    render(
      <ChartOrEmpty kind="horizontal-bar" labels={['Case study']} series={[{ label: 'Revenue', values: [0] }]} summary="s" empty="No won deals yet." zeros="No amount recorded." emptyTestId="e">
        {table}
      </ChartOrEmpty>,
    );
    expect(screen.getByTestId('e').textContent).toBe('No amount recorded.');
    expect(screen.getByTestId('table')).toBeTruthy();
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
