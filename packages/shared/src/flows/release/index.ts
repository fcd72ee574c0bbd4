/** @driftgate/shared/release: release ticket and release evidence (Jira attachments, GitHub release assets). */
export * from './release-evidence.js';
export * from './release-publish.js';
export * from './release-ticket.js';
