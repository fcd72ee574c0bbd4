import { createRequire as __driftgateCreateRequire } from "node:module";
import { fileURLToPath as __driftgateFileURLToPath } from "node:url";
const require = __driftgateCreateRequire(import.meta.url);
const __driftgateFilename = __driftgateFileURLToPath(import.meta.url);
const __driftgateDirname = __driftgateFileURLToPath(new URL(".", import.meta.url));
import{Field,Fields,getHttpHandlerExtensionConfiguration,resolveHttpHandlerRuntimeConfig}from"./chunk-EYYF53MC.mjs";import{HttpRequest,HttpResponse,isValidHostname}from"./chunk-QWISOV5C.mjs";import"./chunk-XCF3W5KA.mjs";import"./chunk-W3RQYNIA.mjs";export{Field,Fields,HttpRequest,HttpResponse,getHttpHandlerExtensionConfiguration,isValidHostname,resolveHttpHandlerRuntimeConfig};
