/**
 * Property tests run from a fixed seed, so `npm test` (and CI) gives the same verdict every time;
 * FC_SEED=<number> explores another part of the input space (a failure prints the seed to replay).
 */
import fc from 'fast-check';

const DEFAULT_SEED = 20261122;

fc.configureGlobal({ seed: process.env.FC_SEED ? Number(process.env.FC_SEED) : DEFAULT_SEED });
