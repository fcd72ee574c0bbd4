import { createRequire as __driftgateCreateRequire } from "node:module";
import { fileURLToPath as __driftgateFileURLToPath } from "node:url";
const require = __driftgateCreateRequire(import.meta.url);
const __driftgateFilename = __driftgateFileURLToPath(import.meta.url);
const __driftgateDirname = __driftgateFileURLToPath(new URL(".", import.meta.url));
import{SIGNING_ALGORITHMS,isSigningAlgorithm,kmsClient,publicKeys,signText,verifyText}from"./chunk-MEIMJ22Q.mjs";import"./chunk-U3XXVKJR.mjs";import"./chunk-SZBFKW6B.mjs";import"./chunk-JP5E6GP6.mjs";import"./chunk-XCF3W5KA.mjs";import"./chunk-LK4SNDLB.mjs";import"./chunk-2G3MWE4U.mjs";import"./chunk-W3RQYNIA.mjs";export{SIGNING_ALGORITHMS,isSigningAlgorithm,kmsClient,publicKeys,signText,verifyText};
