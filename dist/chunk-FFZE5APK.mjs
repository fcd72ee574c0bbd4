import { createRequire as __driftgateCreateRequire } from "node:module";
import { fileURLToPath as __driftgateFileURLToPath } from "node:url";
const require = __driftgateCreateRequire(import.meta.url);
const __driftgateFilename = __driftgateFileURLToPath(import.meta.url);
const __driftgateDirname = __driftgateFileURLToPath(new URL(".", import.meta.url));
function fmt(v,digits=3){return v===null?"n/a":Number.isFinite(v)?Number(v.toPrecision(digits)).toString():String(v)}function formatPercent(v,digits=1){if(v==null||Number.isNaN(v))return"\u2014";if(v>=10)return"> +1000%";if(v<=-10)return"< -1000%";let s=(v*100).toFixed(digits);return`${v>0?"+":""}${s}%`}function pct(v){return formatPercent(v,Math.abs(v)<.1?1:0)}function formatFactor(k){return k<2?k.toFixed(1):String(Math.ceil(k))}export{fmt,formatPercent,pct,formatFactor};
