// A project's files in the order Twenty needs them imported: by their objects' import order (companies, then
// people, then opportunities, custom objects by their relations); files of one object keep the project's order;
// a file whose object the model lacks goes last. Used by the CLI's project push and the app's file list alike.
import { importOrder } from '../model/import-order'
import { findObject, type WorkspaceModel } from '../model/workspace-model'

export function filesInOrder<T extends { readonly mapping: { readonly object: string } }>(files: readonly T[], model: WorkspaceModel): T[] {
  const singular = (file: T) => findObject(model, file.mapping.object)?.nameSingular
  const objects = [...new Set(files.map(singular).filter((o): o is string => o !== undefined))]
  const order = importOrder(model, objects)
  const rank = (file: T) => {
    const object = singular(file)
    return object === undefined ? order.length : order.indexOf(object)
  }
  return files.map((file, index) => ({ file, index })).sort((a, b) => rank(a.file) - rank(b.file) || a.index - b.index).map((x) => x.file)
}
