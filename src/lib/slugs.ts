// Slugs: the file name of an entry without folder or extension, which is also its URL segment.

/** Lowercase letters, digits and single hyphens: xuanba-renyong. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(text: string): boolean {
  return SLUG_PATTERN.test(text);
}

/** File name without folder and extension: content/guides/ren-qian.mdx → ren-qian. */
export function slugOf(path: string): string {
  return path.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
}
