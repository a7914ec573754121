/**
 * Municipalities outside the service's two ambiti, where employers' sites may lie.
 *
 * Province of Brescia (ISTAT province code 017, sigla BS): larger towns and the
 * industrial belt around the city. The 15 municipalities already covered elsewhere
 * (Brescia, Collebeato, Azzano Mella, Borgosatollo, Botticino, Capriano del Colle,
 * Castenedolo, Flero, Mazzano, Montirone, Nuvolento, Nuvolera, Poncarale, Rezzato,
 * San Zeno Naviglio) are deliberately not listed here.
 *
 * Source:
 * - istatCode, name, belfioreCode: ISTAT "Elenco dei comuni italiani"
 *   (Elenco-comuni-italiani.csv, columns "Codice Comune formato alfanumerico",
 *   "Denominazione in italiano", "Codice Catastale del comune"), cross-checked
 *   against opendatasicilia/comuni-italiani dati/comuni_codici-catastali.csv
 *   (both agree for every entry).
 * - postcode: opendatasicilia/comuni-italiani dati/cap.csv (CAP of the municipality,
 *   from IndicePA); every town listed here has a single CAP.
 * - latitude/longitude: opendatasicilia/comuni-italiani dati/coordinate.csv (WGS84),
 *   rounded to 4 decimals and checked by hand against the known position of each
 *   town centre.
 */
export interface ProvinceMunicipality {
  istatCode: string;
  name: string;
  belfioreCode: string;
  postcode: string;
  province: string;
  latitude: number;
  longitude: number;
}

export const PROVINCE_MUNICIPALITIES_V1: readonly ProvinceMunicipality[] = [
  { istatCode: '017009', name: 'Bagnolo Mella', belfioreCode: 'A569', postcode: '25021', province: 'BS', latitude: 45.4291, longitude: 10.1844 },
  { istatCode: '017025', name: 'Bovezzo', belfioreCode: 'B102', postcode: '25073', province: 'BS', latitude: 45.5931, longitude: 10.2435 },
  { istatCode: '017032', name: 'Calcinato', belfioreCode: 'B394', postcode: '25011', province: 'BS', latitude: 45.4572, longitude: 10.4136 },
  { istatCode: '017039', name: 'Carpenedolo', belfioreCode: 'B817', postcode: '25013', province: 'BS', latitude: 45.3646, longitude: 10.4294 },
  { istatCode: '017040', name: 'Castegnato', belfioreCode: 'C055', postcode: '25045', province: 'BS', latitude: 45.5607, longitude: 10.1153 },
  { istatCode: '017042', name: 'Castel Mella', belfioreCode: 'C208', postcode: '25030', province: 'BS', latitude: 45.4996, longitude: 10.1450 },
  { istatCode: '017048', name: 'Cellatica', belfioreCode: 'C439', postcode: '25060', province: 'BS', latitude: 45.5841, longitude: 10.1802 },
  { istatCode: '017052', name: 'Chiari', belfioreCode: 'C618', postcode: '25032', province: 'BS', latitude: 45.5365, longitude: 9.9288 },
  { istatCode: '017061', name: 'Concesio', belfioreCode: 'C948', postcode: '25062', province: 'BS', latitude: 45.6052, longitude: 10.2170 },
  { istatCode: '017065', name: 'Darfo Boario Terme', belfioreCode: 'D251', postcode: '25047', province: 'BS', latitude: 45.8835, longitude: 10.1807 },
  { istatCode: '017067', name: 'Desenzano del Garda', belfioreCode: 'D284', postcode: '25015', province: 'BS', latitude: 45.4695, longitude: 10.5389 },
  { istatCode: '017075', name: 'Gardone Val Trompia', belfioreCode: 'D918', postcode: '25063', province: 'BS', latitude: 45.6879, longitude: 10.1837 },
  { istatCode: '017077', name: 'Gavardo', belfioreCode: 'D940', postcode: '25085', province: 'BS', latitude: 45.5846, longitude: 10.4382 },
  { istatCode: '017078', name: 'Ghedi', belfioreCode: 'D999', postcode: '25016', province: 'BS', latitude: 45.4011, longitude: 10.2793 },
  { istatCode: '017081', name: 'Gussago', belfioreCode: 'E271', postcode: '25064', province: 'BS', latitude: 45.5927, longitude: 10.1534 },
  { istatCode: '017085', name: 'Iseo', belfioreCode: 'E333', postcode: '25049', province: 'BS', latitude: 45.6596, longitude: 10.0510 },
  { istatCode: '017088', name: 'Leno', belfioreCode: 'E526', postcode: '25024', province: 'BS', latitude: 45.3670, longitude: 10.2185 },
  { istatCode: '017092', name: 'Lonato del Garda', belfioreCode: 'M312', postcode: '25017', province: 'BS', latitude: 45.4610, longitude: 10.4845 },
  { istatCode: '017096', name: 'Lumezzane', belfioreCode: 'E738', postcode: '25065', province: 'BS', latitude: 45.6483, longitude: 10.2645 },
  { istatCode: '017103', name: 'Manerbio', belfioreCode: 'E884', postcode: '25025', province: 'BS', latitude: 45.3558, longitude: 10.1352 },
  { istatCode: '017113', name: 'Montichiari', belfioreCode: 'F471', postcode: '25018', province: 'BS', latitude: 45.4152, longitude: 10.3907 },
  { istatCode: '017117', name: 'Nave', belfioreCode: 'F851', postcode: '25075', province: 'BS', latitude: 45.5877, longitude: 10.2892 },
  { istatCode: '017125', name: 'Orzinuovi', belfioreCode: 'G149', postcode: '25034', province: 'BS', latitude: 45.4040, longitude: 9.9216 },
  { istatCode: '017127', name: 'Ospitaletto', belfioreCode: 'G170', postcode: '25035', province: 'BS', latitude: 45.5552, longitude: 10.0739 },
  { istatCode: '017133', name: "Palazzolo sull'Oglio", belfioreCode: 'G264', postcode: '25036', province: 'BS', latitude: 45.5991, longitude: 9.8850 },
  { istatCode: '017165', name: 'Roncadelle', belfioreCode: 'H525', postcode: '25030', province: 'BS', latitude: 45.5276, longitude: 10.1497 },
  { istatCode: '017166', name: 'Rovato', belfioreCode: 'H598', postcode: '25038', province: 'BS', latitude: 45.5670, longitude: 9.9986 },
  { istatCode: '017170', name: 'Salò', belfioreCode: 'H717', postcode: '25087', province: 'BS', latitude: 45.6057, longitude: 10.5201 },
  { istatCode: '017174', name: 'Sarezzo', belfioreCode: 'I433', postcode: '25068', province: 'BS', latitude: 45.6619, longitude: 10.1959 },
  { istatCode: '017188', name: 'Travagliato', belfioreCode: 'L339', postcode: '25039', province: 'BS', latitude: 45.5239, longitude: 10.0798 },
];
