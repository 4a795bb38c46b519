/**
 * The repository's new-issue form with a page's title and address filled in, so a reader can report
 * a problem in two clicks. `repo` is the repository's web address (REPO_URL in src/site.ts).
 */
export function reportProblemUrl(repo: string, title: string, pageUrl: string): string {
  const url = new URL(`${repo.replace(/\/+$/, "")}/issues/new`);
  url.searchParams.set("title", `Problem on "${title}"`);
  url.searchParams.set("body", `Page: ${pageUrl}\n\nWhat is wrong, and the AWS page that says otherwise:\n`);
  return url.href;
}
