import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness';

/** A PNG's width and height, from its IHDR chunk. */
const pngSize = (file: string) => {
  const head = fs.readFileSync(file).subarray(16, 24);
  return { width: head.readUInt32BE(0), height: head.readUInt32BE(4) };
};

// The README's first command is `npm install && npm run demo`: the walk a new user sees must run to its
// end, headless as here, and write its screenshots, with no page error on the way.
describe('npm run demo', () => {
  it('walks the rep\'s flow to the end and writes every screenshot', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'tailor-demo-shots-'));
    const run = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = execFile(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/demo.ts', '--headless'], { cwd: ROOT, env: { ...process.env, DEMO_OUTPUT: out }, timeout: 100_000 }, (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
      );
      child.stdin?.end();
    });
    try {
      expect(run.stderr, run.stdout).not.toContain('The demo stopped');
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).not.toContain('page errors');
      // It says where the screenshots went: the folder DEMO_OUTPUT names, not the default one.
      expect(run.stdout).toContain(`screenshots in ${out}${path.sep}`);
      expect(run.stdout).not.toContain('demo-output');
      expect(fs.readdirSync(out).sort()).toEqual([
        '1-panel-salesforce-contact.png',
        '2-panel-dark.png',
        '3-link-copied.png',
        '4-panel-hubspot-contact.png',
        '5-search-with-a-typo.png',
        '6-panel-linkedin-profile.png',
        '7-panel-won-deal.png',
        '8-library.png',
        '9-insights.png',
      ]);
      // The panel's screenshots are at the size of a side panel on a laptop (issue 16): 360 x 720.
      for (const file of fs.readdirSync(out).filter((f) => /^[1-7]-/.test(f))) expect(pngSize(path.join(out, file)), file).toEqual({ width: 360, height: 720 });
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});
