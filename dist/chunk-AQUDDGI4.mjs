import { createRequire as __driftgateCreateRequire } from "node:module";
import { fileURLToPath as __driftgateFileURLToPath } from "node:url";
const require = __driftgateCreateRequire(import.meta.url);
const __driftgateFilename = __driftgateFileURLToPath(import.meta.url);
const __driftgateDirname = __driftgateFileURLToPath(new URL(".", import.meta.url));
import{ENV_ACCOUNT_ID,ENV_CREDENTIAL_SCOPE,ENV_EXPIRATION,ENV_KEY,ENV_SECRET,ENV_SESSION,fromEnv}from"./chunk-PKYAC537.mjs";import"./chunk-B7LNL5XA.mjs";import"./chunk-X3FJH7VN.mjs";import"./chunk-SXE22LIP.mjs";import"./chunk-EYYF53MC.mjs";import"./chunk-QWISOV5C.mjs";import"./chunk-XCF3W5KA.mjs";import"./chunk-W3RQYNIA.mjs";export{ENV_ACCOUNT_ID,ENV_CREDENTIAL_SCOPE,ENV_EXPIRATION,ENV_KEY,ENV_SECRET,ENV_SESSION,fromEnv};
