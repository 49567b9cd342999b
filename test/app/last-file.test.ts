// "The workbench forgets": the last file per administration is kept only with consent, the newest
// is offered, "Vergeet dit bestand" removes it and withdrawing the consent removes them all. The
// host here keeps files in memory; the browser test (test/e2e/morning.test.ts) is the twin through
// the page's IndexedDB.
import {
  DEFAULT_SETTINGS,
  forgetLastFile,
  keepLastFile,
  lastFileOffer,
  resetSettings,
  saveSettings,
  type KeptFile,
} from "../../src/app";
import { demoHost, memoryFileStore, memorySettingsStore } from "../../src/hosts/browser";

const file = (scope: string, keptAt: number, text = "Factuur;Klant\nF1;K1\n"): KeptFile => ({
  scope,
  administration: `Administratie ${scope}`,
  name: `${scope}.csv`,
  size: text.length,
  lastModified: 1_780_000_000_000,
  keptAt,
  bytes: new TextEncoder().encode(text).buffer,
});

const consent = { ...DEFAULT_SETTINGS, keepLastFile: true };

test("nothing is kept without consent, and the host without a file store keeps nothing", async () => {
  const store = memoryFileStore();
  const host = demoHost(undefined, memorySettingsStore(), undefined, store);
  expect(await keepLastFile(host, DEFAULT_SETTINGS, file("a", 1))).toBe(false);
  expect(await store.list()).toEqual([]);
  const plain = demoHost(undefined, memorySettingsStore());
  expect(await keepLastFile(plain, consent, file("a", 1))).toBe(false);
  expect(await lastFileOffer(plain, consent)).toBeNull();
});

test("one file per administration; the newest is offered with its bytes", async () => {
  const store = memoryFileStore();
  const host = demoHost(undefined, memorySettingsStore(), undefined, store);
  expect(await keepLastFile(host, consent, file("a", 1))).toBe(true);
  await keepLastFile(host, consent, file("b", 3));
  await keepLastFile(host, consent, file("a", 2, "Factuur;Klant\nF2;K2\n"));
  expect((await store.list()).map((f) => f.scope).sort()).toEqual(["a", "b"]);
  const offer = await lastFileOffer(host, consent);
  expect(offer?.scope).toBe("b");
  await keepLastFile(host, consent, file("a", 4, "Factuur;Klant\nF2;K2\n"));
  const again = await lastFileOffer(host, consent);
  expect(again?.scope).toBe("a");
  expect(new TextDecoder().decode(again!.bytes!)).toBe("Factuur;Klant\nF2;K2\n");
});

test("'Vergeet dit bestand' removes that one; withdrawn consent removes every kept file", async () => {
  const store = memoryFileStore();
  const host = demoHost(undefined, memorySettingsStore(), undefined, store);
  await keepLastFile(host, consent, file("a", 1));
  await keepLastFile(host, consent, file("b", 2));
  await forgetLastFile(host, "b");
  expect((await lastFileOffer(host, consent))?.scope).toBe("a");
  // Settings not yet loaded (the defaults): no offer, and nothing is removed.
  expect(await lastFileOffer(host, DEFAULT_SETTINGS)).toBeNull();
  expect((await store.list()).map((f) => f.scope)).toEqual(["a"]);
  // Saving other settings with the consent kept leaves the file; withdrawing removes them all.
  await saveSettings(host, consent);
  await saveSettings(host, { ...consent, toleranceCents: 900 });
  expect((await store.list()).map((f) => f.scope)).toEqual(["a"]);
  await saveSettings(host, { ...consent, keepLastFile: false });
  expect(await store.list()).toEqual([]);
  // And a reset withdraws it too.
  await saveSettings(host, consent);
  await keepLastFile(host, consent, file("c", 5));
  await resetSettings(host);
  expect(await store.list()).toEqual([]);
});
