// Run by `npm version`: writes package.json's version into src/shared/version.ts.
import { readFileSync, writeFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const file = 'src/shared/version.ts';
writeFileSync(file, readFileSync(file, 'utf8').replace(/VERSION = '[^']*'/, `VERSION = '${version}'`));
console.log(`${file}: ${version}`);
