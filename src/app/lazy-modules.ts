import type { PageModules } from '../view-model/page-model';

/**
 * The code of panels a reader opens, loaded when first wanted (a force
 * chosen: its profile; About opened: its account), and what every page
 * wants after its first map (after-first-map.ts); none before the
 * first map is drawn: a link to a force draws its map, title and legend
 * first, then its profile (Lighthouse counted the profile's three files
 * into the Dorset link's largest paint, 2.5 s against 2.1 s). Tells its
 * owner when a module has arrived.
 */
export class LazyModules {
  private modules: PageModules = {};
  private readonly loading = new Set<keyof PageModules>();
  private wanted: { profile: boolean; about: boolean } = { profile: false, about: false };
  private releasedYet = false;

  constructor(
    private readonly onLoaded: () => void,
    private readonly loaders: { [K in keyof PageModules]-?: () => Promise<NonNullable<PageModules[K]>> } = {
      profile: () => import('../view-model/profile-model').then((module) => module.profileModel),
      about: () => import('../view-model/about-model').then((module) => module.aboutModel),
      afterFirstMap: () => import('../view-model/after-first-map').then((module) => module.afterFirstMap),
    },
  ) {}

  /** The modules loaded so far, starting the loads of those wanted and not yet here (once the first map is drawn). */
  get(wanted: { profile: boolean; about: boolean }): PageModules {
    this.wanted = wanted;
    if (!this.releasedYet) return this.modules;
    this.load('afterFirstMap', this.loaders.afterFirstMap);
    if (wanted.profile) this.load('profile', this.loaders.profile);
    if (wanted.about) this.load('about', this.loaders.about);
    return this.modules;
  }

  /** Whether the first map is on screen (release has been called). */
  get released(): boolean {
    return this.releasedYet;
  }

  /** The first map is on screen: what was wanted meanwhile starts loading. */
  release(): void {
    if (this.releasedYet) return;
    this.releasedYet = true;
    this.get(this.wanted);
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
