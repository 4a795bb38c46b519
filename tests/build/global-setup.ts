import { ensureFreshBuild } from "../../scripts/fresh-build.mjs";

/** The build tests read dist/: they get a build of the sources as they are, or fail saying why. */
export default function setup() {
  ensureFreshBuild();
}
