import { ensureInstalled, writeStarlightSite, STARLIGHT_DIR } from "./starlight.mjs";
import { timeColdWarm } from "./build.mjs";
console.log(await ensureInstalled(STARLIGHT_DIR));
writeStarlightSite("/work/main", STARLIGHT_DIR);
console.log(await timeColdWarm(STARLIGHT_DIR));
