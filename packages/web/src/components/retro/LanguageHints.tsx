import { LEARNED_RULE, reviewLanguage } from '@firebreak/shared/language/index.ts';
import { Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconMessageExclamation, IconSparkles } from '@tabler/icons-react';
import { useMemo } from 'react';

export type Finding = { start: number; end: number; rule: string; message: string; suggestion: string };

/** The words around a finding, with the flagged part underlined (wavy, plus an icon: colour is never the only signal). */
function Excerpt({ text, f }: { text: string; f: Finding }) {
  const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, f.start - 30)) + 1);
  // Cut at word boundaries, so the excerpt never ends mid-word.
  const next = text.indexOf(' ', f.end + 30);
  const to = next === -1 ? text.length : next;
  return (
    <Text span size="sm">
      {from > 0 && '…'}
      {text.slice(from, f.start)}
      <mark className="fb-retro-flag">{text.slice(f.start, f.end)}</mark>
      {text.slice(f.end, to)}
      {to < text.length && '…'}
    </Text>
  );
}

/** A finding of the server's learned layer (a model over whole sentences), not of a word rule. */
export const isLearned = (f: Pick<Finding, 'rule'>): boolean => f.rule === LEARNED_RULE;

/**
 * Findings of the blame-aware review for a text, as a list under the field. The server's findings can
 * include the learned layer's (a whole sentence, `blame_learned`): those say so, with their own icon.
 */
export function FindingList({ text, findings, label }: { text: string; findings: Finding[]; label: string }) {
  if (findings.length === 0) return null;
  return (
    <Stack gap={4} className="fb-retro-findings" component="ul" aria-label={label} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {findings.map((f) => (
        <li key={`${f.start}-${f.rule}`} className="fb-retro-finding">
          {isLearned(f) ? (
            <IconSparkles size={14} aria-hidden style={{ flex: 'none', marginTop: 3 }} />
          ) : (
            <IconMessageExclamation size={14} aria-hidden style={{ flex: 'none', marginTop: 3 }} />
          )}
          <div>
            <Excerpt text={text} f={f} />
            {isLearned(f) && (
              <Text size="xs" fw={600}>
                Flagged by the learned review
              </Text>
            )}
            <Text size="xs">
              {f.message}
              {f.suggestion && (
                <>
                  {' '}
                  <Text span size="xs" fw={600}>
                    Try:
                  </Text>{' '}
                  {f.suggestion}
                </>
              )}
            </Text>
          </div>
        </li>
      ))}
    </Stack>
  );
}

/**
 * The blame-aware language review while typing: the shared analyzer runs in the browser, debounced,
 * so findings appear within a moment of writing a sentence and never slow the typing itself. These
 * are the rules only; the server's learned review reads the text once it is saved.
 */
export function LanguageHints({ text, label = 'Language review' }: { text: string; label?: string }) {
  const [debounced] = useDebouncedValue(text, 250);
  const findings = useMemo(() => (debounced.trim() ? reviewLanguage(debounced) : []), [debounced]);
  return (
    <div aria-live="polite">
      {findings.length > 0 && (
        <Text size="xs" fw={600} mb={2}>
          {findings.length === 1 ? '1 wording to reconsider' : `${findings.length} wordings to reconsider`} (blame-aware review)
        </Text>
      )}
      <FindingList text={debounced} findings={findings} label={label} />
    </div>
  );
}
