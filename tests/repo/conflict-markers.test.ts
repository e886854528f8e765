import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** A line a merge leaves where it could not join two sides: "<<<<<<< ours" or ">>>>>>> theirs". */
const MARKER = /^(?:<{7}|>{7})(?: |$)/m;

/** Tracked files that contain a merge's conflict markers, with the first marker's line number. */
export function filesWithConflictMarkers(files: readonly string[], read: (file: string) => string): string[] {
  const found: string[] = [];
  for (const file of files) {
    const text = read(file);
    if (text.includes('\0')) continue;
    const at = MARKER.exec(text);
    if (at) found.push(`${file}:${text.slice(0, at.index).split('\n').length}`);
  }
  return found;
}

describe('the repository after a merge', () => {
  it('finds a conflict marker left in a file, and none in an ordinary one', () => {
    const files: Record<string, string> = {
      'docs/a.md': '# A\n\n<<<<<<< HEAD\nours\n=======\ntheirs\n>>>>>>> branch\n',
      'docs/b.md': '# B\n\nA heading\n=======\n\nText with <<<<<<< inside a line.\n',
    };
    expect(filesWithConflictMarkers(Object.keys(files), (f) => files[f]!)).toEqual(['docs/a.md:3']);
  });

  it('has no conflict markers in any tracked file', () => {
    const files = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
      .split('\0')
      // A sparse checkout (a helper's worktree without the held-out sets) lists files it does not have.
      .filter((f) => f !== '' && existsSync(f));
    expect(files.length).toBeGreaterThan(100);
    expect(filesWithConflictMarkers(files, (f) => readFileSync(f, 'utf8'))).toEqual([]);
  });
});
