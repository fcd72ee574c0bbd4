import { createRequire as __driftgateCreateRequire } from "node:module";
import { fileURLToPath as __driftgateFileURLToPath } from "node:url";
const require = __driftgateCreateRequire(import.meta.url);
const __driftgateFilename = __driftgateFileURLToPath(import.meta.url);
const __driftgateDirname = __driftgateFileURLToPath(new URL(".", import.meta.url));
function jiraTicketTarget(inputs){let{"jira-url":url,"jira-token":token,"jira-project":project,"jira-user":user}=inputs;if(!(!url||!token||!project))return{url,token,project,...user?{user}:{},issueType:inputs["jira-issue-type"]}}export{jiraTicketTarget};
