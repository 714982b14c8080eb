import type { Force } from '../forces/force-table';
import type { ForceNameMatch, ForceNameResolver } from '../forces/resolve-force-name';
import { isolated, otherScriptLetters } from '../format/user-text';
import { importForceName, importWords } from '../i18n/import-words';
import { MAX_LINES_PER_NAME, MAX_LISTED_NAMES, type IngestReport, type RejectRow } from './ingest-report';
import { shownCell } from './row-messages';

export interface RowForces {
  /**
   * The force a row names, by exact names and short forms only. A row of a
   * body with no area on the map is set aside and counted; a row of an
   * unknown name is rejected (with the forces it may mean, for the message)
   * and its line noted for mapping by hand. Either way: undefined.
   */
  forceOf(name: string, line: number): Force | undefined;
  /** Lists the unknown names in the report, those with most lines first, up to MAX_LISTED_NAMES; counts the rest. */
  finish(): void;
}

/**
 * Resolves each distinct name once. Suggestions cost a search through every
 * force's names, so they are looked for only for the names an error message
 * or the report's list needs: a file of 100,000 unknown names asks for a
 * few hundred.
 */
export function createRowForceResolver(resolver: ForceNameResolver, report: IngestReport, reject: RejectRow): RowForces {
  const matches = new Map<string, ForceNameMatch>();
  const unknown = new Map<string, { lineCount: number; lines: number[]; lastLine: number }>();
  const suggestions = new Map<string, readonly Force[]>();
  const suggestionsFor = (name: string): readonly Force[] => {
    let found = suggestions.get(name);
    if (!found) {
      const resolution = resolver.resolve(name);
      found = resolution.kind === 'unknown' ? resolution.suggestions : [];
      suggestions.set(name, found);
    }
    return found;
  };

  return {
    forceOf(name, line) {
      let match = matches.get(name);
      if (!match) matches.set(name, (match = resolver.match(name)));
      if (match.kind === 'force') return match.force;
      if (match.kind === 'no-area') {
        report.setAside['no-area']++;
        report.noAreaBodies[match.body] = (report.noAreaBodies[match.body] ?? 0) + 1;
        return undefined;
      }
      let entry = unknown.get(name);
      if (!entry) unknown.set(name, (entry = { lineCount: 0, lines: [], lastLine: 0 }));
      // A wide table repeats the name in every year column of the line: the line counts once.
      if (entry.lastLine !== line) {
        entry.lineCount++;
        entry.lastLine = line;
        if (entry.lines.length < MAX_LINES_PER_NAME) entry.lines.push(line);
      }
      reject('unknown-force', () => ({ line, text: shownCell(name), message: unknownForceMessage(name, suggestionsFor(name)) }));
      return undefined;
    },
    finish() {
      // Sorting is stable: names with as many lines stay in the order the file first uses them.
      const ranked = [...unknown].sort(([, a], [, b]) => b.lineCount - a.lineCount);
      const listed = ranked.slice(0, MAX_LISTED_NAMES);
      report.unknownNames = listed.map(([name, { lineCount, lines }]) => ({
        name,
        lineCount,
        lines,
        suggestions: suggestionsFor(name).map((force) => force.code),
      }));
      let lines = 0;
      for (let i = listed.length; i < ranked.length; i++) lines += ranked[i]![1].lineCount;
      report.unknownNamesNotListed = { names: ranked.length - listed.length, lines };
    },
  };
}

/**
 * 'unknown force "Yorkshire"; did you mean "North Yorkshire", "South Yorkshire" or "West Yorkshire"?'
 * A suggestion that looks the same as the name says what differs: 'unknown force "Dоrset", which holds the Cyrillic letter о (U+043E); …'.
 */
function unknownForceMessage(name: string, suggestions: readonly Force[]): string {
  const words = importWords().rows;
  const otherLetters = suggestions.length > 0 ? otherScriptLetters(name, words.scriptLetters) : undefined;
  return words.unknownForce(isolated(name), otherLetters, suggestions.map(importForceName));
}
