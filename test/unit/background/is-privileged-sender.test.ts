/**
 * The sender check with the senders Chromium and Firefox actually produce. This is where the content-script case is
 * proven: an e2e test cannot run code in a content script's world, so the refusal of a content-script sender rests
 * on this table matching what the browsers send (the shapes below follow their documentation of MessageSender).
 */
import { describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';

import { isContentScriptSender, isPrivilegedSender, type MessageSender } from '@/src/background/is-privileged-sender';

const CHROMIUM = { id: 'abcdefghijklmnopabcdefghijklmnop', origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop' };
const FIREFOX = { id: 'jingdu@jingdu.dev', origin: 'moz-extension://6b1f3c52-9a1e-4c55-8f0e-2f5a7d1c9e01' };
const tab = { id: 7, index: 0, windowId: 1, active: true } as Browser.tabs.Tab;

const cases: [string, typeof CHROMIUM, MessageSender, { privileged: boolean; contentScript: boolean }][] = [
  ['Chromium popup', CHROMIUM, { id: CHROMIUM.id, url: `${CHROMIUM.origin}/popup.html`, origin: CHROMIUM.origin }, { privileged: true, contentScript: false }],
  ['Chromium options page open in a tab', CHROMIUM, { id: CHROMIUM.id, url: `${CHROMIUM.origin}/options.html#rules`, origin: CHROMIUM.origin, tab, frameId: 0 }, { privileged: true, contentScript: false }],
  ['Chromium content script in a web page', CHROMIUM, { id: CHROMIUM.id, url: 'https://news.example.com/a.html', origin: 'https://news.example.com', tab, frameId: 0 }, { privileged: false, contentScript: true }],
  ['Chromium content script in an about:blank frame', CHROMIUM, { id: CHROMIUM.id, url: 'about:blank', origin: 'https://evil.example', tab, frameId: 3 }, { privileged: false, contentScript: true }],
  ['Chromium content script in a page whose path names our origin', CHROMIUM, { id: CHROMIUM.id, url: `https://evil.example/${CHROMIUM.origin}/options.html`, origin: 'https://evil.example', tab, frameId: 0 }, { privileged: false, contentScript: true }],
  ['Chromium page of an id that only starts with ours', CHROMIUM, { id: CHROMIUM.id, url: `${CHROMIUM.origin}x/popup.html` }, { privileged: false, contentScript: false }],
  ['Chromium sandboxed page of ours (opaque origin)', CHROMIUM, { id: CHROMIUM.id, url: `${CHROMIUM.origin}/sandbox.html`, origin: 'null' }, { privileged: false, contentScript: false }],
  ['another extension', CHROMIUM, { id: 'ponmlkjihgfedcbaponmlkjihgfedcba', url: 'chrome-extension://ponmlkjihgfedcbaponmlkjihgfedcba/bg.html' }, { privileged: false, contentScript: false }],
  ['a sender without a URL', CHROMIUM, { id: CHROMIUM.id }, { privileged: false, contentScript: false }],
  ['Firefox options page', FIREFOX, { id: FIREFOX.id, url: `${FIREFOX.origin}/options.html`, envType: 'addon_child' }, { privileged: true, contentScript: false }],
  ['Firefox popup', FIREFOX, { id: FIREFOX.id, url: `${FIREFOX.origin}/popup.html`, envType: 'addon_child' }, { privileged: true, contentScript: false }],
  ['Firefox content script', FIREFOX, { id: FIREFOX.id, url: 'https://news.example.com/', envType: 'content_child', tab, frameId: 0 }, { privileged: false, contentScript: true }],
  ['Firefox content-script environment claiming our URL', FIREFOX, { id: FIREFOX.id, url: `${FIREFOX.origin}/options.html`, envType: 'content_child', tab, frameId: 0 }, { privileged: false, contentScript: true }],
];

describe('isPrivilegedSender / isContentScriptSender', () => {
  it.each(cases)('%s', (_name, extension, sender, expected) => {
    expect(isPrivilegedSender(sender, extension)).toBe(expected.privileged);
    expect(isContentScriptSender(sender, extension)).toBe(expected.contentScript);
  });
});
