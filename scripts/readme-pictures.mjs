#!/usr/bin/env node
// Takes the pictures in README's "For clinic websites" section again from the built widgets:
// docs/images/rls-symptom-card.png, twitch-redflag-check.png and spasm-relief-steps.png, each
// widget as a visitor sees it on a phone (390 px wide, 2x pixels, light colour scheme), set up as
// README's block for it (card `variant="compact"`, the twitching check at its first screen,
// cramp steps `mode="guided"`) with a neutral clinic's values.
//
//   npm run readme-pictures                   (bundles dist/ first)
//   node scripts/readme-pictures.mjs          (uses dist/ as it is)
//
// Each widget gets its own page, made here and served with the repository by
// scripts/lib/static-server.mjs, opened in Debian's Chromium (scripts/lib/browsers.mjs) through
// puppeteer-core. The picture is the widget with the page's 16 px margin around it; a widget
// taller than one phone screen (844 px) is cut in the last gap between blocks of text that fits,
// so the picture stays small and no line is cut in half. The page's default sans-serif, no
// animations (reduced motion), taken once the elements are defined, rendered and the fonts are
// ready: the same build gives the same pictures. They are written as palette PNGs (at most 128
// colours, like a screenshot run through pngquant) by the small encoder below: about a third of
// Chromium's own PNGs. After a run, look at them and check that README's alt texts still say
// what they show.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { chromiumPath } from './lib/browsers.mjs';
import { startStaticServer } from './lib/static-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'docs', 'images');
const bundle = path.join(root, 'dist', 'leg-health-widgets.js');

