// Empties dist/ before a build so no stale entry or chunk ships.
import { rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
