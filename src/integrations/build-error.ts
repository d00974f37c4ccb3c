// An error for the build hooks whose problems lie in content, not in code: the report is the whole
// message, without a stack trace pointing at the hook.
export function contentError(report: string): Error {
  const error = new Error(report);
  error.stack = report;
  return error;
}
