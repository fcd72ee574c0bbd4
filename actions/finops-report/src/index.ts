import { runAction } from '@driftgate/shared/action';
import { main } from './main.js';

await runAction(main);
