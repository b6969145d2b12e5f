// Writes sw.js into the finished build: the service worker that keeps this release's files for
// offline use. It is registered only when a person chooses "Make this work offline on this
// device" (the app never stores anything unasked), and removed by "Remove the offline copy".
// Its cache is named after the release, so a new build installs beside the old one, then deletes it.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';

const dist = process.argv[2];
if (!dist) throw new Error('usage: node scripts/offline.mjs DIST');

// Files a host reads, not the browser; embed.js runs in the embedding page, never in the app.
// The data's .json files are readable copies of the .bin files the app loads.
const SKIP = new Set(['sw.js', '_headers', '.htaccess', 'embed.js']);
const skipped = (file) => SKIP.has(file) || (file.startsWith('data/') && file.endsWith('.json'));
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (!skipped(relative(dist, path).split('\\').join('/'))) files.push(relative(dist, path).split('\\').join('/'));
  }
})(dist);

const hash = createHash('sha256');
for (const file of files) hash.update(file).update(readFileSync(join(dist, file)));
const version = hash.digest('hex').slice(0, 16);

const worker = `// selfassess offline copy, release ${version}. Written by scripts/offline.mjs; see README "Offline use".
'use strict';
const FILES = ${JSON.stringify(['./', ...files.map((f) => `./${f}`)], null, 0)};
// Cache names carry the scope: two copies on one origin (two sub-paths) never touch each other's.
const PREFIX = 'selfassess ' + self.registration.scope + ' ';
const CACHE = PREFIX + '${version}';

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

// The new release is complete in its cache: drop the old ones, and serve every open page from it.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// Only this copy's own files: from the cache, else from the network as before.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(self.registration.scope)) return;
  event.respondWith(
    caches.open(CACHE)
      .then((cache) => cache.match(request, { ignoreSearch: request.mode === 'navigate' }))
      .then((hit) => hit || fetch(request)),
  );
});
`;
writeFileSync(join(dist, 'sw.js'), worker);
console.log(`offline: sw.js for release ${version}, ${files.length + 1} files`);
