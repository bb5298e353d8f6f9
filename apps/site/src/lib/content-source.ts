import { isAbsolute, join, resolve } from 'node:path';

/**
 * Where the MDX sources are: the repository's content/ folder, or CONTENT_DIR (absolute, or
 * relative to the site folder), which the build benchmark points at a generated content set.
 * The content build and the content check both ask here, so they always read the same files.
 */
export function contentDirPath(siteDir: string = process.cwd()): string {
  const configured = process.env.CONTENT_DIR;
  if (!configured) return join(siteDir, '../../content');
  return isAbsolute(configured) ? configured : resolve(siteDir, configured);
}
