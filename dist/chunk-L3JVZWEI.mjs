import { createRequire as __driftgateCreateRequire } from "node:module";
import { fileURLToPath as __driftgateFileURLToPath } from "node:url";
const require = __driftgateCreateRequire(import.meta.url);
const __driftgateFilename = __driftgateFileURLToPath(import.meta.url);
const __driftgateDirname = __driftgateFileURLToPath(new URL(".", import.meta.url));
import{DEFAULT_REQUEST_TIMEOUT,NodeHttp2Handler,NodeHttpHandler}from"./chunk-PDSVII3F.mjs";import"./chunk-EYYF53MC.mjs";import{streamCollector}from"./chunk-QWISOV5C.mjs";import"./chunk-XCF3W5KA.mjs";import"./chunk-W3RQYNIA.mjs";export{DEFAULT_REQUEST_TIMEOUT,NodeHttp2Handler,NodeHttpHandler,streamCollector};
