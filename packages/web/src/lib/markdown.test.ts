import { describe, expect, it } from 'vitest';
import { markdownToHtml } from './markdown.ts';

describe('markdownToHtml', () => {
  it('never passes raw HTML through', () => {
    const html = markdownToHtml('hi <img src=x onerror="alert(1)"> <script>alert(2)</script>');
    expect(html).not.toMatch(/<img|<script/);
    expect(html).toContain('&lt;script&gt;');
  });
  it('drops dangerous link protocols', () => {
    expect(markdownToHtml('[click](javascript:alert(1))')).not.toContain('javascript:');
    expect(markdownToHtml('[x](data:text/html,<b>)')).not.toContain('data:');
  });
  it('links bare URLs and keeps formatting', () => {
    const html = markdownToHtml('see https://grafana.example.com/d/1 and **bold** `code`');
    expect(html).toContain('<a href="https://grafana.example.com/d/1">');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<code>code</code>');
  });
  it('demotes headings so user text cannot add page headings', () => {
    expect(markdownToHtml('# Big')).toBe('<p class="fb-md-h">Big</p>');
  });
});
