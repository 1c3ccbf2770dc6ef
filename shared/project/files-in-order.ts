// A project's files in the order Twenty needs them imported: by their objects' import order (companies, then
// people, then opportunities, custom objects by their relations); files of one object keep the project's order;
// a file whose object the model lacks goes last. Used by the CLI's project push and the app's file list alike.
import { importOrder } from '../model/import-order'
import { findObject, type WorkspaceModel } from '../model/workspace-model'

export function filesInOrder<T extends { readonly mapping: { readonly object: string } }>(
  files: readonly T[],
  model: WorkspaceModel,
): T[] {
  const singular = (file: T) => findObject(model, file.mapping.object)?.nameSingular
  const objects = [...new Set(files.map(singular).filter((o): o is string => o !== undefined))]
  const order = importOrder(model, objects)
  const rank = (file: T) => {
    const object = singular(file)
    return object === undefined ? order.length : order.indexOf(object)
  }
  return files
    .map((file, index) => ({ file, index }))
    .sort((a, b) => rank(a.file) - rank(b.file) || a.index - b.index)
    .map((x) => x.file)
}

/**
 * The name each file's output files take (`<object>-rejected.csv`, import files): its object's plural name, or,
 * when two files of the project go to one object, that name and the file's id, so neither overwrites the other.
 * Files whose object the model lacks are left out.
 */
export function outputNamesOf<T extends { readonly id: string; readonly mapping: { readonly object: string } }>(
  files: readonly T[],
  model: WorkspaceModel,
): Map<string, string> {
  const pluralOf = (file: T) => findObject(model, file.mapping.object)?.namePlural
  const perObject = new Map<string, number>()
  for (const file of files) {
    const plural = pluralOf(file)
    if (plural !== undefined) perObject.set(plural, (perObject.get(plural) ?? 0) + 1)
  }
  const names = new Map<string, string>()
  for (const file of files) {
    const plural = pluralOf(file)
    if (plural !== undefined) names.set(file.id, perObject.get(plural)! > 1 ? `${plural}-${file.id}` : plural)
  }
  return names
}
