// The one place zod issues become text (messages, library writes, imports): "path: message",
// joined with "; ". Works for zod and zod/mini schemas alike (both report Standard Schema issues).

interface Issue {
  readonly message: string;
  readonly path?: readonly (PropertyKey | { readonly key: PropertyKey })[];
}

function pathOf(issue: Issue): string {
  return (issue.path ?? []).map((segment) => String(typeof segment === 'object' ? segment.key : segment)).join('.');
}

/** One issue as "path: message" (or just the message at the top level; `top` names it instead). */
export function describeIssue(issue: Issue, top?: string): string {
  const path = pathOf(issue) || top;
  return path ? `${path}: ${issue.message}` : issue.message;
}

export function describeIssues(error: { readonly issues: readonly Issue[] }, top?: string): string {
  return error.issues.map((issue) => describeIssue(issue, top)).join('; ');
}
