import { test } from 'vitest';
import { z } from 'zod';
import { condition, selector, distribution } from '../../src/scenario/schemaParts.js';
test('x', () => {
  console.log(JSON.stringify(z.toJSONSchema(z.object({ c: condition, s: selector, d: distribution }), { target: 'draft-07' }), null, 1).slice(0, 3000));
  console.log(JSON.stringify(condition.safeParse({ defcon: { 'at-lest': 3 }, any: [{ x: 1 }, 'sometimes'] }).error?.issues, null, 1));
});
