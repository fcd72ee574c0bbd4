import { createRequire as __driftgateCreateRequire } from "node:module";
import { fileURLToPath as __driftgateFileURLToPath } from "node:url";
const require = __driftgateCreateRequire(import.meta.url);
const __driftgateFilename = __driftgateFileURLToPath(import.meta.url);
const __driftgateDirname = __driftgateFileURLToPath(new URL(".", import.meta.url));
import{__require}from"./chunk-W3RQYNIA.mjs";var m,load=()=>m??=__require("node:child_process");function exec(...args){return load().exec(...args)}function execFile(...args){return load().execFile(...args)}export{exec,execFile};
