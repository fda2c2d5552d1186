/**
 * QR codes for printed pages, drawn at build time as inline SVG: no script, no image request, and
 * nothing the Content-Security-Policy would block (the SVG carries presentation attributes only,
 * never a `style` attribute or element).
 */
import QRCode from 'qrcode';

/**
 * An SVG QR code that opens `url`, named for assistive technology by `label`. Medium error
 * correction survives a smudged or creased printout; the quiet zone around it is left to CSS.
 */
export async function qrCodeSvg(url: string, label: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 0 });
  if (/\sstyle=|<style/i.test(svg)) throw new Error('The QR code library emitted inline styles, which the Content-Security-Policy blocks.');
  return svg.replace('<svg ', `<svg class="qr-code" role="img" aria-label="${escapeAttribute(label)}" `);
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
