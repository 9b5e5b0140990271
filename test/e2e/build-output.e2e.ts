/**
 * Checks the built packages as a store reviewer would: least permissions, a gecko id, no remote code, no eval in
 * the MV3 policy, localised names, and store zips for both browsers.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { EXTENSION_DIRS, GECKO_ID } from './harness';

const ROOT = join(import.meta.dirname, '..', '..');

function readManifest(dir: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('built packages', () => {
  // Chrome also gets `unlimitedStorage` (no install warning there): its storage.local holds 10 MB without it, less
  // than the 100,000 rules the import format allows. Firefox has no such quota and would prompt for it.
  it.each([
    ['chromium', EXTENSION_DIRS.chromium, ['storage', 'unlimitedStorage']],
    ['firefox', EXTENSION_DIRS.firefox, ['storage']],
  ])('%s asks for storage only and injects one content script', (_kind, dir, permissions) => {
    const manifest = readManifest(dir);
    expect(manifest.permissions).toEqual(permissions);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.name).toBe('__MSG_extensionName__');
    expect(manifest.default_locale).toBe('zh_CN');
    const scripts = manifest.content_scripts as { matches: string[]; run_at: string }[];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatchObject({ matches: ['<all_urls>'], run_at: 'document_start' });
  });

  it('Chrome MV3 keeps the default policy: no unsafe-eval, no remote scripts', () => {
    const manifest = readManifest(EXTENSION_DIRS.chromium);
    expect(manifest.manifest_version).toBe(3);
    expect(JSON.stringify(manifest.content_security_policy ?? {})).not.toMatch(/unsafe-eval|https?:/);
  });

  it('Firefox has a gecko id and declares it collects no data', () => {
    const manifest = readManifest(EXTENSION_DIRS.firefox);
    expect(manifest.browser_specific_settings).toMatchObject({
      gecko: { id: GECKO_ID, data_collection_permissions: { required: ['none'] } },
    });
  });

  it.each(Object.entries(EXTENSION_DIRS))('%s loads no code from the network', (_kind, dir) => {
    for (const file of listFiles(dir).filter((name) => /\.(js|html)$/.test(name))) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/<script[^>]+src=["']https?:/i);
      expect(text, file).not.toMatch(/\bimportScripts\(\s*["']https?:/);
    }
  });

  it('has store-ready zips for both browsers', () => {
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    for (const name of [`jingdu-${version}-chrome.zip`, `jingdu-${version}-firefox.zip`]) {
      expect(existsSync(join(ROOT, '.output', name)), name).toBe(true);
    }
  });

  // The content script is evaluated in every page and frame: it must not carry zod or RE2 (see
  // src/storage/page-rule-state.ts and src/page/load-regex-engine.ts). Markers are strings minification keeps.
  it.each(Object.entries(EXTENSION_DIRS))('%s content script carries neither zod nor RE2, and stays small', (_kind, dir) => {
    const script = readFileSync(join(dir, 'content-scripts', 'content.js'), 'utf8');
    for (const zodMarker of ['ZodError', 'invalid_type', 'too_small']) expect(script, zodMarker).not.toContain(zodMarker);
    for (const re2Marker of ['UNICODE_GROUPS', 'missing closing']) expect(script, re2Marker).not.toContain(re2Marker);
    expect(script.length).toBeLessThan(150_000);
  });

  // The content script runs on the browser's own API (src/page/native-extension-api.ts); the background keeps
  // webextension-polyfill. A polyfill string minification keeps tells which bundles carry it.
  it.each(Object.entries(EXTENSION_DIRS))('%s content script runs without webextension-polyfill; the background has it', (_kind, dir) => {
    const polyfillMarker = '__mozWebExtensionPolyfillReject__';
    expect(readFileSync(join(dir, 'content-scripts', 'content.js'), 'utf8')).not.toContain(polyfillMarker);
    expect(readFileSync(join(dir, 'background.js'), 'utf8')).toContain(polyfillMarker);
  });

  it.each(Object.entries(EXTENSION_DIRS))('%s ships RE2 as a web-accessible module for regex rules', (kind, dir) => {
    expect(readFileSync(join(dir, 're2js.js'), 'utf8')).toContain('UNICODE_GROUPS');
    const resources = readManifest(dir).web_accessible_resources;
    if (kind === 'chromium') {
      expect(resources).toEqual([{ resources: ['re2js.js'], matches: ['<all_urls>'], use_dynamic_url: true }]);
    } else {
      expect(resources).toEqual(['re2js.js']);
    }
  });
});
