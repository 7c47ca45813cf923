// The PNG export: sigma draws on stacked canvases (WebGL edges and nodes, 2D labels); a synchronous render
// followed at once by a copy of every layer, bottom first, onto one white canvas gives the picture the user sees
// (WebGL buffers are only readable in the same task as the render).
import type Sigma from 'sigma';
import type { EdgeAttrs, NodeAttrs } from './graph.js';

export function compositeCanvas(
  renderer: Sigma<NodeAttrs, EdgeAttrs>,
  container: HTMLElement,
): HTMLCanvasElement {
  renderer.refresh();
  const layers = [...container.querySelectorAll('canvas')];
  const width = Math.max(0, ...layers.map((c) => c.width));
  const height = Math.max(0, ...layers.map((c) => c.height));
  const out = document.createElement('canvas');
  out.width = width;
  out.height = height;
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw on a 2D canvas.');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  for (const layer of layers)
    if (layer.width > 0 && layer.height > 0) ctx.drawImage(layer, 0, 0, width, height);
  return out;
}

export async function downloadPng(
  renderer: Sigma<NodeAttrs, EdgeAttrs>,
  container: HTMLElement,
  fileName: string,
): Promise<void> {
  const canvas = compositeCanvas(renderer, container);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The browser could not encode the picture.');
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
