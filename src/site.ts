/** Site-wide constants. */
export const SITE_TITLE = "Data Services Notes";
export const SITE_DESCRIPTION =
  "Study notes on the AWS data services that data and ML engineers must know: what each is for, when to pick it, and how they connect.";
export const REPO_URL = "https://github.com/data-services-notes/data-services-notes";
