import { createRequire as __driftgateCreateRequire } from "node:module";
import { fileURLToPath as __driftgateFileURLToPath } from "node:url";
const require = __driftgateCreateRequire(import.meta.url);
const __driftgateFilename = __driftgateFileURLToPath(import.meta.url);
const __driftgateDirname = __driftgateFileURLToPath(new URL(".", import.meta.url));
import{require_ajv}from"./chunk-FGYG7YVS.mjs";import"./chunk-W3RQYNIA.mjs";var m=require_ajv(),ajv_default=m,e0=m.Ajv,e1=m.CodeGen,e2=m.KeywordCxt,e3=m.MissingRefError,e4=m.Name,e5=m.ValidationError,e6=m._,e7=m.__esModule,e8=m.nil,e9=m.str,e10=m.stringify;export{e0 as Ajv,e1 as CodeGen,e2 as KeywordCxt,e3 as MissingRefError,e4 as Name,e5 as ValidationError,e6 as _,e7 as __esModule,ajv_default as default,e8 as nil,e9 as str,e10 as stringify};
