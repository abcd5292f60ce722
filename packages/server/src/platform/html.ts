/** Text into HTML (mail bodies, server-rendered pages): the five characters that can break out. */
export const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/** One line of text (subjects, headers): line breaks and tabs become one space. */
export const oneLine = (s: string) => s.replace(/[\r\n\t]+/g, ' ').trim();
