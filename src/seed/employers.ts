import { computeCodiceFiscale } from '../modules/beneficiaries/codice-fiscale';
import { EmployerKind, LegalForm } from '../modules/employers/employer.entity';
import { completePartitaIva } from '../modules/employers/partita-iva';
import { Sector } from '../modules/work-conditions/work-conditions.enums';
import { Row } from './bulk-insert';
import {
  BusinessKind,
  COOPERATIVE_B_BUSINESSES,
  COOPERATIVE_NAMES,
  HEALTH_AUTHORITIES,
  HOSPITAL_BUSINESS,
  INDUSTRIAL_SECTORS,
  LOCAL_NAMES,
  MUNICIPALITY_BUSINESS,
  PATRON_NAMES,
  PRIVATE_BUSINESSES,
  PRIVATE_SECTOR_WEIGHTS,
  SITE_NAMES,
  VENUE_NAMES,
} from './employer-catalogue';
import { drawHeadcount, SizeBand } from './headcount';
import { italianName, landline } from './names';
import { Staff } from './operators';
import { Day, SeededRandom, asciiSlug, instant, isoDate, officeMinute, toDay } from './random';
import { MunicipalityRef, ReferenceData } from './reference-data';

export const EMPLOYER_COLUMNS = {
  id: 'uuid',
  legal_name: 'text',
  partita_iva: 'text',
  codice_fiscale: 'text',
  legal_form: 'text',
  kind: 'text',
  ateco_code: 'text',
  ateco_label: 'text',
  sector: 'text',
  contact_name: 'text',
  email: 'text',
  phone: 'text',
  liaison_operator_id: 'uuid',
  created_at: 'timestamptz',
  updated_at: 'timestamptz',
} as const;

export const EMPLOYER_SITE_COLUMNS = {
  id: 'uuid',
  employer_id: 'uuid',
  name: 'text',
  address: 'text',
  municipality_id: 'uuid',
  latitude: 'double precision',
  longitude: 'double precision',
  is_headquarters: 'boolean',
} as const;

export interface SiteDraft {
  id: string;
  name: string;
  municipality: MunicipalityRef;
}

/** What the openings generator needs to know about an employer. */
export interface EmployerDraft {
  id: string;
  legalName: string;
  shortName: string;
  kind: EmployerKind;
  sector: Sector;
  band: SizeBand;
  /** Whether the computable base reaches 15, so Law 68/99 hires are due. */
  obliged: boolean;
  sites: SiteDraft[];
  createdDay: Day;
}

export interface EmployerRows {
  drafts: EmployerDraft[];
  employers: Row[];
  sites: Row[];
  headcounts: Row[];
}

const HEADCOUNT_REFERENCE_DATE = '2025-12-31';

interface PublicBody {
  name: string;
  business: BusinessKind;
  towns: MunicipalityRef[];
  employees: [number, number];
}

