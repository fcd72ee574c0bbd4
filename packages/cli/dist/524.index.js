export const id = 524;
export const ids = [524];
export const modules = {

/***/ 87524:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   githubClient: () => (/* binding */ githubClient)
/* harmony export */ });
/* unused harmony exports runContext, headSha */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61351);
/**
 * GitHub access for every action: an Octokit from @actions/github (which honours GITHUB_API_URL, so
 * GitHub Enterprise Server and the tests' loopback fakes work), and the run context read from the
 * runner's environment.
 */


function githubClient(token) {
    // @actions/github reads GITHUB_API_URL itself; pass it explicitly too so a changed env is honoured.
    const baseUrl = process.env.GITHUB_API_URL || 'https://api.github.com';
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .getOctokit */ .Q)(token, { baseUrl });
}
/** Read the run context from the environment the runner sets (no @actions/github context caching). */
function runContext(env = process.env) {
    let payload = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
        }
        catch {
            payload = {};
        }
    }
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const server = env.GITHUB_SERVER_URL || 'https://github.com';
    const ctx = { payload };
    if (owner && repo)
        ctx.repository = { owner, repo };
    if (env.GITHUB_EVENT_NAME)
        ctx.eventName = env.GITHUB_EVENT_NAME;
    if (env.GITHUB_SHA)
        ctx.sha = env.GITHUB_SHA;
    if (env.GITHUB_REF)
        ctx.ref = env.GITHUB_REF;
    if (env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID)
        ctx.runUrl = `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
    const pr = payload.pull_request?.number ?? (env.GITHUB_EVENT_NAME?.startsWith('pull_request') ? payload.number : undefined);
    if (typeof pr === 'number')
        ctx.pullRequest = pr;
    return ctx;
}
/** The head commit SHA of the run: the PR head on pull_request events (GITHUB_SHA is the merge commit there). */
function headSha(ctx) {
    return ctx.payload.pull_request?.head?.sha ?? ctx.sha;
}
//# sourceMappingURL=client.js.map

/***/ })

};
