import { PROGRESS_VERSION } from "./progress";
import type { ReadProblem } from "./progressFile";

/** Why a file was not imported, in a sentence that also says nothing changed. */
export function describeReadProblem(result: ReadProblem): string {
  return `${explain(result)} Nothing was changed.`;
}

function explain(result: ReadProblem): string {
  switch (result.problem) {
    case "not-json":
      return "This file is not JSON, so it is not saved progress.";
    case "not-progress":
      return "This JSON file is not progress saved by this site.";
    case "no-version":
      return "This progress file has no valid version.";
    case "future":
      return `This progress comes from a newer version of the site (version ${result.version}); this one reads up to version ${PROGRESS_VERSION}.`;
    case "damaged":
      return `This progress file is damaged: ${result.detail}.`;
  }
}
