// Fetches the Debian packages the gazetteer is built from into a scratch
// folder and unpacks them there (nothing is installed): apt-get download +
// dpkg -x. Needs a Debian system with apt lists (run `apt-get update` once).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Unpacks the named packages under dir/root and returns that root. */
export function unpack(packages, dir) {
  const root = path.join(dir, 'root');
  fs.mkdirSync(root, { recursive: true });
  for (const name of packages) {
    const have = fs.readdirSync(dir).find((f) => f.startsWith(`${name}_`) && f.endsWith('.deb'));
    if (!have) execFileSync('apt-get', ['download', name], { cwd: dir, stdio: 'inherit' });
    const deb = fs.readdirSync(dir).find((f) => f.startsWith(`${name}_`) && f.endsWith('.deb'));
    if (!deb) throw new Error(`apt-get download ${name} gave no .deb`);
    execFileSync('dpkg', ['-x', deb, root], { cwd: dir, stdio: 'inherit' });
  }
  return root;
}

/** Extracts one resource of a GResource bundle embedded in a library. */
export function gresourceExtract(library, resource) {
  return execFileSync('gresource', ['extract', library, resource], { maxBuffer: 64 << 20 });
}
