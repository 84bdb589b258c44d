import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RichText } from '../../src/components/RichText';
import { sanitizeRichText } from '../../src/components/sanitizeRichText';

describe('sanitizeRichText', () => {
  it('keeps paragraphs, emphasis, lists, quotations and safe links', () => {
    const html = sanitizeRichText(
      '<p>A <em>b</em> <strong>c</strong></p><ul><li>x</li></ul><blockquote>q</blockquote><a href="https://example.org/">link</a>',
    );
    expect(html).toBe(
      '<p>A <em>b</em> <strong>c</strong></p><ul><li>x</li></ul><blockquote>q</blockquote><a href="https://example.org/" target="_blank" rel="noopener noreferrer">link</a>',
    );
  });

  it.each([
    ['<img src=x onerror="alert(1)">', ''],
    ['<script>alert(1)</script>ok', 'ok'],
    ['<a href="javascript:alert(1)">x</a>', '<a>x</a>'],
    ['<a href=" JaVaScRiPt:alert(1)">x</a>', '<a>x</a>'],
    ['<p onclick="alert(1)" style="color:red">x</p>', '<p>x</p>'],
    ['<iframe src="https://evil.example"></iframe>y', 'y'],
    ['<svg><script>alert(1)</script></svg>z', 'z'],
    ['<a href="data:text/html,<script>alert(1)</script>">d</a>', '<a>d</a>'],
  ])('removes what could run or load: %s', (input, expected) => {
    expect(sanitizeRichText(input)).toBe(expected);
  });

  it('keeps mailto links', () => {
    expect(sanitizeRichText('<a href="mailto:a@example.org">m</a>')).toContain(
      'href="mailto:a@example.org"',
    );
  });

  it('renders the sanitised HTML, not the payload', () => {
    const { container } = render(<RichText html={'<p>hi</p><img src=x onerror="alert(1)">'} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toBe('hi');
  });
});
