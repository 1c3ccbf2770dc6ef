import { describe, expect, it } from 'vitest'
import { matchSynonym } from './synonym-match'

describe('tier 3: synonyms', () => {
  it.each<[string, string]>([
    ['Vorname', 'firstName'],
    ['Prénom', 'firstName'],
    ['Voornaam', 'firstName'],
    ['Imię', 'firstName'],
    ['Имя', 'firstName'],
    ['Nachname', 'lastName'],
    ['Familienname', 'lastName'],
    ['Apellidos', 'lastName'],
    ['Cognome', 'lastName'],
    ['Sobrenome', 'lastName'],
    ['Фамилия', 'lastName'],
    ['Nombre completo', 'fullName'],
    ['Kontakt', 'fullName'],
    ['Courriel', 'email'],
    ['Correo electrónico', 'email'],
    ['Эл. почта', 'email'],
    ['Téléphone', 'phone'],
    ['Handy', 'mobile'],
    ['Должность', 'jobTitle'],
    ['Unternehmen', 'organisation'],
    ['Sitio web', 'website'],
    ['Città', 'city'],
    ['Código postal', 'postcode'],
    ['Straße', 'street'],
    ['País', 'country'],
    ['# Employees', 'employees'],
    ["Chiffre d'affaires", 'revenue'],
    ['Bedrag', 'amount'],
    ['Abschlussdatum', 'closeDate'],
    ['Étape', 'stage'],
  ])('%j is a synonym of %s', (header, concept) => {
    expect(matchSynonym(header)).toMatchObject({ concept, qualifier: null, confidence: 0.8, found: null })
  })

  it('says which language or export a word comes from', () => {
    expect(matchSynonym('Vorname')?.origin).toBe('German synonym')
    expect(matchSynonym('Associated Company')?.origin).toBe('HubSpot export header')
  })

  it('ignores words that do not change the meaning', () => {
    expect(matchSynonym('MailingCity')).toMatchObject({ concept: 'city', confidence: 0.8 })
    expect(matchSynonym('Work Email')).toMatchObject({ concept: 'email', confidence: 0.8 })
    expect(matchSynonym('Address 1 - City')).toMatchObject({ concept: 'city' })
  })

  it('notes whose property a header is about', () => {
    expect(matchSynonym('Company Phone')).toMatchObject({ concept: 'phone', qualifier: 'company', confidence: 0.78 })
    expect(matchSynonym('Deal - Currency')).toMatchObject({ concept: 'currency', qualifier: 'opportunity' })
    expect(matchSynonym('Company ID')).toMatchObject({ concept: 'id', qualifier: 'company' })
    expect(matchSynonym('Deal - Organization')).toMatchObject({ concept: 'organisation' })
  })

  it('marks a second column of a kind as less sure', () => {
    expect(matchSynonym('Email 2')).toMatchObject({ concept: 'email', confidence: 0.7 })
    expect(matchSynonym('Secondary Email')).toMatchObject({ concept: 'email', confidence: 0.7 })
  })

  it('finds a specific word inside a longer header, but not a weak one', () => {
    expect(matchSynonym('HasOptedOutOfEmail')).toMatchObject({ concept: 'email', confidence: 0.6, found: 'email' })
    expect(matchSynonym('Unternehmenswebseite')).toMatchObject({ concept: 'website', confidence: 0.6 })
    expect(matchSynonym('First Contact Date')).toBeUndefined()
    expect(matchSynonym('Lead Status')).toBeUndefined()
  })
})
