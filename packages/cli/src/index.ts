#!/usr/bin/env node
import { cli } from './main.js';

// The AWS SDK warns on Node < 22 that its releases after January 2027 will need it. The CLI runs the SDK bundled
// in dist/, whose version never changes under it; the warning would only bury the run's own output.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

process.exitCode = await cli(process.argv.slice(2));
