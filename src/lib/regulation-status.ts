// 效力状态: the statuses a regulation can have, and which one means "in force". Shared by the
// schema, the import tool, the pages and the search in the browser (so: no schema library here).

export const REGULATION_STATUSES = ['现行有效', '已修订', '已废止', '试行'] as const;
export type RegulationStatus = (typeof REGULATION_STATUSES)[number];

/** The status of a text in force: what imports default to, what search and lists rank first. */
export const CURRENT_STATUS: RegulationStatus = '现行有效';

export function isCurrent(status: string | undefined): boolean {
  return status === CURRENT_STATUS;
}
