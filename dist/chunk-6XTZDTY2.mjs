import { createRequire as __driftgateCreateRequire } from "node:module";
import { fileURLToPath as __driftgateFileURLToPath } from "node:url";
const require = __driftgateCreateRequire(import.meta.url);
const __driftgateFilename = __driftgateFileURLToPath(import.meta.url);
const __driftgateDirname = __driftgateFileURLToPath(new URL(".", import.meta.url));
import{MAX_PAGES,githubClient,headSha,runContextOf}from"./chunk-NMV7PEYC.mjs";import"./chunk-OE6LPIKX.mjs";import"./chunk-JOWGZHRY.mjs";import"./chunk-EHOQLXJ4.mjs";import"./chunk-4VYXLNLO.mjs";import"./chunk-LK4SNDLB.mjs";import"./chunk-4YEWHF3O.mjs";import"./chunk-MC5S7U25.mjs";import"./chunk-W3RQYNIA.mjs";export{MAX_PAGES,githubClient,headSha,runContextOf};