const phone = { width: 390, height: 844, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const margin = 16; // CSS px of page around the widget, as on a phone
const maxColours = 128;

const clinic = 'clinic-name="Lakeside Family Clinic" clinic-phone="555 0100" booking-url="https://example.org/book"';
const pictures = [
  { tag: 'rls-symptom-card', attributes: `variant="compact" ${clinic}` },
  { tag: 'twitch-redflag-check', attributes: clinic },
  { tag: 'spasm-relief-steps', attributes: `mode="guided" ${clinic}` },
];

function page({ tag, attributes }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<link rel="icon" href="data:,">
<title>${tag}</title>
<style>
  html { background: #fff; color: #000; font-family: sans-serif; }
  body { margin: 0; padding: ${margin}px; }
  *, *::before, *::after { animation: none !important; transition: none !important; caret-color: transparent !important; }
</style>
<script src="/dist/leg-health-widgets.js" defer></script>
</head>
<body>
<${tag} ${attributes}></${tag}>
</body>
</html>`;
}

// Runs in the page: resolves once the widget has rendered and the fonts are ready. Returns the
// widget's box in CSS px of the page and, when it is taller than `screen`, where to cut it: in a
// gap between two blocks of text (never through a line, a control or a box's edge), and not just
// after a heading, as far down as the screen allows.
async function widgetReady(tag, screen, margin) {
  await customElements.whenDefined(tag);
  const widget = document.querySelector(tag);
  await widget.updateComplete;
  await document.fonts.ready;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  if (!widget.shadowRoot?.querySelector('h2, h3, h4, h5, h6')) throw new Error(`${tag} rendered no heading`);
  const rect = widget.getBoundingClientRect();
  const box = { x: rect.x + scrollX, y: rect.y + scrollY, width: rect.width, height: rect.height };
  const limit = box.y - margin + screen; // the lowest cut that keeps the picture one screen tall
  if (box.y + box.height + margin <= limit) return { box, cut: null };

  const elements = [];
  const walk = (node) => {
    for (const element of node.children) {
      elements.push(element);
      walk(element);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(widget.shadowRoot);
  const shown = elements.map((element) => ({ element, rect: element.getBoundingClientRect() })).filter(({ rect }) => rect.height > 0);
  const isBlock = ({ element }) =>
    element.matches('input, button, select, textarea, img, svg, hr') ||
    [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent.trim());
  const blocks = shown.filter(isBlock).map(({ element, rect }) => ({
    top: rect.top + scrollY,
    bottom: rect.bottom + scrollY,
    heading: Boolean(element.closest('h1, h2, h3, h4, h5, h6, [role=heading]')),
  }));
  const tops = shown.map(({ rect }) => rect.top + scrollY);
  // Candidate cuts: just below a block, where nothing below starts within half the gap.
  const candidates = [...new Set(blocks.map((block) => block.bottom))]
    .sort((a, b) => b - a)
    .map((bottom) => {
      const next = Math.min(...tops.filter((top) => top >= bottom - 0.5), Infinity);
      return { bottom, at: bottom + Math.min(margin, (next - bottom) / 2) };
    })
    .filter(({ bottom, at }) => at <= limit && !blocks.some((block) => block.top < at && block.bottom > bottom + 0.5));
  const last = candidates.find(({ bottom }) => !blocks.some((block) => block.heading && Math.abs(block.bottom - bottom) < 0.5));
  return { box, cut: last ? last.at : limit };
}

// ---- PNG: read Chromium's (8-bit RGB or RGBA, not interlaced), write a palette PNG ----

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function readPng(png) {
  let offset = 8;
  let header;
  const data = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') header = { width: body.readUInt32BE(0), height: body.readUInt32BE(4), depth: body[8], colourType: body[9], interlace: body[12] };
    else if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  const { width, height, depth, colourType, interlace } = header;
  const channels = { 2: 3, 6: 4 }[colourType];
  if (depth !== 8 || !channels || interlace) throw new Error(`unexpected PNG from Chromium (depth ${depth}, colour type ${colourType})`);
  const raw = zlib.inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const pixels = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = pixels.subarray(y * stride, (y + 1) * stride);
    const prior = y > 0 ? pixels.subarray((y - 1) * stride, y * stride) : Buffer.alloc(stride);
    for (let i = 0; i < stride; i += 1) {
      const a = i >= channels ? out[i - channels] : 0;
      const b = prior[i];
      const c = i >= channels ? prior[i - channels] : 0;
      let predictor = 0;
      if (filter === 1) predictor = a;
      else if (filter === 2) predictor = b;
      else if (filter === 3) predictor = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        predictor = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      out[i] = (line[i] + predictor) & 0xff;
    }
  }
  // One 0xRRGGBB number per pixel (the page is opaque: alpha is dropped).
  const rgb = new Uint32Array(width * height);
  for (let i = 0; i < rgb.length; i += 1) rgb[i] = (pixels[i * channels] << 16) | (pixels[i * channels + 1] << 8) | pixels[i * channels + 2];
  return { width, height, rgb };
}

const channel = (colour, shift) => (colour >> shift) & 0xff;

/**
 * At most `count` colours for the image (median cut over its colours, weighted by how many
 * pixels have each), as [0xRRGGBB], darkest first. An image with few colours keeps them all.
 */
function palette(rgb, count) {
  const histogram = new Map();
  for (const colour of rgb) histogram.set(colour, (histogram.get(colour) ?? 0) + 1);
  const colours = [...histogram].sort((a, b) => a[0] - b[0]);
  if (colours.length <= count) return colours.map(([colour]) => colour);
  const describe = (entries) => {
    let widest = 16;
    let span = -1;
    for (const shift of [16, 8, 0]) {
      const values = entries.map(([colour]) => channel(colour, shift));
      const range = Math.max(...values) - Math.min(...values);
      if (range > span) [widest, span] = [shift, range];
    }
    const pixels = entries.reduce((sum, [, n]) => sum + n, 0);
    // Split first where colours differ most, with a nudge towards boxes many pixels use.
    return { entries, widest, priority: entries.length > 1 ? span * Math.sqrt(pixels) : -1 };
  };
  const boxes = [describe(colours)];
  while (boxes.length < count) {
    boxes.sort((a, b) => b.priority - a.priority);
    const box = boxes[0];
    if (box.priority < 0) break;
    const sorted = [...box.entries].sort((a, b) => channel(a[0], box.widest) - channel(b[0], box.widest) || a[0] - b[0]);
    const half = sorted.reduce((sum, [, n]) => sum + n, 0) / 2;
    let cut = 1;
    for (let seen = sorted[0][1]; cut < sorted.length - 1 && seen + sorted[cut][1] <= half; cut += 1) seen += sorted[cut][1];
    boxes.splice(0, 1, describe(sorted.slice(0, cut)), describe(sorted.slice(cut)));
  }
  const mean = (entries) => {
    const total = entries.reduce((sum, [, n]) => sum + n, 0);
    const average = (shift) => Math.round(entries.reduce((sum, [colour, n]) => sum + channel(colour, shift) * n, 0) / total);
    return (average(16) << 16) | (average(8) << 8) | average(0);
  };
  const luminance = (c) => 299 * channel(c, 16) + 587 * channel(c, 8) + 114 * channel(c, 0);
  return [...new Set(boxes.map((box) => mean(box.entries)))].sort((a, b) => luminance(a) - luminance(b) || a - b);
}

/** The image as an 8-bit palette PNG (nearest palette colour, no dithering). */
function writePalettePng({ width, height, rgb }, colours) {
  const nearest = new Map();
  const indexOf = (colour) => {
    let best = nearest.get(colour);
    if (best !== undefined) return best;
    let bestDistance = Infinity;
    colours.forEach((candidate, index) => {
      const dr = channel(colour, 16) - channel(candidate, 16);
      const dg = channel(colour, 8) - channel(candidate, 8);
      const db = channel(colour, 0) - channel(candidate, 0);
      const distance = 3 * dr * dr + 4 * dg * dg + 2 * db * db;
      if (distance < bestDistance) [best, bestDistance] = [index, distance];
    });
    nearest.set(colour, best);
    return best;
  };
  const raw = Buffer.alloc(height * (width + 1)); // filter 0 (none) on every line: best for palettes
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) raw[y * (width + 1) + 1 + x] = indexOf(rgb[y * width + x]);
  }
  const chunk = (type, body) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(body.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
    return Buffer.concat([head, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8); // 8 bits, palette, deflate, standard filters, not interlaced
  const plte = Buffer.alloc(colours.length * 3);
  colours.forEach((colour, i) => plte.set([channel(colour, 16), channel(colour, 8), channel(colour, 0)], i * 3));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', plte),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9, memLevel: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---- the run ----

if (!fs.existsSync(bundle)) {
  console.error('dist/leg-health-widgets.js is missing: run `npm run bundle` first.');
  process.exit(1);
}

const started = performance.now();
const pages = new Map(pictures.map((picture) => [`/readme-pictures/${picture.tag}.html`, page(picture)]));
const server = await startStaticServer(root, { pages });
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({
  executablePath: chromiumPath(),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--hide-scrollbars', '--font-render-hinting=none'],
});
let failed = false;
try {
  for (const picture of pictures) {
    const problems = [];
    const browserPage = await browser.newPage();
    browserPage.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    browserPage.on('console', (message) => {
      if (['error', 'warn'].includes(message.type())) problems.push(`console ${message.type()}: ${message.text()}`);
    });
    browserPage.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
    browserPage.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
    });
    await browserPage.setViewport(phone);
    await browserPage.emulateMediaFeatures([
      { name: 'prefers-color-scheme', value: 'light' },
      { name: 'prefers-reduced-motion', value: 'reduce' },
    ]);
    await browserPage.goto(`${origin}/readme-pictures/${picture.tag}.html`, { waitUntil: 'load' });
    const { box, cut } = await browserPage.evaluate(widgetReady, picture.tag, phone.height, margin);
    if (problems.length) {
      failed = true;
      console.error(`${picture.tag}: ${problems.join('; ')}`);
      await browserPage.close();
      continue;
    }
    const top = Math.max(0, box.y - margin);
    const bottom = cut ?? box.y + box.height + margin;
    const clip = { x: 0, y: top, width: phone.width, height: Math.round(bottom - top) };
    const shot = Buffer.from(await browserPage.screenshot({ type: 'png', clip, captureBeyondViewport: true }));
    await browserPage.close();
    const image = readPng(shot);
    const colours = palette(image.rgb, maxColours);
    const png = writePalettePng(image, colours);
    fs.writeFileSync(path.join(outDir, `${picture.tag}.png`), png);
    console.log(
      `docs/images/${picture.tag}.png  ${image.width}x${image.height}  ${png.length.toLocaleString('en-US')} B` +
        `  (${colours.length} colours; Chromium's PNG ${shot.length.toLocaleString('en-US')} B)` +
        (cut ? `  cut at ${clip.height} of ${Math.round(box.height + 2 * margin)} CSS px` : ''),
    );
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`${((performance.now() - started) / 1000).toFixed(1)} s`);
if (failed) process.exit(1);
