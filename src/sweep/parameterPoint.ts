import type { Scalar } from '../model/theater.js';

/** One grid point: parameter name -> value (docs/sweeps.md "Parameters"). Its own module, so browser code can use it. */
export type ParameterPoint = Readonly<Record<string, Scalar>>;
