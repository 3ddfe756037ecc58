// Builds the report's front-end into dist/ (committed, embedded into Swarmscope.Reports.Html as resources, so
// building and running Swarmscope needs only the .NET SDK). Run after changing anything in this folder:
//   cd src/Swarmscope.Reports.Html/web && npm ci && npm run build
// dist/stamp.txt holds the SHA-256 of the inputs; a test fails when the sources changed and dist/ was not rebuilt.
import { build, transform } from "esbuild";
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, readFileSync, readdirSync, existsSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, "dist");
mkdirSync(join(dist, "fonts"), { recursive: true });

// Inputs whose change requires a rebuild; ReportBundleTests hashes the same list the same way.
export function inputFiles() {
  const src = readdirSync(join(here, "src")).sort().map((f) => join("src", f));
  return ["build.mjs", "package.json", "package-lock.json", ...src];
}

function stamp() {
  const h = createHash("sha256");
  for (const f of inputFiles()) {
    h.update(f + "\n");
    h.update(readFileSync(join(here, f), "utf8").replace(/\r\n/g, "\n"));
    h.update("\n");
  }
  return h.digest("hex");
}

// Noto Sans (SIL OFL 1.1) regular and bold for Latin and Cyrillic (Kazakh letters are in cyrillic-ext), inlined.
const fontDir = join(here, "node_modules/@fontsource/noto-sans");
const ranges = JSON.parse(readFileSync(join(fontDir, "unicode.json"), "utf8"));
let fonts = "";
for (const subset of ["latin", "latin-ext", "cyrillic", "cyrillic-ext"]) {
  for (const weight of [400, 700]) {
    const file = join(fontDir, "files", `noto-sans-${subset}-${weight}-normal.woff2`);
    const data = readFileSync(file).toString("base64");
    // SkiaSharp reads WOFF but not WOFF2: the PNG charts use these copies.
    copyFileSync(file.replace(/\.woff2$/, ".woff"), join(dist, "fonts", `noto-sans-${subset}-${weight}.woff`));
    fonts += `@font-face{font-family:"Noto Sans";font-style:normal;font-display:swap;font-weight:${weight};` +
      `src:url(data:font/woff2;base64,${data}) format("woff2");unicode-range:${ranges[subset]}}\n`;
  }
}
const css = await transform(fonts + readFileSync(join(here, "src/report.css"), "utf8"), { loader: "css", minify: true, legalComments: "none" });
writeFileSync(join(dist, "report.css"), css.code);

const result = await build({
  entryPoints: [join(here, "src/report.js")],
  bundle: true,
  minify: true,
  format: "iife",
  target: "es2020",
  legalComments: "none",
  metafile: true,
  write: false,
  logLevel: "warning",
});
// "</script" inside the bundle would end the inline script element early.
const js = result.outputFiles[0].text.replace(/<\/(script)/gi, "<\\/$1");
writeFileSync(join(dist, "report.js"), js);

// Licences of every package that ended up in the bundle, and of the font.
const packages = new Set(["@fontsource/noto-sans"]);
for (const input of Object.keys(result.metafile.inputs)) {
  const m = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//);
  if (m) packages.add(m[1]);
}
let licences = "";
for (const name of [...packages].sort()) {
  const dir = join(here, "node_modules", name);
  const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  const file = ["LICENSE", "LICENSE.txt", "LICENSE.md", "license", "LICENCE"].map((f) => join(dir, f)).find(existsSync);
  const text = file ? readFileSync(file, "utf8").trim() : `(no licence file in the package; package.json says ${pkg.license})`;
  licences += `=== ${name} ${pkg.version} (${pkg.license}) ===\n${text}\n\n`;
}
writeFileSync(join(dist, "licences.txt"), licences);
writeFileSync(join(dist, "stamp.txt"), stamp() + "\n");
console.log(`dist/report.js ${js.length} bytes, dist/report.css ${css.code.length} bytes, licences of ${packages.size} packages: ${[...packages].join(", ")}`);
console.log(`inputs: ${inputFiles().map((f) => relative(here, join(here, f))).join(", ")}`);
