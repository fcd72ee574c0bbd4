import { createRequire as __driftgateCreateRequire } from "node:module";
import { fileURLToPath as __driftgateFileURLToPath } from "node:url";
const require = __driftgateCreateRequire(import.meta.url);
const __driftgateFilename = __driftgateFileURLToPath(import.meta.url);
const __driftgateDirname = __driftgateFileURLToPath(new URL(".", import.meta.url));
import{refuseControlCharacters}from"./chunk-BWJWRMYG.mjs";import{ConfigurationError}from"./chunk-2G3MWE4U.mjs";var OWNER=/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/,NAME=/^[A-Za-z0-9._-]{1,100}$/;function parseRepository(text,what){let value=text.trim();refuseControlCharacters(value,what);let[owner,repo,...rest]=value.split("/"),problem=owner===void 0||repo===void 0?"has no owner":rest.length?'has more than one "/"':OWNER.test(owner)?!NAME.test(repo)||repo==="."||repo===".."?"has a repository name GitHub does not allow":void 0:"has an owner that is not a GitHub user or organization name";if(problem||owner===void 0||repo===void 0)throw new ConfigurationError(`${what} is ${JSON.stringify(value)}: it ${problem}. Expected owner/name, such as acme/shop.`);return{owner,repo}}export{parseRepository};
