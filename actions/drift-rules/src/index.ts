import { runAction } from '@driftgate/shared/action/run';
import { main } from './main.js';

await runAction(main);
