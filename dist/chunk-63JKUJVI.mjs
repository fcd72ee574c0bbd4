import { createRequire as __driftgateCreateRequire } from "node:module";
import { fileURLToPath as __driftgateFileURLToPath } from "node:url";
const require = __driftgateCreateRequire(import.meta.url);
const __driftgateFilename = __driftgateFileURLToPath(import.meta.url);
const __driftgateDirname = __driftgateFileURLToPath(new URL(".", import.meta.url));
import{basename}from"node:path";var githubArtifactUploader={async upload(name,files,rootDirectory){if(!process.env.ACTIONS_RUNTIME_TOKEN)return{skipped:"not running on a GitHub Actions runner (ACTIONS_RUNTIME_TOKEN is not set)"};let{DefaultArtifactClient}=await import("./chunk-ZQVQOPLA.mjs"),res=await new DefaultArtifactClient().uploadArtifact(name,files,rootDirectory,{retentionDays:90});return res.id===void 0?{}:{id:res.id}}};function memoryArtifactUploader(){let uploads=[];return{uploads,async upload(name,files){return uploads.push({name,files:files.map(f=>basename(f))}),{id:uploads.length}}}}export{githubArtifactUploader,memoryArtifactUploader};
