import { type MouseEvent, memo } from 'react';
import { markdownToHtml } from '../lib/markdown.ts';

// Text without markdown syntax skips the parser: most war-room messages are one plain line.
const MARKUP = /[*_`#>[\]|~<&]|^\s*([-+]|\d+\.)\s|\n\s*\n|https?:\/\/|www\./m;

// Links in user text open in a new tab, so the incident page stays open.
const openOutside = (e: MouseEvent<HTMLDivElement>) => {
  const a = (e.target as HTMLElement).closest('a');
  if (!a || e.defaultPrevented || e.button !== 0) return;
  e.preventDefault();
  window.open(a.href, '_blank', 'noopener,noreferrer');
};

/** User text rendered as markdown, safely (see markdownToHtml); plain text skips the parser. */
export const Markdown = memo(function Markdown({ children }: { children: string }) {
  if (!MARKUP.test(children)) return <div className="fb-md fb-md-plain">{children}</div>;
  return (
    // biome-ignore lint/security/noDangerouslySetInnerHtml: micromark output is safe by default (no raw HTML, no dangerous protocols)
    // biome-ignore lint/a11y/noStaticElementInteractions: delegated handler for the links inside, which are focusable and fire click on Enter
    // biome-ignore lint/a11y/useKeyWithClickEvents: same: the keyboard reaches the links themselves
    <div className="fb-md" onClick={openOutside} dangerouslySetInnerHTML={{ __html: markdownToHtml(children) }} />
  );
});
