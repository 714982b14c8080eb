/** The atlas's two languages, as the link writes them (`lang=cy`, `lang=en`); apart from language.ts, so that the import worker can name them without the page's catalogue. */
export const LANGUAGES = ['en', 'cy'] as const;
export type Language = (typeof LANGUAGES)[number];
