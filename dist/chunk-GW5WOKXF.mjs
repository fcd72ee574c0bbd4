import { createRequire as __driftgateCreateRequire } from "node:module";
import { fileURLToPath as __driftgateFileURLToPath } from "node:url";
const require = __driftgateCreateRequire(import.meta.url);
const __driftgateFilename = __driftgateFileURLToPath(import.meta.url);
const __driftgateDirname = __driftgateFileURLToPath(new URL(".", import.meta.url));
import{require_dist}from"./chunk-QO3KMYQO.mjs";import"./chunk-W3RQYNIA.mjs";var m=require_dist(),dist_default=m,e0=m.Agent,e1=m.__esModule,e2=m.json,e3=m.req,e4=m.toBuffer;export{e0 as Agent,e1 as __esModule,dist_default as default,e2 as json,e3 as req,e4 as toBuffer};
