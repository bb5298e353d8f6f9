#!/usr/bin/env node
/**
 * The browser tests drive Debian's Chromium (Playwright may not download browsers here). Make sure
 * it is installed before `npm test` runs them: install it when we are root on a Debian-like
 * system, otherwise say exactly what to run. CHROMIUM_PATH overrides the location.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

function usable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

if (usable(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;

if (isRoot && hasApt && !process.env.CHROMIUM_PATH) {
  console.log(
    "Chromium is missing: installing Debian's chromium package (apt-get install -y chromium)…",
  );
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch {
    console.error('Installing chromium with apt-get failed; see the output above.');
    process.exit(1);
  }
  if (usable(path)) process.exit(0);
}

console.error(
  [
    `The browser tests need Chromium at ${path}, and it is not there.`,
    hasApt
      ? 'Install it with:  sudo apt-get update && sudo apt-get install -y chromium'
      : 'Install Chromium with your system package manager,',
    'or point CHROMIUM_PATH at an existing Chromium or Chrome binary, then run npm test again.',
  ].join('\n'),
);
process.exit(1);
