// Words around a concept in a header: whose property it is (`Company Phone`), words that change nothing
// (`Mailing City`), words that make it the second of its kind (`Other Phone`), and words whose meaning depends on
// the object (`Nom`, `Title`). Compared as lower-case tokens without accents.
import type { ConceptId, Entity } from './concepts'

/**
 * Words whose meaning depends on the object they describe: a French `Nom` is a person's last name but a company's
 * name, a `Title` is a person's job but a deal's name.
 */
export const ROLE_OVERRIDES: Readonly<Partial<Record<Entity, Readonly<Record<string, ConceptId>>>>> = {
  person: {
    name: 'personName',
    naam: 'personName',
    nazwa: 'personName',
    nom: 'lastName',
    nombre: 'firstName',
    nome: 'firstName',
  },
  opportunity: {
    title: 'recordName',
    titel: 'recordName',
    titre: 'recordName',
    titulo: 'recordName',
    titolo: 'recordName',
  },
}

/** Words around a concept that do not change it: `Mailing City`, `Work Email`, `Website URL`, `Phone (Work)`. */
export const NOISE_WORDS = new Set([
  'mailing', 'billing', 'shipping', 'primary', 'main', 'business', 'work', 'home', 'private', 'personal', 'office',
  'direct', 'default', 'current', 'principal', 'haupt', 'privat', 'geschaftlich', 'dienstlich', 'buro', 'professionnel',
  'pro', 'perso', 'personnel', 'trabajo', 'lavoro', 'privato', 'werk', 'prive', 'zakelijk', 'trabalho', 'sluzbowy',
  'prywatny', 'рабочий', 'личный', 'url', 'link', 'profile', 'profil', 'perfil', 'profilo', 'page', 'number', 'nummer',
  'numero', 'nr', 'no', 'of', 'the', 'de', 'du', 'des', 'del', 'della', 'di', 'da', 'do', 'van', 'der', 'von', 'la', 'le',
  'd', 'l', 'record', 'expected', 'estimated', 'name', 'official', 'legal', '1',
])

/** Words too general to be recognised inside a longer, otherwise unknown header (`First Contact Date`). */
export const WEAK_WORDS = new Set([
  'first', 'last', 'close', 'name', 'title', 'value', 'total', 'size', 'state', 'role', 'position', 'land', 'staff', 'price',
  'phase', 'job', 'site', 'web', 'mail', 'cell', 'account', 'company', 'contact', 'person', 'customer', 'owner', 'created',
  'updated', 'modified', 'id', 'nom', 'nome', 'nombre', 'naam', 'nazwa', 'stelle', 'rolle', 'wert', 'fase', 'etat', 'staat',
  'stato', 'estado', 'region', 'internet', 'strona', 'kod', 'kunde', 'firm', 'poste', 'titre', 'titolo', 'titulo', 'titel',
  'prefix', 'valor', 'valore', 'valeur', 'waarde',
])

/** Words that make a concept the second of its kind: `Other Phone`, `Email 2`, `Secondary Email`. */
export const SECONDARY_WORDS = new Set([
  'other', 'secondary', 'additional', 'alternate', 'alternative', 'second', 'weitere', 'zweite', 'autre', 'secondaire',
  'otro', 'secundario', 'altro', 'secondario', 'andere', 'tweede', 'outro', 'inny', 'другой', 'дополнительный', 'alt',
])

/** Words naming whose property a header is about: `Company Phone`, `Contact Email`, `Deal - Value`. */
export const ENTITY_WORDS: Readonly<Record<string, Entity>> = {
  company: 'company', companies: 'company', account: 'company', organization: 'company', organisation: 'company',
  org: 'company', firma: 'company', unternehmen: 'company', societe: 'company', entreprise: 'company', empresa: 'company',
  azienda: 'company', bedrijf: 'company', organizacja: 'company', компания: 'company', организация: 'company',
  compania: 'company', companhia: 'company', societa: 'company', employer: 'company', arbeitgeber: 'company',
  employeur: 'company', firmen: 'company',
  person: 'person', contact: 'person', kontakt: 'person', lead: 'person', persona: 'person', personne: 'person',
  persoon: 'person', osoba: 'person', контакт: 'person', contatto: 'person', contacto: 'person', contato: 'person',
  ansprechpartner: 'person', people: 'person',
  deal: 'opportunity', opportunity: 'opportunity', opportunite: 'opportunity', chance: 'opportunity',
  oportunidad: 'opportunity', opportunita: 'opportunity', kans: 'opportunity', szansa: 'opportunity',
  сделка: 'opportunity', verkaufschance: 'opportunity', affaire: 'opportunity', oportunidade: 'opportunity',
  potential: 'opportunity',
  owner: 'workspaceMember', eigentumer: 'workspaceMember', proprietaire: 'workspaceMember',
}
