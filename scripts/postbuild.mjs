// Runs after trunk builds (a post_build hook in Trunk.toml), in its staging folder:
// moves trunk's inline start-up script into a file, so the page runs under a strict
// Content-Security-Policy (no inline script, no eval, only wasm-unsafe-eval), puts that policy
// in the page, and writes it with `frame-ancestors` (from site.toml) for hosts that read
// `_headers` (Netlify, Cloudflare Pages) or `.htaccess` (Apache). It also minifies wasm-bindgen's
// JS glue with terser (trunk's own minifier cannot read it): about 1.5 KB less on the first load.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { minify } from 'terser';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run by trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');

const POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

const page = join(dir, 'index.html');
let html = readFileSync(page, 'utf8');
const inline = /<script type="module">([\s\S]*?)<\/script>/.exec(html);
if (!inline) throw new Error('index.html: trunk\'s start-up script was not found');
const hash = createHash('sha256').update(inline[1]).digest('hex').slice(0, 16);
const boot = `boot-${hash}.js`;
writeFileSync(join(dir, boot), inline[1].trim() + '\n');
html = html.replace(inline[0], `<script type="module" src="./${boot}"></script>`);
html = html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${POLICY.join('; ')}" />`);
// A browser too old to unpack the data cannot load the interface strings either: the one string it
// needs is written into the page, in every language (read by platform::too_old).
const tooOld = {};
for (const file of readdirSync(join(dir, 'data', 'ui')).filter((f) => f.endsWith('.json'))) {
  tooOld[file.slice(0, -5)] = JSON.parse(readFileSync(join(dir, 'data', 'ui', file), 'utf8'))['app.browser_too_old'];
}
const attribute = JSON.stringify(tooOld).replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
html = html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta name="app.browser_too_old" content="${attribute}" />`);
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) throw new Error('index.html still has an inline script');

// The glue keeps its name (the boot script imports it); its integrity is taken again.
const preload = /<link rel="modulepreload" href="\.\/([^"]+\.js)"[^>]*integrity="(sha384-[^"]+)"/.exec(html);
if (!preload) throw new Error('index.html: the preload of the JS glue was not found');
const glue = join(dir, preload[1]);
const small = await minify(readFileSync(glue, 'utf8'), { module: true, compress: true, mangle: true });
writeFileSync(glue, small.code);
const integrity = `sha384-${createHash('sha384').update(small.code).digest('base64')}`;
html = html.replace(preload[2], integrity);
writeFileSync(page, html);

// frame-ancestors cannot be set in a page, only in a header: written for the hosts that read files.
const site = JSON.parse(readFileSync(join(dir, 'data', 'catalog.json'), 'utf8')).site;
const ancestors = (site.frame_ancestors ?? ['*']).join(' ');
const header = [...POLICY, `frame-ancestors ${ancestors}`].join('; ');
writeFileSync(join(dir, '_headers'), `/*\n  Content-Security-Policy: ${header}\n  Referrer-Policy: no-referrer\n  X-Content-Type-Options: nosniff\n`);
// Each part applies only where the host has the module: an unknown directive would stop the site.
const compressible = 'text/html text/css text/javascript application/javascript application/json application/wasm image/svg+xml';
writeFileSync(join(dir, '.htaccess'), `# Written by scripts/postbuild.mjs.
<IfModule mod_headers.c>
  Header set Content-Security-Policy "${header}"
  Header set Referrer-Policy "no-referrer"
  Header set X-Content-Type-Options "nosniff"
</IfModule>
<IfModule mod_mime.c>
  AddType application/wasm .wasm
  AddType text/javascript .js
</IfModule>
# Compressed on the way: brotli where the host has it, else gzip (the .bin data files come gzipped).
<IfModule mod_filter.c>
  <IfModule mod_brotli.c>
    AddOutputFilterByType BROTLI_COMPRESS ${compressible}
  </IfModule>
  <IfModule !mod_brotli.c>
    <IfModule mod_deflate.c>
      AddOutputFilterByType DEFLATE ${compressible}
    </IfModule>
  </IfModule>
</IfModule>
`);
console.log(`postbuild: ${boot}, ${preload[1]} minified, Content-Security-Policy in index.html, _headers and .htaccess (frame-ancestors ${ancestors})`);
