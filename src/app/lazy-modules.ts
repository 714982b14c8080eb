import type { PageModules } from '../view-model/page-model';

/**
 * The code of panels a reader opens, loaded when first wanted (a force
 * chosen: its profile; About opened: its account), so that the first map
 * does not wait for it. Tells its owner when a module has arrived.
 */
export class LazyModules {
  private modules: PageModules = {};
  private readonly loading = new Set<keyof PageModules>();

  constructor(private readonly onLoaded: () => void) {}

  /** The modules loaded so far, starting the loads of those wanted and not yet here. */
  get(wanted: { profile: boolean; about: boolean }): PageModules {
    if (wanted.profile) this.load('profile', () => import('../view-model/profile-model').then((module) => module.profileModel));
    if (wanted.about) this.load('about', () => import('../view-model/about-model').then((module) => module.aboutModel));
    return this.modules;
  }

  private load<K extends keyof PageModules>(key: K, load: () => Promise<NonNullable<PageModules[K]>>): void {
    if (this.modules[key] || this.loading.has(key)) return;
    this.loading.add(key);
    void load().then(
      (module) => {
        this.modules = { ...this.modules, [key]: module };
        this.onLoaded();
      },
      // A failed load is tried again the next time it is wanted.
      () => this.loading.delete(key),
    );
  }
}
