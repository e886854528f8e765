import { describe, expect, it } from 'vitest';
import { listWithAnd, sentence } from './wording';

describe('listWithAnd', () => {
  it('joins with commas and one "and", with no comma before it', () => {
    expect(listWithAnd([])).toBe('');
    expect(listWithAnd(['3 assets'])).toBe('3 assets');
    expect(listWithAnd(['3 assets', '1 persona'])).toBe('3 assets and 1 persona');
    expect(listWithAnd(['"CFO"', '"VP Finance"', '"Controller"'])).toBe('"CFO", "VP Finance" and "Controller"');
  });

  it('leaves the parts as they are, commas and "and" inside them too', () => {
    expect(listWithAnd(['"Sales, EMEA"', '"Research and development"'])).toBe('"Sales, EMEA" and "Research and development"');
  });
});

describe('sentence', () => {
  it('capitalises a message and ends it with one full stop', () => {
    expect(sentence('the file was read as Windows-1252')).toBe('The file was read as Windows-1252.');
    expect(sentence('Check it!')).toBe('Check it!');
  });
});
