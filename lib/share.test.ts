import { describe, expect, it } from 'vitest';
import { emailSnippet, oneLineSummary, trackedUrl } from './share';

describe('trackedUrl', () => {
  it('adds Tailor’s parameters and the team’s, keeping the page’s own', () => {
    expect(trackedUrl('https://e.example/a?ref=1#top', 'nf-001', { utm_content: 'rep-42', 'bad name': 'x', UTM_SOURCE: 'evil' })).toBe(
      'https://e.example/a?ref=1&utm_source=tailor&utm_medium=sales&utm_campaign=nf-001&utm_content=rep-42#top',
    );
    expect(trackedUrl('https://e.example/a?utm_source=old', 'x')).toBe('https://e.example/a?utm_source=tailor&utm_medium=sales&utm_campaign=x');
  });
  it('refuses anything but http(s)', () => {
    expect(() => trackedUrl('javascript:alert(1)', 'x')).toThrow(/not an http/);
  });
});

describe('emailSnippet', () => {
  it('escapes titles and summaries and drops non-web links', () => {
    const s = emailSnippet([
      { title: 'Q&A <live>', url: 'https://e.example/?a=1&b="2"', summary: 'It\'s "great".' },
      { title: 'Bad', url: 'javascript:alert(1)', summary: '' },
    ]);
    expect(s.html).toBe('<p><a href="https://e.example/?a=1&amp;b=&quot;2&quot;">Q&amp;A &lt;live&gt;</a><br>It&#39;s &quot;great&quot;.</p>');
    expect(s.text).toBe('Q&A <live>\nIt\'s "great".\nhttps://e.example/?a=1&b="2"');
  });
});

describe('oneLineSummary', () => {
  it('takes the first sentence and cuts long ones at a word', () => {
    expect(oneLineSummary('Cut approvals from 9 days to 2. Then more.')).toBe('Cut approvals from 9 days to 2.');
    const long = oneLineSummary('word '.repeat(60), 40);
    expect(long.length).toBeLessThanOrEqual(41);
    expect(long.endsWith('…')).toBe(true);
    expect(oneLineSummary(undefined)).toBe('');
  });
});
