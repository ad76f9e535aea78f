/** One named, described entry of a manifest declaration (attribute, event, part, CSS property, slot). */
export interface ManifestEntry {
  name: string;
  description?: string;
  type?: { text: string };
  fieldName?: string;
  default?: string;
}
/** A class declaration of the Custom Elements Manifest (the fields this project writes). */
export interface ManifestDeclaration {
  kind: 'class';
  name: string;
  summary?: string;
  description?: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: ManifestEntry[];
  members: (ManifestEntry & { kind: 'field' | 'method'; attribute?: string; reflects?: boolean })[];
  events?: ManifestEntry[];
  slots?: ManifestEntry[];
  cssParts?: ManifestEntry[];
  cssProperties?: ManifestEntry[];
}
/** Custom Elements Manifest 2.1 for the package's `src/`. */
export interface Manifest {
  schemaVersion: string;
  readme: string;
  modules: { kind: 'javascript-module'; path: string; declarations: ManifestDeclaration[] }[];
}
/** Builds the manifest object for the package's `src/`. */
export declare function buildManifest(): Manifest;
/** Writes custom-elements.json next to package.json; returns its path. */
export declare function writeManifest(): string;