export function generateEmployers(
  random: SeededRandom,
  ref: ReferenceData,
  staff: Staff,
  count: number,
  referenceDay: Day,
): EmployerRows {
  const publicBodies = publicBodyPool(random, ref);
  const cooperatives = Math.round(count * 0.1);
  const publics = Math.min(Math.round(count * 0.05), publicBodies.length);
  const kinds = random.shuffle([
    ...Array<EmployerKind>(cooperatives).fill(EmployerKind.SOCIAL_COOPERATIVE_B),
    ...Array<EmployerKind>(publics).fill(EmployerKind.PUBLIC),
    ...Array<EmployerKind>(Math.max(0, count - cooperatives - publics)).fill(EmployerKind.PRIVATE),
  ]);

  const out: EmployerRows = { drafts: [], employers: [], sites: [], headcounts: [] };
  const names = new Set<string>();
  const partiteIva = new Set<string>();
  let nextPublic = 0;
  const firstDay = toDay('2021-01-11');
  for (let i = 0; i < kinds.length; i++) {
    const kind = kinds[i];
    const id = random.uuid();
    let business: BusinessKind;
    let band: SizeBand;
    let legalForm: LegalForm;
    let legalName: string;
    let shortName: string;
    let siteTowns: MunicipalityRef[];
    let fiscalCode: string | null = null;
    let employees: [number, number] | null = null;

    if (kind === EmployerKind.PUBLIC) {
      const body = publicBodies[nextPublic++];
      business = body.business;
      legalForm = LegalForm.PUBLIC_BODY;
      legalName = shortName = body.name;
      siteTowns = body.towns;
      employees = body.employees;
      band = 'public';
    } else {
      business =
        kind === EmployerKind.SOCIAL_COOPERATIVE_B
          ? random.weightedItem(COOPERATIVE_B_BUSINESSES, (b) => b.weight)
          : drawPrivateBusiness(random);
      band = kind === EmployerKind.SOCIAL_COOPERATIVE_B ? 'cooperative' : drawBand(random, business.sector);
      legalForm = kind === EmployerKind.SOCIAL_COOPERATIVE_B ? LegalForm.COOPERATIVE : drawLegalForm(random, band);
      siteTowns = drawSiteTowns(random, ref, band);
      const ownerSex = random.chance(0.7) ? 'M' : 'F';
      const owner = italianName(random, ownerSex);
      const named = nameBusiness(random, business, kind, legalForm, owner, siteTowns[0], names);
      legalName = named.legalName;
      shortName = named.shortName;
      legalForm = named.legalForm;
      if (legalForm === LegalForm.SOLE_PROPRIETORSHIP) {
        // A sole trader's fiscal code is the owner's personal codice fiscale, not the partita IVA.
        fiscalCode = computeCodiceFiscale({
          surname: owner.familyName,
          givenName: owner.givenName,
          birthDate: isoDate(referenceDay - random.int(28 * 365, 65 * 365)),
          sex: ownerSex,
          belfioreCode: random.chance(0.7) ? 'B157' : random.pick(ref.municipalities).belfioreCode,
        });
      }
    }
    names.add(legalName);

    const partitaIva = uniquePartitaIva(random, partiteIva);
    if (kind === EmployerKind.PUBLIC) fiscalCode = publicFiscalCode(random, partiteIva);
    const headcount = drawHeadcount(random, { band, sector: business.sector, legalForm, employees });
    const hq = siteTowns[0];
    const ambito = hq.ambitoNumber ?? (hq.longitude > 10.25 ? 3 : 1);
    const liaisons = staff.liaisons.get(ambito)!;
    const contact = italianName(random, random.chance(0.6) ? 'F' : 'M');
    const domain = `${asciiSlug(shortName, '-') || 'azienda'}.example`;
    const createdDay = random.int(firstDay, referenceDay - 30);

    out.employers.push({
      id,
      legal_name: legalName,
      partita_iva: partitaIva,
      codice_fiscale: fiscalCode ?? partitaIva,
      legal_form: legalForm,
      kind,
      ateco_code: business.atecoCode,
      ateco_label: business.atecoLabel,
      sector: business.sector,
      contact_name: `${contact.givenName} ${contact.familyName}`,
      email: `${random.pick(['info', 'amministrazione', 'personale', 'risorse.umane'])}@${domain}`,
      phone: landline(random),
      liaison_operator_id: liaisons[i % liaisons.length].id,
      created_at: instant(createdDay, officeMinute(random)),
      updated_at: instant(Math.min(referenceDay, createdDay + random.int(0, 300)), officeMinute(random)),
    });

    const sites = siteTowns.map((town, index) => ({
      id: random.uuid(),
      name: siteName(kind, business, town, index),
      municipality: town,
    }));
    for (const [index, site] of sites.entries()) {
      out.sites.push({
        id: site.id,
        employer_id: id,
        name: site.name,
        address: siteAddress(random, kind, business.sector, index),
        municipality_id: site.municipality.id,
        // Town centres are known to about 1 km; a site lies somewhere around it.
        latitude: round6(site.municipality.latitude + (random.next() - 0.5) * 0.02),
        longitude: round6(site.municipality.longitude + (random.next() - 0.5) * 0.02),
        is_headquarters: index === 0,
      });
    }
    out.headcounts.push({
      id: random.uuid(),
      employer_id: id,
      reference_date: HEADCOUNT_REFERENCE_DATE,
      ...headcount.counts,
      // The annual report is due by 31 January.
      recorded_at: instant(toDay('2026-01-12') + random.int(0, 18), officeMinute(random)),
    });
    out.drafts.push({
      id,
      legalName,
      shortName,
      kind,
      sector: business.sector,
      band,
      obliged: headcount.computableBase >= 15,
      sites,
      createdDay,
    });
  }
  return out;
}

