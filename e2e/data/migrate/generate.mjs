// Writes the CRM exports the migrate tests read, shaped as each system writes them: HubSpot's "all records"
// exports (Record ID, `;`-joined Associated … IDs, owners by name or email; notes and tasks attached to several
// records), Salesforce's (owners as user ids, User.csv giving their emails) Salesforce's data export (one CSV per object named by API
// name, 18-character ids, IsDeleted, OpportunityContactRole.csv) and Pipedrive's (entity-prefixed headers,
// links by name). Deterministic; some links name no row and some Pipedrive names are ambiguous, on purpose.
// Run: node e2e/data/migrate/generate.mjs
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))

function csv(rows) {
  const cell = (v) => (/[",\n;]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v))
  return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n'
}
function write(system, name, rows) {
  mkdirSync(join(here, system), { recursive: true })
  writeFileSync(join(here, system, name), csv(rows))
}

const COMPANIES = ['Acme Corp', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark Industries', 'Wayne Enterprises', 'Wonka', 'Cyberdyne', 'Soylent', 'Tyrell', 'Vandelay']
const FIRST = ['Ada', 'Grace', 'Alan', 'Katherine', 'Edsger', 'Barbara', 'Donald', 'Frances', 'John', 'Margaret', 'Dennis', 'Radia', 'Ken', 'Hedy', 'Tim', 'Sophie', 'Linus', 'Shafi', 'Leslie', 'Niklaus']
const LAST = ['Lovelace', 'Hopper', 'Turing', 'Johnson', 'Dijkstra', 'Liskov', 'Knuth', 'Allen', 'Backus', 'Hamilton', 'Ritchie', 'Perlman', 'Thompson', 'Lamarr', 'Berners-Lee', 'Wilson', 'Torvalds', 'Goldwasser', 'Lamport', 'Wirth']
const domain = (name) => `${name.toLowerCase().replace(/[^a-z]+/g, '')}.example`

// ---- HubSpot ----
{
  const companyId = (i) => String(5100200300 + i * 7)
  const contactId = (i) => String(8100300400 + i * 11)
  const dealId = (i) => String(9200500600 + i * 13)
  // Owners by full name or email; the workspace's members are Jane Owner and Tom Member (tom.member@example.com).
  // Company 11's owner is no member: a warning, the owner left empty.
  const owner = (i) => (i === 11 ? 'Nobody Known' : i === 10 ? 'tom.member@example.com' : 'Jane Owner')
  write('hubspot', 'hubspot-crm-exports-all-companies-2025-11-03.csv', [
    ['Record ID', 'Company name', 'Company Domain Name', 'Number of Employees', 'City', 'Country/Region', 'Create Date', 'Company owner'],
    ...COMPANIES.map((name, i) => [companyId(i), name, domain(name), String(10 * (i + 1)), ['Boston', 'Berlin', 'Paris', 'London'][i % 4], ['United States', 'Germany', 'France', 'United Kingdom'][i % 4], `2024-0${1 + (i % 9)}-1${i % 10} 09:30`, owner(i)]),
  ])
  const contacts = FIRST.map((first, i) => {
    // Contact 3 is at two companies (the first is taken), 5 and 12 name a company the export does not hold,
    // 17 has none.
    let companies = companyId(i % COMPANIES.length)
    if (i === 3) companies = `${companyId(3)};${companyId(4)}`
    if (i === 5 || i === 12) companies = '5100299999'
    if (i === 17) companies = ''
    return [contactId(i), first, LAST[i], `${first.toLowerCase()}.${LAST[i].toLowerCase().replace(/[^a-z]/g, '')}@${domain(COMPANIES[i % COMPANIES.length])}`, ['Engineer', 'Director', 'CTO', 'Buyer'][i % 4], companies]
  })
  write('hubspot', 'hubspot-crm-exports-all-contacts-2025-11-03.csv', [['Record ID', 'First Name', 'Last Name', 'Email', 'Job Title', 'Associated Company IDs'], ...contacts])
  const STAGES = ['Appointment Scheduled', 'Qualified To Buy', 'Presentation Scheduled', 'Decision Maker Bought-In', 'Contract Sent', 'Closed Won']
  write('hubspot', 'hubspot-crm-exports-all-deals-2025-11-03.csv', [
    ['Record ID', 'Deal Name', 'Deal Stage', 'Pipeline', 'Amount', 'Currency', 'Close Date', 'Associated Company IDs', 'Associated Contact IDs', 'Deal owner'],
    ...Array.from({ length: 15 }, (_, i) => {
      // Deal 4 names two contacts (the first is its point of contact); deal 9 a contact the export does not hold.
      const contacts = i === 4 ? `${contactId(8)};${contactId(9)}` : i === 9 ? '8100399999' : contactId((i * 3) % FIRST.length)
      return [String(9200500600 + i * 13), `${COMPANIES[i % COMPANIES.length]} deal ${i + 1}`, STAGES[i % STAGES.length], 'Sales Pipeline', String(1000 * (i + 1)), 'USD', `2025-12-${String(1 + i).padStart(2, '0')}`, companyId(i % COMPANIES.length), contacts, i % 2 === 0 ? 'Jane Owner' : 'Tom Member']
    }),
  ])
  // Notes: a body (its first line becomes the title) attached to several records at once. Note 1 is on two
  // contacts, a company and a deal (four targets); note 2 names a contact the export does not hold; note 4 is on
  // nothing.
  write('hubspot', 'hubspot-crm-exports-all-notes-2025-11-03.csv', [
    ['Record ID', 'Note body', 'Activity date', 'Note owner', 'Associated Contact IDs', 'Associated Company IDs', 'Associated Deal IDs'],
    [String(3300100000), 'Renewal call with Ada\nShe wants a quote by Friday.', '2025-10-01 10:00', 'Jane Owner', contactId(0), companyId(0), ''],
    [String(3300100017), 'Kick-off meeting\nGrace and Alan joined; next step is the pilot.', '2025-10-02 10:00', 'Jane Owner', `${contactId(1)};${contactId(2)}`, companyId(1), dealId(0)],
    [String(3300100034), 'Left a voicemail', '2025-10-03 10:00', 'Tom Member', '8100399999', companyId(2), ''],
    [String(3300100051), 'Pricing agreed', '2025-10-04 10:00', 'Tom Member', '', '', dealId(1)],
    [String(3300100068), 'General remark on nobody in particular', '2025-10-05 10:00', 'Tom Member', '', '', ''],
    [String(3300100085), 'Katherine asked for references', '2025-10-06 10:00', 'Jane Owner', contactId(3), '', ''],
  ])
  // Tasks: status in HubSpot's words, assigned by full name or email (task 2's assignee is no member).
  write('hubspot', 'hubspot-crm-exports-all-tasks-2025-11-03.csv', [
    ['Record ID', 'Task title', 'Task notes', 'Task status', 'Priority', 'Due date', 'Assigned to', 'Associated Contact IDs', 'Associated Company IDs', 'Associated Deal IDs'],
    [String(4400100000), 'Send the quote', 'Quote for 20 seats', 'Not started', 'High', '2025-12-10 17:00', 'Jane Owner', contactId(4), '', ''],
    [String(4400100019), 'Prepare the pilot', '', 'In progress', 'Medium', '2025-12-11 17:00', 'tom.member@example.com', '', companyId(5), dealId(2)],
    [String(4400100038), 'Call back', '', 'Completed', 'Low', '2025-12-12 17:00', 'Nobody Known', contactId(6), '', ''],
    [String(4400100057), 'Tidy the pipeline', '', 'Completed', 'Low', '2025-12-13 17:00', '', '', '', ''],
  ])
}

// ---- Salesforce ----
{
  const SUFFIX = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345'
  const id18 = (id15) => {
    let s = ''
    for (let c = 0; c < 3; c++) {
      let bits = 0
      for (let i = 0; i < 5; i++) if (/[A-Z]/.test(id15[c * 5 + i])) bits |= 1 << i
      s += SUFFIX[bits]
    }
    return id15 + s
  }
  const sfid = (prefix, n) => id18(`${prefix}5g00000${String(n).padStart(3, '0')}AbC`.slice(0, 15))
  const account = (i) => sfid('001', i)
  const contact = (i) => sfid('003', i)
  const opportunity = (i) => sfid('006', i)
  const owner = sfid('005', 1)
  // Owners are user ids; User.csv gives each user's email, which names a workspace member. Account 10 is owned by a
  // user who left (no member): a warning, its owner left empty.
  const formerRep = sfid('005', 2)
  write('salesforce', 'User.csv', [
    ['Id', 'Username', 'FirstName', 'LastName', 'Name', 'Email', 'IsActive'],
    [owner, 'jane.owner@acme.example.sf', 'Jane', 'Owner', 'Jane Owner', 'jane.owner@example.com', 'true'],
    [formerRep, 'former.rep@acme.example.sf', 'Former', 'Rep', 'Former Rep', 'former.rep@example.com', 'false'],
  ])
  write('salesforce', 'Account.csv', [
    ['Id', 'IsDeleted', 'Name', 'Type', 'BillingStreet', 'BillingCity', 'BillingState', 'BillingPostalCode', 'BillingCountry', 'Website', 'NumberOfEmployees', 'OwnerId', 'CreatedDate', 'SystemModstamp'],
    // Account 11 was deleted in Salesforce: left out, and a contact naming it gets no company.
    ...COMPANIES.map((name, i) => [account(i), i === 11 ? 'true' : 'false', name, 'Customer - Direct', `${i + 1} Main St`, 'Boston', 'MA', '02110', 'United States', `www.${domain(name)}`, String(50 + i), i === 10 ? formerRep : owner, '2024-03-01T10:00:00.000Z', '2024-03-02T10:00:00.000Z']),
  ])
  write('salesforce', 'Contact.csv', [
    ['Id', 'IsDeleted', 'AccountId', 'LastName', 'FirstName', 'Title', 'Email', 'MailingCity', 'OwnerId', 'CreatedDate'],
    ...FIRST.map((first, i) => {
      // Contact 2 links by the 15-character form of its account's id; 6 names the deleted account, 13 an
      // account not exported, 14 a Contact id where an Account id belongs; contact 19 is itself deleted.
      let accountId = account(i % 11)
      if (i === 2) accountId = accountId.slice(0, 15)
      if (i === 6) accountId = account(11)
      if (i === 13) accountId = sfid('001', 999)
      if (i === 14) accountId = contact(1)
      return [contact(i), i === 19 ? 'true' : 'false', accountId, LAST[i], first, ['VP Sales', 'Engineer', 'Buyer'][i % 3], `${first.toLowerCase()}@${domain(COMPANIES[i % 11])}`, 'Boston', owner, '2024-04-01T10:00:00.000Z']
    }),
  ])
  // Leads: 1 and 4 were converted to contacts in Salesforce, 5 was deleted: three leads land as people.
  write('salesforce', 'Lead.csv', [
    ['Id', 'IsDeleted', 'FirstName', 'LastName', 'Company', 'Title', 'Email', 'City', 'Status', 'IsConverted', 'ConvertedContactId', 'OwnerId'],
    ...['Mary', 'Jean', 'Evelyn', 'Betty', 'Kathleen', 'Ruth'].map((first, i) => [sfid('00Q', i), i === 5 ? 'true' : 'false', first, ['Jackson', 'Sammet', 'Berezin', 'Holberton', 'Booth', 'Teitelbaum'][i], 'Prospect Co', 'Analyst', `${first.toLowerCase()}@prospect.example`, 'Denver', 'Open - Not Contacted', i === 1 || i === 4 ? 'true' : 'false', i === 1 || i === 4 ? contact(15 + i) : '', owner]),
  ])
  const STAGES = ['Prospecting', 'Qualification', 'Needs Analysis', 'Value Proposition', 'Proposal/Price Quote', 'Negotiation/Review', 'Closed Won']
  write('salesforce', 'Opportunity.csv', [
    ['Id', 'IsDeleted', 'AccountId', 'Name', 'StageName', 'Amount', 'CurrencyIsoCode', 'CloseDate', 'Probability', 'OwnerId'],
    ...Array.from({ length: 14 }, (_, i) => [opportunity(i), 'false', account(i % 11), `${COMPANIES[i % 11]} renewal ${i + 1}`, STAGES[i % STAGES.length], String(2500 * (i + 1)), 'USD', `2025-11-${String(1 + i).padStart(2, '0')}`, '50', owner]),
  ])
  // Opportunity 0: a non-primary role first, the primary one second (the primary one is its point of contact).
  // Opportunity 5: a contact not exported. Opportunity 7: the role was deleted.
  const roles = [
    [sfid('00K', 1), opportunity(0), contact(1), 'Influencer', 'false', 'false'],
    [sfid('00K', 2), opportunity(0), contact(0), 'Decision Maker', 'true', 'false'],
    ...Array.from({ length: 13 }, (_, k) => {
      const i = k + 1
      const contactId = i === 5 ? sfid('003', 999) : contact(i)
      return [sfid('00K', 10 + i), opportunity(i), contactId, 'Economic Buyer', 'true', i === 7 ? 'true' : 'false']
    }),
  ]
  write('salesforce', 'OpportunityContactRole.csv', [['Id', 'OpportunityId', 'ContactId', 'Role', 'IsPrimary', 'IsDeleted'], ...roles])
  // Notes on one record each (ParentId: an account, a contact, an opportunity, a lead); note 4 was deleted, note 5
  // hangs off a case (500), which Twenty has no object for: reported.
  write('salesforce', 'Note.csv', [
    ['Id', 'IsDeleted', 'ParentId', 'Title', 'Body', 'OwnerId', 'CreatedDate'],
    [sfid('002', 1), 'false', account(0), 'Renewal terms', 'Two-year renewal agreed in principle.', owner, '2025-10-01T10:00:00.000Z'],
    [sfid('002', 2), 'false', contact(0), 'Call notes', 'Ada prefers email.', owner, '2025-10-02T10:00:00.000Z'],
    [sfid('002', 3), 'false', opportunity(1), 'Pricing', 'Discount approved.', owner, '2025-10-03T10:00:00.000Z'],
    [sfid('002', 4), 'true', account(1), 'Old note', 'Deleted in Salesforce.', owner, '2025-10-04T10:00:00.000Z'],
    [sfid('002', 5), 'false', sfid('500', 1), 'Case note', 'About a support case.', owner, '2025-10-05T10:00:00.000Z'],
    [sfid('002', 6), 'false', sfid('00Q', 0), 'Lead note', 'Mary asked for a demo.', owner, '2025-10-06T10:00:00.000Z'],
  ])
  // Tasks: WhoId a contact or lead, WhatId an account or opportunity; statuses in Salesforce's words; task 3 is
  // assigned to a user who left (no member).
  write('salesforce', 'Task.csv', [
    ['Id', 'IsDeleted', 'WhoId', 'WhatId', 'Subject', 'ActivityDate', 'Status', 'Priority', 'IsClosed', 'OwnerId', 'Description'],
    [sfid('00T', 1), 'false', contact(0), opportunity(0), 'Send the contract', '2025-12-10', 'Not Started', 'High', 'false', owner, 'Contract v2'],
    [sfid('00T', 2), 'false', contact(1), account(1), 'Follow up', '2025-12-11', 'In Progress', 'Normal', 'false', owner, ''],
    [sfid('00T', 3), 'false', '', account(2), 'Quarterly review', '2025-12-12', 'Completed', 'Normal', 'true', formerRep, ''],
  ])
}

// ---- Pipedrive ----
{
  // Two organizations are called "Initech": a link by that name is ambiguous.
  const ORGS = [...COMPANIES.slice(0, 10), 'Initech']
  write('pipedrive', 'organizations-9876543-21.csv', [
    ['Organization - ID', 'Organization - Name', 'Organization - Address', 'Organization - Owner', 'Organization - People', 'Organization - Open deals'],
    ...ORGS.map((name, i) => [String(i + 1), name, `${i + 1} Market St, San Francisco`, 'Jane Owner', '2', '1']),
  ])
  const people = FIRST.slice(0, 18).map((first, i) => {
    // Persons 2 and 13 work at "Initech" (ambiguous), 7 at an organization not exported; 16 has none.
    let org = ORGS[i % 10]
    if (i === 2 || i === 13) org = 'Initech'
    if (i === 7) org = 'Pied Piper'
    if (i === 16) org = ''
    return [String(100 + i), `${first} ${LAST[i]}`, org, `${first.toLowerCase()}@${domain(ORGS[i % 10])}`, `+1 415 555 01${String(i).padStart(2, '0')}`, 'Jane Owner']
  })
  // A second "Ada Lovelace": a deal naming her contact person is ambiguous.
  people.push(['118', 'Ada Lovelace', 'Globex', 'ada.l@globex.example', '+1 415 555 0199', 'Jane Owner'])
  write('pipedrive', 'persons-9876543-21.csv', [['Person - ID', 'Person - Name', 'Person - Organization', 'Person - Email - Work', 'Person - Phone - Work', 'Person - Owner'], ...people])
  write('pipedrive', 'deals-9876543-21.csv', [
    ['Deal - ID', 'Deal - Title', 'Deal - Value', 'Deal - Currency', 'Deal - Organization', 'Deal - Contact person', 'Deal - Stage', 'Deal - Status', 'Deal - Expected close date', 'Deal - Owner'],
    ...Array.from({ length: 12 }, (_, i) => {
      const person = i === 0 ? 'Ada Lovelace' : i === 6 ? 'Nobody Known' : people[i][1]
      return [String(500 + i), `${ORGS[i % 10]} deal`, String(800 * (i + 1)), 'EUR', ORGS[i % 10], person, ['Qualified', 'Contact Made', 'Proposal Made'][i % 3], 'open', `2026-01-${String(10 + i)}`, 'Jane Owner']
    }),
  ])
  // Activities become tasks (Done / To do), linked by name to a deal, a person and an organization. Activity 3
  // names the ambiguous "Initech"; activity 4 a deal title two deals share ("Acme Corp deal").
  write('pipedrive', 'activities-9876543-21.csv', [
    ['Activity - ID', 'Activity - Subject', 'Activity - Type', 'Activity - Done', 'Activity - Due date', 'Activity - Assigned to user', 'Activity - Note', 'Activity - Deal', 'Activity - Contact person', 'Activity - Organization'],
    ['900', 'Call about the proposal', 'Call', 'To do', '2026-01-20', 'Jane Owner', 'Ask about the budget', 'Hooli deal', people[4][1], 'Hooli'],
    ['901', 'Demo', 'Meeting', 'Done', '2026-01-21', 'Jane Owner', '', 'Wonka deal', '', ''],
    ['902', 'Send the deck', 'Email', 'Done', '2026-01-22', 'Jane Owner', '', '', '', 'Initech'],
    ['903', 'Check in', 'Call', 'To do', '2026-01-23', 'Jane Owner', '', 'Acme Corp deal', '', ''],
  ])
}
