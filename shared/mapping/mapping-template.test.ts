import { describe, expect, it } from 'vitest'
import { MappingTemplateSchema, templateFit, templateToOffer } from './mapping-template'

const template = (name: string, headers: string[]) => ({ name, headers })

describe('mapping templates', () => {
  it('fits by the share of the file’s headers the template names, ignoring case and spaces', () => {
    expect(
      templateFit(template('a', ['Email', 'First Name', 'Phone']), ['email', ' First Name', 'Phone', 'Notes']),
    ).toBe(0.75)
  })

  it('offers the best template that fits most of the headers, or none', () => {
    const templates = [template('partial', ['Email']), template('crm', ['Email', 'First Name', 'Phone', 'Notes'])]
    expect(templateToOffer(templates, ['Email', 'First Name', 'Phone', 'Notes'])?.name).toBe('crm')
    expect(templateToOffer(templates, ['Company', 'Website'])).toBeNull()
  })

  it('refuses a template file of another format or version', () => {
    const ok = {
      format: 'preflight-mapping-template',
      version: 1,
      id: 'crm-export',
      name: 'CRM export',
      object: 'people',
      headers: ['Email'],
      columns: { Email: 'emails.primaryEmail' },
      settings: {},
      savedAt: '2026-11-22T03:00:00.000Z',
    }
    expect(MappingTemplateSchema.safeParse(ok).success).toBe(true)
    expect(MappingTemplateSchema.safeParse({ ...ok, version: 2 }).success).toBe(false)
    expect(MappingTemplateSchema.safeParse({ ...ok, columns: { Email: '' } }).success).toBe(false)
  })
})
