/**
 * Shared by the scripts that make sure a system program the tests drive is installed (Chromium
 * for the browser tests, Java for the HTML checker): when it is missing, install its Debian
 * package if we are root on a Debian-like system, otherwise say exactly what to run. It never
 * downloads anything from elsewhere.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

export function usable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Exits the process: 0 once `isPresent()` holds (installing `pkg` first when it does not and we
 * may), 1 with instructions otherwise.
 * @param {{ what: string, pkg: string, isPresent: () => boolean, mayInstall: boolean, otherwise: string }} options
 *   `what` names the program in messages; `otherwise` is the last line of the instructions (how to
 *   point the tests at a copy installed elsewhere).
 */
export function ensureDebianPackage({ what, pkg, isPresent, mayInstall, otherwise }) {
  if (isPresent()) process.exit(0);

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;

  if (isRoot && hasApt && mayInstall) {
    console.log(
      `${what} is missing: installing Debian's ${pkg} package (apt-get install -y ${pkg})…`,
    );
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '-qq', pkg], {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    } catch {
      console.error(`Installing ${pkg} with apt-get failed; see the output above.`);
      process.exit(1);
    }
    if (isPresent()) process.exit(0);
  }

  console.error(
    [
      `The tests need ${what}, and it is not there.`,
      hasApt
        ? `Install it with:  sudo apt-get update && sudo apt-get install -y ${pkg}`
        : `Install ${what} with your system package manager,`,
      otherwise,
    ].join('\n'),
  );
  process.exit(1);
}
