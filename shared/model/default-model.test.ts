import { describe, expect, it } from 'vitest'
import { DEFAULT_MODEL } from './default-model'
import { listTargets } from './list-targets'
import { findObject, WorkspaceModelSchema } from './workspace-model'

describe('DEFAULT_MODEL', () => {
  it('is a valid, frozen WorkspaceModel of the stock objects', () => {
    expect(WorkspaceModelSchema.parse(DEFAULT_MODEL)).toEqual(DEFAULT_MODEL)
    expect(DEFAULT_MODEL.objects.map((o) => o.namePlural)).toEqual([
      'people',
      'companies',
      'opportunities',
      'notes',
      'tasks',
      'noteTargets',
      'taskTargets',
      'workspaceMembers',
    ])
    expect(Object.isFrozen(DEFAULT_MODEL.objects[0]?.fields[0])).toBe(true)
  })

  it('has every MANY_TO_ONE relation pointing at an object of the model, with <name>Id join columns', () => {
    const relations = DEFAULT_MODEL.objects.flatMap((o) =>
      o.fields
        .filter((f) => f.relation?.type === 'MANY_TO_ONE')
        .map((f) => `${o.nameSingular}.${f.name} -> ${f.relation?.targetObject} (${f.relation?.joinColumn})`),
    )
    expect(relations).toEqual([
      'person.company -> company (companyId)',
      'company.accountOwner -> workspaceMember (accountOwnerId)',
      'opportunity.pointOfContact -> person (pointOfContactId)',
      'opportunity.company -> company (companyId)',
      'task.assignee -> workspaceMember (assigneeId)',
      'noteTarget.note -> note (noteId)',
      'noteTarget.person -> person (personId)',
      'noteTarget.company -> company (companyId)',
      'noteTarget.opportunity -> opportunity (opportunityId)',
      'taskTarget.task -> task (taskId)',
      'taskTarget.person -> person (personId)',
      'taskTarget.company -> company (companyId)',
      'taskTarget.opportunity -> opportunity (opportunityId)',
    ])
    for (const line of relations) expect(findObject(DEFAULT_MODEL, line.split(' -> ')[1]!.split(' ')[0]!)).toBeDefined()
  })

  it('uses Twenty labels, so the import headers come out as Twenty shows them', () => {
    const labels = (name: string) => listTargets(findObject(DEFAULT_MODEL, name)!, DEFAULT_MODEL).map((t) => t.label)
    expect(labels('person')).toEqual(
      expect.arrayContaining([
        'Emails / Primary Email',
        'Phones / Primary Phone Number',
        'Linkedin / Link URL',
        'X / Link URL',
        'Job Title',
        'City',
        'Company / Id',
        'Company / Domain Name / Link URL',
      ]),
    )
    expect(labels('opportunity')).toEqual(
      expect.arrayContaining([
        'Amount / Amount',
        'Close date',
        'Stage',
        'Point of Contact / Emails / Primary Email',
        'Company / Domain Name / Link URL',
      ]),
    )
    expect(labels('task')).toEqual([
      'Id',
      'Title',
      'Body / Markdown',
      'Due Date',
      'Status',
      'Assignee / Id',
      'Assignee / User Email',
    ])
  })

  it('gives the stock stage its quoted default and option values', () => {
    const stage = findObject(DEFAULT_MODEL, 'opportunity')!.fields.find((f) => f.name === 'stage')!
    expect(stage.defaultValue).toBe("'NEW'")
    expect(stage.options.map((o) => `${o.value}=${o.label}`)).toEqual([
      'NEW=New',
      'SCREENING=Screening',
      'MEETING=Meeting',
      'PROPOSAL=Proposal',
      'CUSTOMER=Customer',
    ])
  })
})