/** Municipalities first (Brescia, then the other towns of the ambiti, then the province), with the two ASSTs. */
function publicBodyPool(random: SeededRandom, ref: ReferenceData): PublicBody[] {
  const byName = new Map(ref.municipalities.map((m) => [m.name, m]));
  const municipality = (m: MunicipalityRef): PublicBody => {
    const size = m.population ? Math.round(m.population / 220) : random.int(25, 140);
    return {
      name: `Comune di ${m.name}`,
      business: MUNICIPALITY_BUSINESS,
      towns: [m, m, m].slice(0, random.int(1, 3)),
      employees: [Math.round(size * 0.85), Math.round(size * 1.15)],
    };
  };
  const health = HEALTH_AUTHORITIES.map((h) => {
    const towns = h.towns.map((t) => byName.get(t)).filter((m): m is MunicipalityRef => m !== undefined);
    return towns.length > 0 ? { name: h.name, business: HOSPITAL_BUSINESS, towns, employees: h.employees } : null;
  }).filter((b): b is PublicBody => b !== null);
  const brescia = ref.serviceMunicipalities.filter((m) => m.istatCode === '017029');
  const otherService = ref.serviceMunicipalities.filter((m) => m.istatCode !== '017029');
  return [
    ...health.slice(0, 1),
    ...brescia.map(municipality),
    ...random.shuffle(otherService).map(municipality),
    ...health.slice(1),
    ...random.shuffle(ref.provinceTowns).map(municipality),
  ];
}

function drawPrivateBusiness(random: SeededRandom): BusinessKind {
  const sector = random.weighted<Sector>(PRIVATE_SECTOR_WEIGHTS);
  return random.weightedItem(
    PRIVATE_BUSINESSES.filter((b) => b.sector === sector),
    (b) => b.weight,
  );
}

/** A size mix that makes quotas interesting: many not obliged, some owing one or two hires, many owing 7%. */
function drawBand(random: SeededRandom, sector: Sector): SizeBand {
  const smallShops = sector === Sector.FOOD_SERVICE || sector === Sector.RETAIL ? 1.5 : 1;
  const bigPlants = sector === Sector.MANUFACTURING || sector === Sector.LOGISTICS ? 1.3 : 1;
  return random.weighted<SizeBand>({ micro: 38 * smallShops, small: 28, medium: 12, large: 22 * bigPlants });
}

function drawLegalForm(random: SeededRandom, band: SizeBand): LegalForm {
  if (band === 'micro') return random.weighted<LegalForm>({ SOLE_PROPRIETORSHIP: 30, SNC: 25, SAS: 15, SRL: 30 });
  if (band === 'large') return random.weighted<LegalForm>({ SRL: 55, SPA: 45 });
  return random.weighted<LegalForm>({ SRL: 80, SNC: 5, SAS: 5, SPA: 10 });
}

const SUFFIX: Partial<Record<LegalForm, string>> = {
  SRL: ' S.r.l.',
  SPA: ' S.p.A.',
  SNC: ' S.n.c.',
  SAS: ' S.a.s.',
};

function nameBusiness(
  random: SeededRandom,
  business: BusinessKind,
  kind: EmployerKind,
  drawnForm: LegalForm,
  owner: { givenName: string; familyName: string },
  town: MunicipalityRef,
  taken: Set<string>,
): { legalName: string; shortName: string; legalForm: LegalForm } {
  for (let attempt = 0; ; attempt++) {
    let short: string;
    let legalForm = drawnForm;
    if (kind === EmployerKind.SOCIAL_COOPERATIVE_B) {
      short = `Cooperativa Sociale ${random.pick(COOPERATIVE_NAMES)}`;
    } else {
      const pattern = random.pick(business.names);
      legalForm = formOfName(pattern, drawnForm);
      // Family businesses carry the owner's name.
      const familyBusiness = FAMILY_FORMS.has(legalForm);
      short = pattern
        .replace('{S}', familyBusiness ? owner.familyName : random.faker.person.lastName())
        .replace('{A}', random.pick(LOCAL_NAMES))
        .replace('{N}', random.pick(VENUE_NAMES))
        .replace('{H}', random.pick(PATRON_NAMES))
        .replace('{C}', random.pick(COOPERATIVE_NAMES))
        .replace('{G}', owner.givenName);
    }
    // After a few tries a common name gets its town, as real homonymous businesses do; a number as a last resort.
    if (attempt >= 8) short = `${short} ${town.name}`;
    if (attempt >= 20) short = `${short} ${attempt - 19}`;
    const legalName =
      legalForm === LegalForm.SOLE_PROPRIETORSHIP
        ? `${short} di ${owner.familyName} ${owner.givenName}`
        : `${short}${SUFFIX[legalForm] ?? ''}`;
    if (!taken.has(legalName)) return { legalName, shortName: short, legalForm };
  }
}

const FAMILY_FORMS: ReadonlySet<LegalForm> = new Set([LegalForm.SOLE_PROPRIETORSHIP, LegalForm.SNC, LegalForm.SAS]);

