import type { SnippetPart } from '@firebreak/shared';

/** A search snippet: the words the query found are marked (text only, never HTML from the server). */
export function Snippet({ parts }: { parts: SnippetPart[] }) {
  return (
    <>
      {parts.map((p, i) =>
        p.match ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are a fixed sequence of one snippet
          <mark key={i} className="fb-snippet-mark">
            {p.text}
          </mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are a fixed sequence of one snippet
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}
