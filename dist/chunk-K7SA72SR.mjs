import { createRequire as __driftgateCreateRequire } from "node:module";
import { fileURLToPath as __driftgateFileURLToPath } from "node:url";
const require = __driftgateCreateRequire(import.meta.url);
const __driftgateFilename = __driftgateFileURLToPath(import.meta.url);
const __driftgateDirname = __driftgateFileURLToPath(new URL(".", import.meta.url));
var referInput=name=>`Input "${name}"`;function flagName(spec){return spec.flag??spec.name}function staticDefault(spec){return spec.default===void 0||spec.default.includes("${{")||spec.recorded?void 0:spec.default}function actionInputs(specs){return specs.filter(s=>s.only!=="cli")}function cliOptions(specs){return specs.filter(s=>s.only!=="action")}function pickInputs(specs,names){return names.map(n=>{let found=specs.find(s=>s.name===n);if(!found)throw new Error(`no input ${n}`);return found})}export{referInput,flagName,staticDefault,actionInputs,cliOptions,pickInputs};
