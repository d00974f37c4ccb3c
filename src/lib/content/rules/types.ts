// A content rule: one kind of check over the whole content model, reporting file:line problems.
import type { Problem } from '../entries';
import type { SiteModel } from '../model';

export type Rule = (model: SiteModel) => Problem[];

/** A problem at a line of an entry's file. */
export function at(entry: { file: { path: string } }, line: number, message: string): Problem {
  return { file: entry.file.path, line, message };
}
