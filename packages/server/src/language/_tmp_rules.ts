import { reviewLanguage } from '@firebreak/shared';
import { CORPUS } from '@firebreak/shared/language/corpus.ts';
import { TRAINING_SPLITS } from './training-splits.ts';
import { writeFileSync, readFileSync, existsSync } from 'node:fs';
const all = [...Object.values(TRAINING_SPLITS).flat(), ...CORPUS.filter((i) => i.split === 'dev')];
const out = all.map((i) => `${i.blameful ? 'B' : 'n'} ${reviewLanguage(i.text).length > 0 ? 1 : 0} ${i.text}`);
const f = '/tmp/r6/rules-' + process.argv[2] + '.txt';
writeFileSync(f, out.join('\n'));
