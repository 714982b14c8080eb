/**
 * The colour schemes the palettes are made from, as d3-scale-chromatic
 * 3.1 ships them, held here so that the first load does not carry that
 * whole module (and d3-color and d3-interpolate with it) for eight
 * palettes: npm run bench, app JavaScript before the first frame.
 * test/scales/colour-schemes.test.ts checks every colour against
 * d3-scale-chromatic.
 *
 * ColorBrewer schemes: colours from www.ColorBrewer.org by Cynthia A.
 * Brewer, Geography, Pennsylvania State University (Apache License 2.0).
 * Viridis: Stéfan van der Walt, Nathaniel Smith and Eric Firing (CC0).
 */

/** ColorBrewer's colours for 3 classes and up (to 9, or 11 for diverging schemes), lowest first, as runs of "rrggbb". */
const COLORBREWER = {
  Blues: [
    'deebf79ecae13182bd',
    'eff3ffbdd7e76baed62171b5',
    'eff3ffbdd7e76baed63182bd08519c',
    'eff3ffc6dbef9ecae16baed63182bd08519c',
    'eff3ffc6dbef9ecae16baed64292c62171b5084594',
    'f7fbffdeebf7c6dbef9ecae16baed64292c62171b5084594',
    'f7fbffdeebf7c6dbef9ecae16baed64292c62171b508519c08306b',
  ],
  YlGnBu: [
    'edf8b17fcdbb2c7fb8',
    'ffffcca1dab441b6c4225ea8',
    'ffffcca1dab441b6c42c7fb8253494',
    'ffffccc7e9b47fcdbb41b6c42c7fb8253494',
    'ffffccc7e9b47fcdbb41b6c41d91c0225ea80c2c84',
    'ffffd9edf8b1c7e9b47fcdbb41b6c41d91c0225ea80c2c84',
    'ffffd9edf8b1c7e9b47fcdbb41b6c41d91c0225ea8253494081d58',
  ],
  Purples: [
    'efedf5bcbddc756bb1',
    'f2f0f7cbc9e29e9ac86a51a3',
    'f2f0f7cbc9e29e9ac8756bb154278f',
    'f2f0f7dadaebbcbddc9e9ac8756bb154278f',
    'f2f0f7dadaebbcbddc9e9ac8807dba6a51a34a1486',
    'fcfbfdefedf5dadaebbcbddc9e9ac8807dba6a51a34a1486',
    'fcfbfdefedf5dadaebbcbddc9e9ac8807dba6a51a354278f3f007d',
  ],
  OrRd: [
    'fee8c8fdbb84e34a33',
    'fef0d9fdcc8afc8d59d7301f',
    'fef0d9fdcc8afc8d59e34a33b30000',
    'fef0d9fdd49efdbb84fc8d59e34a33b30000',
    'fef0d9fdd49efdbb84fc8d59ef6548d7301f990000',
    'fff7ecfee8c8fdd49efdbb84fc8d59ef6548d7301f990000',
    'fff7ecfee8c8fdd49efdbb84fc8d59ef6548d7301fb300007f0000',
  ],
  PuOr: [
    '998ec3f7f7f7f1a340',
    '5e3c99b2abd2fdb863e66101',
    '5e3c99b2abd2f7f7f7fdb863e66101',
    '542788998ec3d8daebfee0b6f1a340b35806',
    '542788998ec3d8daebf7f7f7fee0b6f1a340b35806',
    '5427888073acb2abd2d8daebfee0b6fdb863e08214b35806',
    '5427888073acb2abd2d8daebf7f7f7fee0b6fdb863e08214b35806',
    '2d004b5427888073acb2abd2d8daebfee0b6fdb863e08214b358067f3b08',
    '2d004b5427888073acb2abd2d8daebf7f7f7fee0b6fdb863e08214b358067f3b08',
  ],
  BrBG: [
    'd8b365f5f5f55ab4ac',
    'a6611adfc27d80cdc1018571',
    'a6611adfc27df5f5f580cdc1018571',
    '8c510ad8b365f6e8c3c7eae55ab4ac01665e',
    '8c510ad8b365f6e8c3f5f5f5c7eae55ab4ac01665e',
    '8c510abf812ddfc27df6e8c3c7eae580cdc135978f01665e',
    '8c510abf812ddfc27df6e8c3f5f5f5c7eae580cdc135978f01665e',
    '5430058c510abf812ddfc27df6e8c3c7eae580cdc135978f01665e003c30',
    '5430058c510abf812ddfc27df6e8c3f5f5f5c7eae580cdc135978f01665e003c30',
  ],
  RdBu: [
    'ef8a62f7f7f767a9cf',
    'ca0020f4a58292c5de0571b0',
    'ca0020f4a582f7f7f792c5de0571b0',
    'b2182bef8a62fddbc7d1e5f067a9cf2166ac',
    'b2182bef8a62fddbc7f7f7f7d1e5f067a9cf2166ac',
    'b2182bd6604df4a582fddbc7d1e5f092c5de4393c32166ac',
    'b2182bd6604df4a582fddbc7f7f7f7d1e5f092c5de4393c32166ac',
    '67001fb2182bd6604df4a582fddbc7d1e5f092c5de4393c32166ac053061',
    '67001fb2182bd6604df4a582fddbc7f7f7f7d1e5f092c5de4393c32166ac053061',
  ],
} as const;

