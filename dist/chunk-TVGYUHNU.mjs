import { createRequire as __driftgateCreateRequire } from "node:module";
import { fileURLToPath as __driftgateFileURLToPath } from "node:url";
const require = __driftgateCreateRequire(import.meta.url);
const __driftgateFilename = __driftgateFileURLToPath(import.meta.url);
const __driftgateDirname = __driftgateFileURLToPath(new URL(".", import.meta.url));
import{require_dist}from"./chunk-WDVHIBKB.mjs";import"./chunk-HG2JL32P.mjs";import"./chunk-QO3KMYQO.mjs";import"./chunk-W3RQYNIA.mjs";var m=require_dist(),dist_default=m,e0=m.HttpsProxyAgent,e1=m.__esModule;export{e0 as HttpsProxyAgent,e1 as __esModule,dist_default as default};
