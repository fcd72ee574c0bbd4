import { createRequire as __driftgateCreateRequire } from "node:module";
import { fileURLToPath as __driftgateFileURLToPath } from "node:url";
const require = __driftgateCreateRequire(import.meta.url);
const __driftgateFilename = __driftgateFileURLToPath(import.meta.url);
const __driftgateDirname = __driftgateFileURLToPath(new URL(".", import.meta.url));
import{MAX_PAGES,githubClient,headSha,runContextOf}from"./chunk-USFVLGFP.mjs";import"./chunk-OE6LPIKX.mjs";import"./chunk-JOWGZHRY.mjs";import"./chunk-EHOQLXJ4.mjs";import"./chunk-CXH5TEN4.mjs";import"./chunk-LK4SNDLB.mjs";import"./chunk-AYRA6TQV.mjs";import"./chunk-73LRQI6C.mjs";import"./chunk-W3RQYNIA.mjs";export{MAX_PAGES,githubClient,headSha,runContextOf};
