import { hello } from '@driftgate/shared';

console.log(hello());