/**
 * Some names imply the form: a cooperative, a foundation, a professional partnership. A family business (sole
 * trader, S.n.c., S.a.s.) needs a name that can carry the family's or the venue's name: "RSA San Giuseppe di Rossi
 * Mario" would not exist, so such a business is an S.r.l.
 */
function formOfName(pattern: string, drawn: LegalForm): LegalForm {
  if (pattern.startsWith('Cooperativa Sociale')) return LegalForm.COOPERATIVE;
  if (pattern.startsWith('Fondazione') || pattern.startsWith('Studio ')) return LegalForm.OTHER;
  if (FAMILY_FORMS.has(drawn) && !/\{[SNG]\}/.test(pattern)) return LegalForm.SRL;
  return drawn;
}

function drawSiteTowns(random: SeededRandom, ref: ReferenceData, band: SizeBand): MunicipalityRef[] {
  const count =
    band === 'micro'
      ? random.weighted({ 1: 90, 2: 10 })
      : band === 'small' || band === 'cooperative'
        ? random.weighted({ 1: 75, 2: 20, 3: 5 })
        : random.weighted({ 1: 45, 2: 35, 3: 20 });
  const towns: MunicipalityRef[] = [];
  while (towns.length < Number(count)) {
    const inService = random.chance(towns.length === 0 ? 0.45 : 0.5) || ref.provinceTowns.length === 0;
    const town = inService
      ? random.weightedItem(ref.serviceMunicipalities, (m) => m.population ?? 1)
      : random.pick(ref.provinceTowns);
    if (!towns.includes(town) || towns.length >= ref.municipalities.length) towns.push(town);
  }
  return towns;
}

function siteName(kind: EmployerKind, business: BusinessKind, town: MunicipalityRef, index: number): string {
  if (business === MUNICIPALITY_BUSINESS) {
    return `${['Municipio', 'Magazzino comunale', 'Biblioteca comunale'][index]} di ${town.name}`;
  }
  if (business === HOSPITAL_BUSINESS) return `Presidio ospedaliero di ${town.name}`;
  const [head, other] = SITE_NAMES[business.sector] ?? ['Sede di {T}', 'Sede operativa di {T}'];
  const pattern =
    kind === EmployerKind.SOCIAL_COOPERATIVE_B && index > 0 ? 'Laboratorio di {T}' : index === 0 ? head : other;
  return pattern.replace('{T}', town.name);
}

function siteAddress(random: SeededRandom, kind: EmployerKind, sector: Sector, index: number): string {
  if (kind === EmployerKind.PUBLIC && index === 0) {
    return `Piazza ${random.pick(['Roma', 'Municipio', 'Vittoria', 'della Repubblica', 'Garibaldi'])} ${random.int(1, 12)}`;
  }
  const industrial =
    INDUSTRIAL_SECTORS.has(sector) || (kind === EmployerKind.SOCIAL_COOPERATIVE_B && random.chance(0.5));
  const street = random.pick(
    industrial
      ? [
          "Via dell'Industria",
          "Via dell'Artigianato",
          'Via del Lavoro',
          'Via Enrico Fermi',
          'Via Galileo Galilei',
          'Via Alessandro Volta',
          'Via Enrico Mattei',
          'Via Padana Superiore',
          'Via Artigiani',
        ]
      : [
          'Via Roma',
          'Via Garibaldi',
          'Via Mazzini',
          'Via Cavour',
          'Via Matteotti',
          'Via Marconi',
          'Viale Europa',
          'Via XX Settembre',
          'Via Kennedy',
          'Via della Repubblica',
          'Corso Italia',
        ],
  );
  return `${street} ${random.int(1, industrial ? 120 : 90)}`;
}

/** 7 serial digits, 3 office digits (random: the office of Brescia's code is not verified here), 1 check digit. */
function uniquePartitaIva(random: SeededRandom, taken: Set<string>): string {
  for (;;) {
    const serial = `${random.weighted({ 0: 45, 1: 20, 2: 15, 3: 15, 4: 5 })}${random.digits(6)}`;
    const office = String(random.int(1, 100)).padStart(3, '0');
    const piva = completePartitaIva(serial + office);
    if (!taken.has(piva)) {
      taken.add(piva);
      return piva;
    }
  }
}

/** Public bodies have a numeric fiscal code of their own, starting with 8 or 9, besides their partita IVA. */
function publicFiscalCode(random: SeededRandom, taken: Set<string>): string {
  for (;;) {
    const code = completePartitaIva(`${random.pick(['8', '9'])}${random.digits(9)}`);
    if (!taken.has(code)) {
      taken.add(code);
      return code;
    }
  }
}

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
