/** The Logger the library logs through when it runs inside a GitHub Action. */
import * as core from '@actions/core';
import type { Logger } from '../log.js';

export const actionLogger: Logger = {
  debug: (m) => core.debug(m),
  info: (m) => core.info(m),
  warning: (m) => core.warning(m),
  error: (m) => core.error(m),
  secret: (s) => {
    if (s) core.setSecret(s);
  },
  group: (title, fn) => core.group(title, fn),
};
