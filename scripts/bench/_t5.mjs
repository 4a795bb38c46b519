import { benchScale } from "./scale.mjs";
for (const n of process.argv.slice(2).map(Number)) console.log(await benchScale("/work/main", n, 0));
