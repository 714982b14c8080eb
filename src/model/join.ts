import type { Dataset, FigureSource } from '../datasets/dataset';
import { populationFor, type Population } from '../datasets/population';
import type { Force, ForceTable } from '../forces/force-table';
import type { ForceSeries } from './measures';

/** One force in one year: the published figure (null: not published) and what it is divided by. */
export interface Cell {
  value: number | null;
  population: number | undefined;
  source: FigureSource;
  note?: string;
}

interface JoinReport {
  /** Forces on the map that the dataset has no figure for in any year. */
  forcesWithoutFigures: Force[];
  /** Codes with figures but no boundary: their figures cannot be drawn. */
  figuresWithoutBoundary: string[];
  /** Force-years with a figure but no population estimate: no rate for them. */
  populationMissing: { code: string; year: string }[];
}

export interface JoinedData {
  dataset: Dataset;
  /** The forces that have a boundary, in the forces table's order. */
  forces: Force[];
  years: readonly string[];
  /** cells.get(code)[yearIndex]; undefined: no figure was published. */
  cells: ReadonlyMap<string, readonly (Cell | undefined)[]>;
  /** populations.get(code)[yearIndex]: the estimate a rate would divide by, whether or not a figure was published; undefined: none. */
  populations: ReadonlyMap<string, readonly (number | undefined)[]>;
  report: JoinReport;
}

/**
 * Joins boundaries × dataset × population. Nothing is dropped silently:
 * whatever cannot be joined is named in the report.
 */
export function joinDataset(boundaryCodes: ReadonlySet<string>, forceTable: ForceTable, dataset: Dataset, population: Population): JoinedData {
  const yearIndex = new Map(dataset.years.map((year, index) => [year, index]));
  const forces = forceTable.forces.filter((force) => boundaryCodes.has(force.code));
  const cells = new Map<string, (Cell | undefined)[]>(forces.map((force) => [force.code, dataset.years.map(() => undefined)]));
  const report: JoinReport = { forcesWithoutFigures: [], figuresWithoutBoundary: [], populationMissing: [] };

  for (const observation of dataset.observations) {
    const row = cells.get(observation.code);
    if (!row) {
      if (!report.figuresWithoutBoundary.includes(observation.code)) report.figuresWithoutBoundary.push(observation.code);
      continue;
    }
    const people = populationFor(population, observation.code, observation.year);
    if (people === undefined && observation.value !== null) report.populationMissing.push({ code: observation.code, year: observation.year });
    row[yearIndex.get(observation.year)!] = {
      value: observation.value,
      population: people,
      source: dataset.sources[observation.source]!,
      ...(observation.note ? { note: observation.note } : {}),
    };
  }
  report.forcesWithoutFigures = forces.filter((force) => cells.get(force.code)!.every((cell) => cell === undefined));
  const populations = new Map(forces.map((force) => [force.code, dataset.years.map((year) => populationFor(population, force.code, year))]));
  return { dataset, forces, years: dataset.years, cells, populations, report };
}

/** A force's figures and the populations its cells were joined with, year by year, for the measures. */
export function forceSeriesOf(joined: JoinedData, code: string): ForceSeries {
  const cells = joined.cells.get(code) ?? [];
  return {
    years: joined.years,
    values: joined.years.map((_, index) => cells[index]?.value ?? null),
    populations: joined.years.map((_, index) => cells[index]?.population),
  };
}
