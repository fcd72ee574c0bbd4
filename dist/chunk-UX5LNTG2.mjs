import { createRequire as __driftgateCreateRequire } from "node:module";
import { fileURLToPath as __driftgateFileURLToPath } from "node:url";
const require = __driftgateCreateRequire(import.meta.url);
const __driftgateFilename = __driftgateFileURLToPath(import.meta.url);
const __driftgateDirname = __driftgateFileURLToPath(new URL(".", import.meta.url));
import{alternateKey,awsRegion,describeS3Error,encryptedPut,isRetryable,keySegment,listKeys,parseS3Uri,putWriteOnce,s3Client,s3Sdk,s3Uri,sendPut,sha256Base64,withRetry}from"./chunk-U3XXVKJR.mjs";import"./chunk-SZBFKW6B.mjs";import"./chunk-JP5E6GP6.mjs";import"./chunk-XCF3W5KA.mjs";import"./chunk-LK4SNDLB.mjs";import"./chunk-2G3MWE4U.mjs";import"./chunk-W3RQYNIA.mjs";export{alternateKey,awsRegion,describeS3Error,encryptedPut,isRetryable,keySegment,listKeys,parseS3Uri,putWriteOnce,s3Client,s3Sdk,s3Uri,sendPut,sha256Base64,withRetry};
