import { PROGRESS_VERSION, type ReadProblem } from "./progress";

/** Why a file was not imported, in a sentence that also says nothing changed. */
export function describeReadProblem(result: ReadProblem): string {
  const why =
    result.problem === "not-json"
      ? "This file is not JSON, so it is not saved progress."
      : result.problem === "not-progress"
        ? "This JSON file is not progress saved by this site."
        : result.problem === "no-version"
          ? "This progress file has no valid version."
          : result.problem === "future"
            ? `This progress comes from a newer version of the site (version ${result.version}); this one reads up to version ${PROGRESS_VERSION}.`
            : `This progress file is damaged: ${result.detail}.`;
  return `${why} Nothing was changed.`;
}
