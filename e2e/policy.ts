// Enterprise policy in a real Chromium, without touching the machine's /etc: the browser runs in a
// private mount namespace where a temporary directory stands in for its policy directory. The
// extension is a copy of the build with a manifest key, so its id (which policy is keyed by) is
// known before it loads.
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EXTENSION_DIR } from './harness';
import { findChromium } from './chromium';

export interface PinnedExtension {
  dir: string;
  id: string;
}

/** The extension id Chromium derives from a manifest key: SHA-256 of the key, 32 hex digits as a–p. */
export function extensionIdFromKey(publicKeyDer: Buffer): string {
  const hex = crypto.createHash('sha256').update(publicKeyDer).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/**
 * A copy of the built extension with a fresh manifest key (and, when given, host permissions
 * installed up front: headless Chromium cannot answer a permission prompt).
 */
export function pinnedExtension(tmpDir: string, options: { hostPermissions?: string[] } = {}): PinnedExtension {
  const dir = path.join(tmpDir, 'extension');
  fs.cpSync(EXTENSION_DIR, dir, { recursive: true });
  const { publicKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const der = publicKey.export({ type: 'spki', format: 'der' });
  const manifestPath = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  manifest.key = der.toString('base64');
  if (options.hostPermissions) manifest.host_permissions = options.hostPermissions;
  fs.writeFileSync(manifestPath, JSON.stringify(manifest));
  return { dir, id: extensionIdFromKey(der) };
}

export interface PolicyChromium {
  executablePath: string;
  /** Replaces the policy for the extension (Chromium reads it again on "Reload policies"). */
  setPolicy(extensionId: string, policy: Record<string, unknown>): void;
}

function policyRoot(chromium: string): string {
  return /google-chrome|\/opt\/google\//.test(chromium) ? '/etc/opt/chrome' : '/etc/chromium';
}

/** A launcher for Chromium that reads its managed policy from a directory of this test's own. */
export function policyChromium(tmpDir: string): PolicyChromium {
  const chromium = findChromium();
  const target = policyRoot(chromium);
  const asRoot = process.getuid?.() === 0;
  const unshare = ['unshare', ...(asRoot ? [] : ['--map-root-user']), '--mount'];
  if (!fs.existsSync(target))
    throw new Error(`${target} does not exist: the policy test bind-mounts over the browser's policy directory, so it must exist (sudo mkdir -p ${target}).`);
  try {
    execFileSync(unshare[0]!, [...unshare.slice(1), 'true'], { stdio: 'pipe' });
  } catch (e) {
    throw new Error(
      `The policy test runs Chromium in a private mount namespace (${unshare.join(' ')}), which failed here: ` +
        `run the tests as root, or enable unprivileged user namespaces (sysctl kernel.unprivileged_userns_clone=1). ${String(e)}`,
    );
  }
  const etc = path.join(tmpDir, 'etc');
  fs.mkdirSync(path.join(etc, 'policies/managed'), { recursive: true });
  // Keep whatever else the browser reads from its /etc directory (Debian's master_preferences).
  for (const f of fs.readdirSync(target)) if (f !== 'policies') fs.cpSync(path.join(target, f), path.join(etc, f), { recursive: true });
  const executablePath = path.join(tmpDir, 'chromium-with-policy');
  fs.writeFileSync(
    executablePath,
    `#!/bin/sh\nexec ${unshare.join(' ')} sh -c 'mount --bind "$0" "$1" && shift && exec "$@"' "${etc}" "${target}" "${chromium}" "$@"\n`,
  );
  fs.chmodSync(executablePath, 0o755);
  return {
    executablePath,
    setPolicy(extensionId, policy) {
      const file = path.join(etc, 'policies/managed/tailor.json');
      fs.writeFileSync(`${file}.tmp`, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: policy } } }, null, 2));
      fs.renameSync(`${file}.tmp`, file);
    },
  };
}

export const tempDir = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), prefix));

/** A Firefox that reads `policies.json` (Firefox's enterprise policy: `{ "policies": {...} }`) from a
 * directory of this test's own: its `distribution` folder, where Firefox looks for the file, is replaced
 * in a private mount namespace, as the Chromium launcher above does for Chromium's policy directory.
 * Firefox reads the file once, at start-up. */
export function policyFirefox(tmpDir: string, firefox: string, policies: Record<string, unknown>): { executablePath: string } {
  const target = path.join(path.dirname(fs.realpathSync(firefox)), 'distribution');
  if (!fs.existsSync(target))
    throw new Error(`${target} does not exist: the policy test bind-mounts over Firefox's distribution folder, so it must exist (sudo mkdir -p ${target}).`);
  const asRoot = process.getuid?.() === 0;
  const unshare = ['unshare', ...(asRoot ? [] : ['--map-root-user']), '--mount'];
  const dist = path.join(tmpDir, 'distribution');
  fs.mkdirSync(dist, { recursive: true });
  // Keep what else Firefox reads from there (the distribution's search engines).
  for (const f of fs.readdirSync(target)) if (f !== 'policies.json') fs.cpSync(path.join(fs.realpathSync(target), f), path.join(dist, f), { recursive: true });
  fs.writeFileSync(path.join(dist, 'policies.json'), JSON.stringify({ policies }, null, 2));
  const executablePath = path.join(tmpDir, 'firefox-with-policy');
  fs.writeFileSync(
    executablePath,
    `#!/bin/sh\nexec ${unshare.join(' ')} sh -c 'mount --bind "$0" "$1" && shift && exec "$@"' "${dist}" "${fs.realpathSync(target)}" "${firefox}" "$@"\n`,
  );
  fs.chmodSync(executablePath, 0o755);
  return { executablePath };
}
