#!/usr/bin/env node
/**
 * The browser tests drive Debian's Chromium (Playwright may not download browsers here). Make sure
 * it is installed before `npm test` runs them: install it when we are root on a Debian-like
 * system, otherwise say exactly what to run. CHROMIUM_PATH overrides the location.
 */
import { ensureDebianPackage, usable } from './ensure-debian-package.mjs';

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

ensureDebianPackage({
  what: `Chromium at ${path}`,
  pkg: 'chromium',
  isPresent: () => usable(path),
  mayInstall: !process.env.CHROMIUM_PATH,
  otherwise:
    'or point CHROMIUM_PATH at an existing Chromium or Chrome binary, then run npm test again.',
});
