import * as core from '@actions/core';
import { hello } from '@driftgate/shared';

core.info(hello());
core.setOutput('verdict', 'pass');
