import { createRequire as __driftgateCreateRequire } from "node:module";
import { fileURLToPath as __driftgateFileURLToPath } from "node:url";
const require = __driftgateCreateRequire(import.meta.url);
const __driftgateFilename = __driftgateFileURLToPath(import.meta.url);
const __driftgateDirname = __driftgateFileURLToPath(new URL(".", import.meta.url));
import{MAX_PAGES,githubClient,headSha,runContextOf}from"./chunk-I5L3SPZU.mjs";import"./chunk-OE6LPIKX.mjs";import"./chunk-JOWGZHRY.mjs";import"./chunk-EHOQLXJ4.mjs";import"./chunk-P2TQAG3J.mjs";import"./chunk-LK4SNDLB.mjs";import"./chunk-BWJWRMYG.mjs";import"./chunk-2G3MWE4U.mjs";import"./chunk-W3RQYNIA.mjs";export{MAX_PAGES,githubClient,headSha,runContextOf};
