/** @driftgate/shared/release: release ticket and release evidence (Jira attachments, GitHub release assets). */
export * from './evidence.js';
export * from './publish.js';
export * from './ticket.js';
