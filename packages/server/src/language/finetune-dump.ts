// The corpus as the learned layer reads it, for the fine-tuning probe in tools/finetune (docs/language-review.md,
// "After round 37: fine-tuning the encoder"):
//   npx node packages/server/src/language/finetune-dump.ts [--plain] [file]     (default /tmp/finetune-dump.json)
// Each item of the training splits (with its author group) and of the dev sets not trained on (group −1): its label,
// whether the rules (after the committed veto) flag it, and its sentences (masked, rule features, whether the layer
// reads them, the committed model's score, and (round 43) the score of its models on the shipped encoder alone, the
// blend's other half: `shipped`). `--plain` (round 40) adds plain text the corpus lacks (plain-text.ts),
// each source an author group of its own after the corpus's, every item labelled not blameful. Prints counts only.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type CorpusItem, DEV_PARTS } from '@firebreak/shared/language/corpus.ts';
import { scoreItems } from './evaluate-learned.ts';
import { isCandidate, scoreShipped } from './learned.ts';
import { docSources, similaritySources } from './plain-text.ts';
import { AUTHOR_GROUPS, DEV_TRAINED_SINCE, TRAINING_SPLITS } from './training-splits.ts';

const { values: flags, positionals } = parseArgs({ options: { plain: { type: 'boolean', default: false } }, allowPositionals: true });
const file = positionals[0] ?? '/tmp/finetune-dump.json';
const items: unknown[] = [];
async function add(split: string, group: number, list: readonly CorpusItem[]) {
  const scored = await scoreItems({ embeddings: true }, list);
  const shipped = await scoreShipped(
    { embeddings: true },
    scored.flatMap((s) => s.sentences),
  );
  let at = 0;
  for (const [i, s] of scored.entries())
    items.push({
      split,
      group,
      blameful: list[i].blameful,
      rules: s.rules,
      sentences: s.sentences.map((x, k) => ({
        masked: x.masked,
        features: x.features,
        candidate: isCandidate(x),
        score: s.scores[k] ?? null,
        shipped: shipped[at++] ?? null,
      })),
    });
}
for (const [name, list] of Object.entries(TRAINING_SPLITS))
  await add(
    name,
    AUTHOR_GROUPS.findIndex((g) => g.includes(name)),
    list,
  );
const plain = flags.plain ? [...similaritySources(), ...docSources()] : [];
for (const [i, source] of plain.entries()) await add(`plain ${source.name}`, AUTHOR_GROUPS.length + i, source.items);
const fresh = (Object.keys(DEV_PARTS) as (keyof typeof DEV_PARTS)[]).filter((part) => !(part.slice(0, 2) in DEV_TRAINED_SINCE));
for (const part of fresh) await add(`fresh ${part}`, -1, DEV_PARTS[part].items);
writeFileSync(file, JSON.stringify({ items }));
console.log(`${items.length} items (plain: ${plain.length} sources; fresh: dev ${fresh.join(', ')}) written to ${file}`);