export type ColorBrewerName = keyof typeof COLORBREWER;

/** Viridis as 256 steps from dark to light, as runs of "rrggbb". */
const VIRIDIS = [
  '44015444025645045745055946075a46085c460a5d460b5e470d60470e61471063471164471365481467481668481769',
  '48186a481a6c481b6d481c6e481d6f481f70482071482173482374482475482576482677482878482979472a7a472c7a',
  '472d7b472e7c472f7d46307e46327e46337f463480453581453781453882443983443a83443b84433d84433e85423f85',
  '4240864241864142874144874045884046883f47883f48893e49893e4a893e4c8a3d4d8a3d4e8a3c4f8a3c508b3b518b',
  '3b528b3a538b3a548c39558c39568c38588c38598c375a8c375b8d365c8d365d8d355e8d355f8d34608d34618d33628d',
  '33638d32648e32658e31668e31678e31688e30698e306a8e2f6b8e2f6c8e2e6d8e2e6e8e2e6f8e2d708e2d718e2c718e',
  '2c728e2c738e2b748e2b758e2a768e2a778e2a788e29798e297a8e297b8e287c8e287d8e277e8e277f8e27808e26818e',
  '26828e26828e25838e25848e25858e24868e24878e23888e23898e238a8d228b8d228c8d228d8d218e8d218f8d21908d',
  '21918c20928c20928c20938c1f948c1f958b1f968b1f978b1f988b1f998a1f9a8a1e9b8a1e9c891e9d891f9e891f9f88',
  '1fa0881fa1881fa1871fa28720a38620a48621a58521a68522a78522a88423a98324aa8325ab8225ac8226ad8127ad81',
  '28ae8029af7f2ab07f2cb17e2db27d2eb37c2fb47c31b57b32b67a34b67935b77937b87838b9773aba763bbb753dbc74',
  '3fbc7340bd7242be7144bf7046c06f48c16e4ac16d4cc26c4ec36b50c46a52c56954c56856c66758c7655ac8645cc863',
  '5ec96260ca6063cb5f65cb5e67cc5c69cd5b6ccd5a6ece5870cf5773d05675d05477d1537ad1517cd2507fd34e81d34d',
  '84d44b86d54989d5488bd6468ed64590d74393d74195d84098d83e9bd93c9dd93ba0da39a2da37a5db36a8db34aadc32',
  'addc30b0dd2fb2dd2db5de2bb8de29bade28bddf26c0df25c2df23c5e021c8e020cae11fcde11dd0e11cd2e21bd5e21a',
  'd8e219dae319dde318dfe318e2e418e5e419e7e419eae51aece51befe51cf1e51df4e61ef6e620f8e621fbe723fde725',
].join('');

/** "440154fde725" → ["#440154", "#fde725"]. */
function colours(run: string): string[] {
  return Array.from({ length: run.length / 6 }, (_, i) => `#${run.slice(6 * i, 6 * i + 6)}`);
}

/** The scheme's colours for count classes, lowest first; undefined for a count it has no colours for. */
export function colorBrewerScheme(name: ColorBrewerName, count: number): string[] | undefined {
  const run = COLORBREWER[name][count - 3];
  return run === undefined ? undefined : colours(run);
}

/** The scheme's largest set of colours: what its continuous ramp is drawn through. */
export function colorBrewerLargest(name: ColorBrewerName): string[] {
  const runs = COLORBREWER[name];
  return colours(runs[runs.length - 1]!);
}

const VIRIDIS_COLOURS = colours(VIRIDIS);

/** Viridis at t, 0 (dark purple) to 1 (yellow): the nearest of its 256 steps. */
export function viridis(t: number): string {
  const n = VIRIDIS_COLOURS.length;
  return VIRIDIS_COLOURS[Math.max(0, Math.min(n - 1, Math.floor(t * n)))]!;
}
