// Test helpers around the sample workspace metadata (a GraphQL `objects` response with fieldsList).
import { parseWorkspaceMetadata } from './parse-metadata'
import type { ObjectModel, WorkspaceModel } from './workspace-model'
import response from './__fixtures__/workspace-model.json'

/** A fresh deep copy of the sample response, safe to reshape in a test. */
export function fixtureResponse(): {
  data: { objects: { edges: { node: Record<string, unknown> & { fieldsList: Record<string, unknown>[] } }[] } }
} {
  return JSON.parse(JSON.stringify(response))
}

export function fixtureModel(): WorkspaceModel {
  return parseWorkspaceMetadata(fixtureResponse()).model
}

export function objectOf(model: WorkspaceModel, name: string): ObjectModel {
  const found = model.objects.find((o) => o.nameSingular === name)
  if (found === undefined) throw new Error(`no object ${name}`)
  return found
}
