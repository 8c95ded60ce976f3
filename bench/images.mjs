#!/usr/bin/env node
// Images: what reading a post's pictures costs (run by `pnpm bench`, or alone: node bench/images.mjs).
// - OCR per image: text, metadata and codes of one image, cold (no cache) and from the cache.
// - A post without images costs nothing extra: the same corpus linted with images on and off.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createFileLinter, createImageReader, memoryImageCache } from "@postlint/core/node";
import pack from "@postlint/rules";
import { textImage } from "../scripts/image-samples.mjs";
import { generateCorpus } from "./corpus.mjs";

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));

export async function benchImages({ repeats = 3 } = {}) {
  const samples = {
    "whiteboard 900×250 PNG": await textImage(["Roadmap 2027", "Q3 forecast: -18%", "Project Hydra launch in May"]),
    "till screen 420×90 PNG (upscaled)": await textImage(["TOTAAL DAGOMZET EUR 18.412,50", "PIN kaart 4111 1111 1111 1111"], { style: "till", fontSize: 16, width: 420 }),
    "photo 2400×1600 JPEG": await photo(),
  };
  const rows = [];
  for (const [label, bytes] of Object.entries(samples)) {
    const cold = [];
    const warm = [];
    for (let i = 0; i < repeats; i++) {
      const reader = createImageReader({ cache: memoryImageCache(), onNotice: () => undefined });
      let t = performance.now();
      await reader.read(bytes, "x");
      cold.push(performance.now() - t);
      t = performance.now();
      await reader.read(bytes, "x");
      warm.push(performance.now() - t);
    }
    rows.push(`| ${label} | ${fmt(median(cold))} | ${fmt(median(warm))} |`);
  }
  // Posts without images: the reader is never started; the only cost is one `includes` check per post.
  const tmp = mkdtempSync(path.join(os.tmpdir(), "postlint-bench-images-"));
  // The corpus sprinkles `![team lunch](lunch.jpg)` into some posts: leave those out here.
  const posts = generateCorpus(2000).filter((p) => !p.text.includes("!["));
  const files = posts.map((p) => {
    const f = path.join(tmp, `${p.id}.md`);
    writeFileSync(f, p.text + "\n");
    return f;
  });
  // Interleaved, so a busy machine slows both alike.
  const runs = { off: [], on: [] };
  const linters = { off: createFileLinter({ cwd: tmp, packs: [pack], images: false }), on: createFileLinter({ cwd: tmp, packs: [pack], onNotice: () => undefined }) };
  for (const l of Object.values(linters)) await l.lintFile(files[0]);
  for (let i = 0; i < repeats * 2; i++) {
    for (const key of i % 2 ? ["on", "off"] : ["off", "on"]) {
      const t = performance.now();
      for (const f of files) await linters[key].lintFile(f);
      runs[key].push(((performance.now() - t) * 1000) / files.length);
    }
  }
  const perPost = { off: median(runs.off), on: median(runs.on) };
  rmSync(tmp, { recursive: true, force: true });
  return [
    "| one image, in process (text, metadata, codes) | ms cold | ms cached |",
    "| --- | --: | --: |",
    ...rows,
    "",
    `| ${posts.length} corpus posts without images, in process | µs/post |`,
    "| --- | --: |",
    `| images off (\`--no-images\`) | ${fmt(perPost.off)} |`,
    `| images on (default) | ${fmt(perPost.on)} |`,
  ].join("\n");
}

async function photo() {
  const { default: sharp } = await import("sharp");
  const board = await textImage(["Sprint plan", "Q3 forecast: -18%"], { fontSize: 22, width: 520 });
  let seed = 7;
  const noise = Buffer.alloc(2400 * 1600 * 3);
  for (let i = 0; i < noise.length; i++) noise[i] = 100 + ((seed = (seed * 1103515245 + 12345) % 2147483648) % 60);
  return sharp(noise, { raw: { width: 2400, height: 1600, channels: 3 } }).composite([{ input: board, left: 900, top: 600 }]).jpeg({ quality: 80 }).toBuffer();
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchImages({ repeats: Number(process.env.REPEATS ?? 3) }));
