import { describe, expect, it } from 'vitest'
import { customPeopleTargets, stockTargets } from './stock-targets.test-support'
import type { MappingSuggestion } from './mapping-suggestion'
import { suggestMapping } from './suggest-mapping'

type Sheet = readonly (readonly [header: string, samples?: readonly string[]])[]

function suggest(objectName: string, sheet: Sheet, targets = stockTargets(objectName)): MappingSuggestion[] {
  return suggestMapping({
    headers: sheet.map(([header]) => header),
    samples: sheet.map(([, samples]) => samples ?? []),
    targets,
    objectName,
  })
}
const pathOf = (objectName: string, header: string, samples?: readonly string[]) =>
  suggest(objectName, [[header, samples]])[0]!.path

const emails = ['ada@acme.com', 'grace@navy.mil', 'alan@bletchley.uk', 'marie@sorbonne.fr', 'linus@kernel.org']
const domains = ['acme.com', 'https://initech.io', 'globex.de', 'www.hooli.xyz', 'umbrella.co.uk']

describe('suggestMapping', () => {
  it('returns one suggestion per column, in order, on known paths, with confidence in 0..1', () => {
    const headers = ['Email', 'Vorname', 'Column C', 'Whatever', 'Email']
    const result = suggest(
      'people',
      headers.map((h) => [h] as const),
    )
    const paths = new Set(stockTargets('people').map((t) => t.path))
    expect(result.map((s) => s.column)).toEqual([0, 1, 2, 3, 4])
    for (const s of result) {
      expect(s.path === null || paths.has(s.path)).toBe(true)
      expect(s.confidence).toBeGreaterThanOrEqual(0)
      expect(s.confidence).toBeLessThanOrEqual(1)
      expect(s.reason).not.toBe('')
      expect(s.alternatives.some((a) => a.path === s.path)).toBe(false)
    }
  })

  describe("rule 1: Twenty's own headers", () => {
    it('takes an import label at full confidence', () => {
      expect(suggest('people', [['Emails / Primary Email']])[0]).toMatchObject({
        path: 'emails.primaryEmail',
        confidence: 1,
        reason: `Header matches Twenty's import label "Emails / Primary Email"`,
      })
    })
    it('reads a Twenty export back, dropping what cannot be imported', () => {
      const result = suggest('companies', [
        ['Id'],
        ['Name'],
        ['Address / Latitude'],
        ['Account Owner Id'],
        ['Creation date'],
      ])
      expect(result.map((s) => s.path)).toEqual(['id', 'name', null, 'accountOwner.id', null])
    })
  })

  describe('rule 2: field labels and API names', () => {
    it.each(['job_title', 'Job-Title', 'job.title'])('%j -> jobTitle', (header) => {
      expect(suggest('people', [[header]])[0]).toMatchObject({
        path: 'jobTitle',
        confidence: 0.9,
        reason: 'Header matches the field "Job Title" (ignoring case, accents and punctuation)',
      })
    })
    it('finds custom fields by label', () => {
      const result = suggest('people', [['Lead source'], ['customer since'], ['VIP']], customPeopleTargets())
      expect(result.map((s) => s.path)).toEqual(['leadSource', 'customerSince', 'vip'])
    })
  })

  describe('rule 3: synonyms in nine languages and CRM exports', () => {
    it.each<[string, string, string | null]>([
      ['people', 'Vorname', 'name.firstName'],
      ['people', 'Prénom', 'name.firstName'],
      ['people', 'Nombre', 'name.firstName'],
      ['people', 'Nome', 'name.firstName'],
      ['people', 'Voornaam', 'name.firstName'],
      ['people', 'Imię', 'name.firstName'],
      ['people', 'Имя', 'name.firstName'],
      ['people', 'Nachname', 'name.lastName'],
      ['people', 'Familienname', 'name.lastName'],
      ['people', 'Apellido', 'name.lastName'],
      ['people', 'Apellidos', 'name.lastName'],
      ['people', 'Cognome', 'name.lastName'],
      ['people', 'Achternaam', 'name.lastName'],
      ['people', 'Sobrenome', 'name.lastName'],
      ['people', 'Nazwisko', 'name.lastName'],
      ['people', 'Фамилия', 'name.lastName'],
      ['people', 'Name', 'name'],
      ['people', 'Full name', 'name'],
      ['people', 'Contact', 'name'],
      ['people', 'Kontakt', 'name'],
      ['people', 'Nom complet', 'name'],
      ['people', 'Nombre completo', 'name'],
      ['people', 'E-Mail', 'emails.primaryEmail'],
      ['people', 'Email Address', 'emails.primaryEmail'],
      ['people', 'Courriel', 'emails.primaryEmail'],
      ['people', 'Correo', 'emails.primaryEmail'],
      ['people', 'Correo electrónico', 'emails.primaryEmail'],
      ['people', 'Posta elettronica', 'emails.primaryEmail'],
      ['people', 'E-mailadres', 'emails.primaryEmail'],
      ['people', 'Почта', 'emails.primaryEmail'],
      ['people', 'Эл. почта', 'emails.primaryEmail'],
      ['people', 'Telefon', 'phones.primaryPhoneNumber'],
      ['people', 'Téléphone', 'phones.primaryPhoneNumber'],
      ['people', 'Teléfono', 'phones.primaryPhoneNumber'],
      ['people', 'Telefono', 'phones.primaryPhoneNumber'],
      ['people', 'Telefoon', 'phones.primaryPhoneNumber'],
      ['people', 'Телефон', 'phones.primaryPhoneNumber'],
      ['people', 'Mobile', 'phones.primaryPhoneNumber'],
      ['people', 'Handy', 'phones.primaryPhoneNumber'],
      ['people', 'Portable', 'phones.primaryPhoneNumber'],
      ['people', 'Cell', 'phones.primaryPhoneNumber'],
      ['people', 'Phone 1', 'phones.primaryPhoneNumber'],
      ['people', 'Position', 'jobTitle'],
      ['people', 'Titel', 'jobTitle'],
      ['people', 'Fonction', 'jobTitle'],
      ['people', 'Poste', 'jobTitle'],
      ['people', 'Cargo', 'jobTitle'],
      ['people', 'Funzione', 'jobTitle'],
      ['people', 'Functie', 'jobTitle'],
      ['people', 'Должность', 'jobTitle'],
      ['people', 'LinkedIn', 'linkedinLink.primaryLinkUrl'],
      ['people', 'Ort', 'city'],
      ['people', 'Stadt', 'city'],
      ['people', 'Ville', 'city'],
      ['people', 'Ciudad', 'city'],
      ['people', 'Città', 'city'],
      ['people', 'Plaats', 'city'],
      ['people', 'Город', 'city'],
      ['people', 'Website', 'company.domainName.primaryLinkUrl'],
      ['people', 'Company domain', 'company.domainName.primaryLinkUrl'],
      ['companies', 'Website', 'domainName.primaryLinkUrl'],
      ['companies', 'URL', 'domainName.primaryLinkUrl'],
      ['companies', 'Webseite', 'domainName.primaryLinkUrl'],
      ['companies', 'Site web', 'domainName.primaryLinkUrl'],
      ['companies', 'Sitio web', 'domainName.primaryLinkUrl'],
      ['companies', 'Domain', 'domainName.primaryLinkUrl'],
      ['companies', 'Firma', 'name'],
      ['companies', 'PLZ', 'address.addressPostcode'],
      ['companies', 'Postleitzahl', 'address.addressPostcode'],
      ['companies', 'Code postal', 'address.addressPostcode'],
      ['companies', 'CP', 'address.addressPostcode'],
      ['companies', 'Código postal', 'address.addressPostcode'],
      ['companies', 'CAP', 'address.addressPostcode'],
      ['companies', 'Postcode', 'address.addressPostcode'],
      ['companies', 'ZIP', 'address.addressPostcode'],
      ['companies', 'Straße', 'address.addressStreet1'],
      ['companies', 'Strasse', 'address.addressStreet1'],
      ['companies', 'Rue', 'address.addressStreet1'],
      ['companies', 'Calle', 'address.addressStreet1'],
      ['companies', 'Via', 'address.addressStreet1'],
      ['companies', 'Straat', 'address.addressStreet1'],
      ['companies', 'Stadt', 'address.addressCity'],
      ['companies', 'Land', 'address.addressCountry'],
      ['companies', 'Pays', 'address.addressCountry'],
      ['companies', 'País', 'address.addressCountry'],
      ['companies', 'Paese', 'address.addressCountry'],
      ['companies', 'Mitarbeiter', 'employees'],
      ['companies', 'Employés', 'employees'],
      ['companies', 'Empleados', 'employees'],
      ['companies', 'Dipendenti', 'employees'],
      ['companies', 'Medewerkers', 'employees'],
      ['companies', '# Employees', 'employees'],
      ['companies', 'Employee count', 'employees'],
      ['companies', 'Jahresumsatz', 'annualRecurringRevenue.amountMicros'],
      ['companies', 'Umsatz', 'annualRecurringRevenue.amountMicros'],
      ['companies', "Chiffre d'affaires", 'annualRecurringRevenue.amountMicros'],
      ['companies', 'Ingresos', 'annualRecurringRevenue.amountMicros'],
      ['companies', 'Fatturato', 'annualRecurringRevenue.amountMicros'],
      ['companies', 'Omzet', 'annualRecurringRevenue.amountMicros'],
      ['companies', 'Annual Revenue', 'annualRecurringRevenue.amountMicros'],
      ['opportunities', 'Betrag', 'amount.amountMicros'],
      ['opportunities', 'Montant', 'amount.amountMicros'],
      ['opportunities', 'Importe', 'amount.amountMicros'],
      ['opportunities', 'Importo', 'amount.amountMicros'],
      ['opportunities', 'Bedrag', 'amount.amountMicros'],
      ['opportunities', 'Deal value', 'amount.amountMicros'],
      ['opportunities', 'Expected close', 'closeDate'],
      ['opportunities', 'Abschlussdatum', 'closeDate'],
      ['opportunities', 'Phase', 'stage'],
      ['opportunities', 'Étape', 'stage'],
      ['opportunities', 'Etapa', 'stage'],
      ['opportunities', 'Fase', 'stage'],
      ['opportunities', 'Deal Stage', 'stage'],
      ['opportunities', 'Title', 'name'],
      ['opportunities', 'Contact email', 'pointOfContact.emails.primaryEmail'],
    ])('%s: %j -> %s', (objectName, header, expected) => {
      expect(pathOf(objectName, header)).toBe(expected)
    })

    it('reads CRM export headers', () => {
      const hubspot = suggest('people', [
        ['First Name'],
        ['Phone Number'],
        ['Mobile Phone Number'],
        ['Website URL'],
        ['Lifecycle Stage'],
      ])
      expect(hubspot.map((s) => s.path)).toEqual([
        'name.firstName',
        'phones.primaryPhoneNumber',
        'phones.additionalPhones',
        'company.domainName.primaryLinkUrl',
        null,
      ])
      const salesforce = suggest('companies', [['Name'], ['BillingCity'], ['AnnualRevenue'], ['NumberOfEmployees']])
      expect(salesforce.map((s) => s.path)).toEqual([
        'name',
        'address.addressCity',
        'annualRecurringRevenue.amountMicros',
        'employees',
      ])
      const pipedrive = suggest('opportunities', [
        ['Deal - Title'],
        ['Deal - Value'],
        ['Deal - Expected close date'],
        ['Person - Email'],
      ])
      expect(pipedrive.map((s) => s.path)).toEqual([
        'name',
        'amount.amountMicros',
        'closeDate',
        'pointOfContact.emails.primaryEmail',
      ])
    })

    it('says which language a synonym is from', () => {
      expect(suggest('people', [['Vorname']])[0]).toMatchObject({
        confidence: 0.8,
        reason: 'German synonym of first name',
      })
    })

    it('does not link a person to a company by the company name, and says how it could', () => {
      const [company] = suggest('people', [['Company']])
      expect(company?.path).toBeNull()
      expect(company?.reason).toContain('Twenty links "Company" only by a unique field')
      expect(company?.alternatives.map((a) => a.path)).toContain('company.domainName.primaryLinkUrl')
      for (const header of [
        'Employer',
        'Account',
        'Organisation',
        'Firma',
        'Unternehmen',
        'Société',
        'Empresa',
        'Azienda',
        'Bedrijf',
      ]) {
        expect(pathOf('people', header)).toBeNull()
      }
    })

    it('links by domain when the company column holds domains, and by id when it holds ids', () => {
      expect(pathOf('people', 'Company', domains)).toBe('company.domainName.primaryLinkUrl')
      expect(
        pathOf('people', 'Firma', ['c776ee49-f608-4a77-8cc8-6fe96ae1e43f', '4b1e6a0c-3f1d-4a9e-9c3b-2d7f8e6a5b4c']),
      ).toBe('company.id')
    })

    it('maps what the object cannot hold to null, with why', () => {
      expect(suggest('people', [['PLZ']])[0]).toMatchObject({
        path: null,
        reason: 'German synonym of postcode, but people have no field for it',
      })
      expect(suggest('people', [['Create Date']])[0]?.reason).toContain('Twenty sets the creation date itself')
    })
  })

  describe('rule 4: values when the header says nothing', () => {
    it('maps placeholder headers by their values', () => {
      const result = suggest('people', [
        ['Column C', emails],
        ['', domains],
        ['Field 7', ['+49 30 1234567', '(415) 555-0100']],
      ])
      expect(result.map((s) => s.path)).toEqual([
        'emails.primaryEmail',
        'company.domainName.primaryLinkUrl',
        'phones.primaryPhoneNumber',
      ])
      expect(result[0]).toMatchObject({ confidence: 0.7, reason: 'Values look like email addresses (100% of 5)' })
    })

    it('maps unknown headers by their values, and select options to their field', () => {
      expect(pathOf('opportunities', 'Pipeline status', ['Proposal', 'Meeting', 'New', 'Customer'])).toBe('stage')
      expect(pathOf('opportunities', 'When', ['2025-03-01', '2025-04-01'])).toBe('closeDate')
    })

    it('lets a recognised header win over values, keeping the values as alternatives', () => {
      const [column] = suggest('people', [['City', emails]])
      expect(column?.path).toBe('city')
      expect(column?.alternatives.map((a) => a.path)).toContain('emails.primaryEmail')
    })

    it('rejects an id column whose values are not UUIDs', () => {
      const [column] = suggest('people', [['Id', ['1001', '1002', '1003', '1004', '1005']]])
      expect(column?.path).toBeNull()
      expect(column?.reason).toContain('the values are not Twenty ids')
    })
  })

  describe('rule 5: whole-field targets', () => {
    it('maps a full name to the whole name when no first/last columns exist', () => {
      expect(suggest('people', [['Name'], ['Email']]).map((s) => s.path)).toEqual(['name', 'emails.primaryEmail'])
    })

    it('leaves the whole name to first and last name columns', () => {
      const result = suggest('people', [['Name'], ['First Name'], ['Last Name']])
      expect(result.map((s) => s.path)).toEqual([null, 'name.firstName', 'name.lastName'])
      expect(result[0]?.reason).toContain('the parts of "Name" are in "First Name" and "Last Name"')
    })

    it('reads a German "Name" beside "Vorname" as the last name', () => {
      expect(suggest('people', [['Vorname'], ['Name']]).map((s) => s.path)).toEqual(['name.firstName', 'name.lastName'])
    })

    it('maps an address to the whole address, or to the street beside city columns', () => {
      expect(pathOf('companies', 'Adresse')).toBe('address')
      expect(suggest('companies', [['Adresse'], ['PLZ'], ['Ort']]).map((s) => s.path)).toEqual([
        'address.addressStreet1',
        'address.addressPostcode',
        'address.addressCity',
      ])
    })

    it('keeps an amount with its currency in one cell whole', () => {
      expect(pathOf('opportunities', 'Amount', ['€1,200.00', 'EUR 300', '$5,000', '£750.50', '€ 99'])).toBe('amount')
      expect(pathOf('opportunities', 'Amount', ['1200.50', '300', '5000', '750', '99'])).toBe('amount.amountMicros')
    })
  })

  describe('conflicts', () => {
    it('never gives one field to two columns, and says which column took it', () => {
      const result = suggest('people', [['E-Mail'], ['Emails / Primary Email'], ['Mail']])
      expect(result.map((s) => s.path)).toEqual(['emails.additionalEmails', 'emails.primaryEmail', null])
      expect(result[0]?.reason).toBe(
        'English synonym of email; column "Emails / Primary Email" took "Emails / Primary Email"',
      )
      expect(result[2]?.reason).toContain('column "E-Mail" took "Emails / Additional Emails"')
    })

    it('does not let an empty column keep a field from one with values', () => {
      const result = suggest(
        'people',
        [['Job'], ['Role', ['CTO', 'Buyer']]].map(([h, s]) => [h as string, (s ?? ['', '']) as string[]] as const),
      )
      expect(result.map((s) => s.path)).toEqual([null, 'jobTitle'])
    })

    it('honours paths a saved mapping decided', () => {
      const result = suggestMapping({
        headers: ['Full name', 'Mail'],
        samples: [],
        targets: stockTargets('people'),
        objectName: 'people',
        reserved: ['name.firstName'],
      })
      expect(result.map((s) => s.path)).toEqual([null, 'emails.primaryEmail'])
    })
  })
})
