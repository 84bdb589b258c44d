/**
 * Draws an SVG document into a canvas and returns it as a PNG, at `pixelRatio` × its size.
 * The SVG goes in through a `data:` URL: the page's CSP allows images from 'self' and data:
 * only (not blob:), and nothing touches the network. The exported SVG references nothing
 * outside itself, so the canvas is never tainted.
 */
export const PNG_PIXEL_RATIO = 2;

export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

function loadImage(src: string, width: number, height: number): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image(width, height);
    img.decoding = 'async';
    img.onload = () => {
      resolve(img);
    };
    img.onerror = () => {
      reject(new Error('the browser could not draw the picture'));
    };
    img.src = src;
  });
}

export async function rasterizeSvg(
  svg: string,
  width: number,
  height: number,
  pixelRatio = PNG_PIXEL_RATIO,
  type: 'image/png' | 'image/jpeg' = 'image/png',
): Promise<Blob> {
  const img = await loadImage(svgDataUrl(svg), width, height);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * pixelRatio);
  canvas.height = Math.round(height * pixelRatio);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw on a canvas');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  // Drawn at the target size, so the vector picture is rasterised sharp, not upscaled.
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => {
        if (blob) resolve(blob);
        else reject(new Error('the browser could not encode the picture'));
      },
      type,
      0.92,
    );
  });
}
