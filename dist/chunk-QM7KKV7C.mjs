import { createRequire as __driftgateCreateRequire } from "node:module";
import { fileURLToPath as __driftgateFileURLToPath } from "node:url";
const require = __driftgateCreateRequire(import.meta.url);
const __driftgateFilename = __driftgateFileURLToPath(import.meta.url);
const __driftgateDirname = __driftgateFileURLToPath(new URL(".", import.meta.url));
function sourceSettings(v,region){return{prometheusUrl:v["prometheus-url"],prometheusHeaders:v["prometheus-headers"],ampWorkspaceId:v["amp-workspace-id"],ampEndpoint:v["amp-endpoint"],awsRegion:v["aws-region"]??region,metricsFile:v["metrics-file"]}}export{sourceSettings};
