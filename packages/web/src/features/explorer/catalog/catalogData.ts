import { useQuery } from '@tanstack/react-query';
import { loadCatalog, formatLoadError, type Catalog, type Text } from '@springplank/rules';
import { parse } from 'yaml';

declare const __SPRINGPLANK_CATALOG_URL__: string;

/** The catalogue ready for the browser: the checked rules plus what the questionnaire shows. */
export interface ExplorerCatalog {
  catalog: Catalog;
  version: string;
  /** Labels of enum values per fact (facts.yaml `value_labels`). */
  valueLabels: Map<string, Record<string, Text>>;
  /** The `pattern` a string fact must match. */
  patterns: Map<string, string>;
}

interface FactDocumentation {
  id: string;
  value_labels?: Record<string, Text>;
  pattern?: string;
}

/** Loads a catalogue asset (see build/catalogAsset.ts) into the engine; throws on any load error. */
export function buildExplorerCatalog(asset: { version: string; files: { path: string; text: string }[] }): ExplorerCatalog {
  const result = loadCatalog(asset.files);
  if (!result.ok) throw new Error(result.errors.map(formatLoadError).join('\n'));
  const facts = asset.files.find((f) => f.path === 'facts.yaml');
  const docs = (facts ? parse(facts.text) : []) as FactDocumentation[];
  return {
    catalog: result.catalog,
    version: asset.version,
    valueLabels: new Map(docs.filter((d) => d.value_labels).map((d) => [d.id, d.value_labels!])),
    patterns: new Map(docs.filter((d) => d.pattern).map((d) => [d.id, d.pattern!])),
  };
}

/**
 * The catalogue, fetched once as static data and evaluated in the browser. The request carries
 * nothing about the person: it is the same file for everyone.
 */
export function useExplorerCatalog() {
  return useQuery({
    queryKey: ['explorer-catalog', __SPRINGPLANK_CATALOG_URL__],
    queryFn: async () => {
      const response = await fetch(__SPRINGPLANK_CATALOG_URL__, { credentials: 'omit' });
      if (!response.ok) throw new Error(`catalogue ${response.status}`);
      return buildExplorerCatalog((await response.json()) as { version: string; files: { path: string; text: string }[] });
    },
    staleTime: Infinity,
    gcTime: Infinity,
    retry: 1,
  });
}
