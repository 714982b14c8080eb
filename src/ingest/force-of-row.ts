import type { Force } from '../forces/force-table';
import type { ForceNameResolver, ForceNameResolution } from '../forces/resolve-force-name';
import type { IngestReport, RowError } from './ingest-report';

/**
 * Resolves the force a row names, once per distinct name. A row of a body
 * with no area on the map is set aside and counted; a row of an unknown
 * name is rejected with the closest suggestion and listed for mapping by
 * hand. Either way the caller gets undefined and moves on.
 */
export function createRowForceResolver(resolver: ForceNameResolver, report: IngestReport, reject: (error: RowError) => void): (name: string, line: number) => Force | undefined {
  const resolutions = new Map<string, ForceNameResolution>();
  return (name, line) => {
    let resolution = resolutions.get(name);
    if (!resolution) resolutions.set(name, (resolution = resolver.resolve(name)));
    if (resolution.kind === 'force') return resolution.force;
    if (resolution.kind === 'no-area') {
      report.setAside['no-area']++;
      report.noAreaBodies[resolution.body] = (report.noAreaBodies[resolution.body] ?? 0) + 1;
      return undefined;
    }
    const suggestion = resolution.suggestion?.name;
    const entry = (report.unknownNames[name] ??= { lines: [], ...(suggestion ? { suggestion } : {}) });
    // A wide table repeats the name in every year column of the line: list the line once.
    if (entry.lines.at(-1) !== line) entry.lines.push(line);
    reject({
      line,
      reason: 'unknown-force',
      text: name,
      message: `unknown force "${name}"${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
      ...(suggestion ? { suggestion } : {}),
    });
    return undefined;
  };
}
