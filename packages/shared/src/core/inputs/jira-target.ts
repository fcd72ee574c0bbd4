/** The jira-* inputs an action that files tickets takes (post-deploy-verify, finops-report), as one target. */

export interface JiraTicketInputs {
  'jira-url'?: string | undefined;
  'jira-token'?: string | undefined;
  'jira-project'?: string | undefined;
  'jira-user'?: string | undefined;
  'jira-issue-type': string;
}

/** The Jira project tickets go to: given only with all of jira-url, jira-token and jira-project. */
export function jiraTicketTarget(
  inputs: JiraTicketInputs,
): { url: string; token: string; project: string; user?: string; issueType: string } | undefined {
  const { 'jira-url': url, 'jira-token': token, 'jira-project': project, 'jira-user': user } = inputs;
  if (!url || !token || !project) return undefined;
  return { url, token, project, ...(user ? { user } : {}), issueType: inputs['jira-issue-type'] };
}
