import { micromark } from 'micromark';
import { gfmAutolinkLiteral, gfmAutolinkLiteralHtml } from 'micromark-extension-gfm-autolink-literal';

/**
 * Markdown → HTML, safely: micromark escapes raw HTML and drops dangerous link protocols
 * (javascript:, data:, vbscript:) unless told otherwise, and we never tell it otherwise. Bare URLs
 * become links; headings are demoted so user text cannot break the page's heading outline.
 */
export function markdownToHtml(text: string): string {
  return micromark(text, { extensions: [gfmAutolinkLiteral()], htmlExtensions: [gfmAutolinkLiteralHtml()] }).replace(
    /<(\/?)h[1-6]>/g,
    (_m, close: string) => (close ? '</p>' : '<p class="fb-md-h">'),
  );
}
