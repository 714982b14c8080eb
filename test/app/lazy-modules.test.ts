import { describe, expect, it, vi } from 'vitest';
import { LazyModules } from '../../src/app/lazy-modules';
import type { PageModules } from '../../src/view-model/page-model';

function fakeLoaders() {
  const profile = vi.fn(async () => (() => undefined) as unknown as NonNullable<PageModules['profile']>);
  const about = vi.fn(async () => (() => undefined) as unknown as NonNullable<PageModules['about']>);
  const afterFirstMap = vi.fn(async () => ({}) as unknown as NonNullable<PageModules['afterFirstMap']>);
  return { profile, about, afterFirstMap };
}

describe('LazyModules', () => {
  it('asks for no code before the first map is drawn, then for what was last wanted', async () => {
    const loaders = fakeLoaders();
    const loaded = vi.fn();
    const modules = new LazyModules(loaded, loaders);
    expect(modules.get({ profile: true, about: false })).toEqual({});
    expect(modules.get({ profile: true, about: true })).toEqual({});
    expect(loaders.profile).not.toHaveBeenCalled();
    expect(loaders.about).not.toHaveBeenCalled();
    expect(loaders.afterFirstMap).not.toHaveBeenCalled();
    modules.get({ profile: true, about: false });
    modules.release();
    expect(loaders.profile).toHaveBeenCalledTimes(1);
    expect(loaders.about).not.toHaveBeenCalled();
    // The map's description is wanted on every page, once the first map is drawn.
    expect(loaders.afterFirstMap).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(loaded).toHaveBeenCalledTimes(2));
    expect(modules.get({ profile: true, about: false }).profile).toBeTypeOf('function');
    expect(modules.get({ profile: false, about: false }).afterFirstMap).toBeDefined();
    expect(loaders.afterFirstMap).toHaveBeenCalledTimes(1);
  });

  it('asks once for each module, however often it is wanted, and again after a failure', async () => {
    const loaders = fakeLoaders();
    loaders.about.mockRejectedValueOnce(new Error('offline'));
    const modules = new LazyModules(() => undefined, loaders);
    modules.release();
    modules.get({ profile: false, about: true });
    modules.get({ profile: false, about: true });
    expect(loaders.about).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => {
      modules.get({ profile: false, about: true });
      expect(loaders.about).toHaveBeenCalledTimes(2);
    });
  });
});
