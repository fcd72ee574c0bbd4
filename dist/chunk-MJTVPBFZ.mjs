import { createRequire as __driftgateCreateRequire } from "node:module";
import { fileURLToPath as __driftgateFileURLToPath } from "node:url";
const require = __driftgateCreateRequire(import.meta.url);
const __driftgateFilename = __driftgateFileURLToPath(import.meta.url);
const __driftgateDirname = __driftgateFileURLToPath(new URL(".", import.meta.url));
import{appendEntry,listEntryKeys,readLine,verifyLog}from"./chunk-IZ5ZI2XR.mjs";import"./chunk-GTRTHPIO.mjs";import"./chunk-GWSZAIR3.mjs";import"./chunk-2CBPDFIB.mjs";import"./chunk-SZBFKW6B.mjs";import"./chunk-JP5E6GP6.mjs";import"./chunk-XCF3W5KA.mjs";import"./chunk-LK4SNDLB.mjs";import"./chunk-MC5S7U25.mjs";import"./chunk-W3RQYNIA.mjs";export{appendEntry,listEntryKeys,readLine,verifyLog};
