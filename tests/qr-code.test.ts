import { describe, expect, it } from 'vitest';
import { qrCodeSvg } from '../src/lib/site/qr-code.ts';

const url = 'https://example.org/credentials/facilitating-project-based-learning/';

describe('qrCodeSvg()', () => {
  it('draws an SVG element with presentation attributes only, no inline style', async () => {
    const svg = await qrCodeSvg(url, 'QR code');
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 \d+ \d+"/);
    expect(svg.trim()).toMatch(/<\/svg>$/);
    expect(svg).toMatch(/<path [^>]*d="M/);
    expect(svg).not.toMatch(/\sstyle=|<style/i);
    expect(svg).not.toMatch(/<script/i);
  });

  it('gives the code an accessible name, escaped for the attribute', async () => {
    const svg = await qrCodeSvg(url, 'QR code for "A & B"');
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-label="QR code for &quot;A &amp; B&quot;"');
  });

  it('draws a different code for a different address, and the same code for the same one', async () => {
    const other = url.replace('facilitating-project-based-learning', 'pe-robotics-foundations');
    expect(await qrCodeSvg(url, 'QR code')).not.toBe(await qrCodeSvg(other, 'QR code'));
    expect(await qrCodeSvg(url, 'QR code')).toBe(await qrCodeSvg(url, 'QR code'));
  });
});
