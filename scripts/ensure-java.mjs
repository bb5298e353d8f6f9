#!/usr/bin/env node
/**
 * The HTML validity test runs the W3C Nu Html Checker (vnu.jar), which needs Java. Make sure
 * Debian's default-jre-headless is installed before the browser tests run: install it when we
 * are root on a Debian-like system, otherwise say exactly what to run. JAVA_HOME overrides the
 * `java` on the PATH.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureDebianPackage } from './ensure-debian-package.mjs';

const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';

ensureDebianPackage({
  what: `Java (${java})`,
  pkg: 'default-jre-headless',
  isPresent: () => spawnSync(java, ['-version'], { stdio: 'ignore' }).status === 0,
  mayInstall: !process.env.JAVA_HOME,
  otherwise: 'or point JAVA_HOME at an existing Java 11 or newer, then run npm test again.',
});
