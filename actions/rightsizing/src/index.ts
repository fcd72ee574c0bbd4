// The runner's entry (action.yml runs.main, through the bundle): run() of main.ts, which @github/local-action calls too.
import { run } from './main.js';

await run();
