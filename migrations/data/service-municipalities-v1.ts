/** The 15 municipalities of the service (shared/domain/municipalities.csv): town-centre coordinates within ~1 km. */
export interface ServiceMunicipality {
  istatCode: string;
  name: string;
  belfioreCode: string;
  postcode: string;
  province: string;
  ambito: 1 | 3;
  population: number;
  latitude: number;
  longitude: number;
}

export const SERVICE_MUNICIPALITIES_V1: readonly ServiceMunicipality[] = [
  { istatCode: '017029', name: 'Brescia', belfioreCode: 'B157', postcode: '25121-25136', province: 'BS', ambito: 1, population: 189902, latitude: 45.5398, longitude: 10.2200 },
  { istatCode: '017057', name: 'Collebeato', belfioreCode: 'C850', postcode: '25060', province: 'BS', ambito: 1, population: 4698, latitude: 45.5830, longitude: 10.2100 },
  { istatCode: '017008', name: 'Azzano Mella', belfioreCode: 'A529', postcode: '25020', province: 'BS', ambito: 3, population: 2969, latitude: 45.4550, longitude: 10.1150 },
  { istatCode: '017021', name: 'Borgosatollo', belfioreCode: 'B040', postcode: '25010', province: 'BS', ambito: 3, population: 9094, latitude: 45.4760, longitude: 10.2400 },
  { istatCode: '017023', name: 'Botticino', belfioreCode: 'B091', postcode: '25082', province: 'BS', ambito: 3, population: 10788, latitude: 45.5420, longitude: 10.3170 },
  { istatCode: '017037', name: 'Capriano del Colle', belfioreCode: 'B698', postcode: '25020', province: 'BS', ambito: 3, population: 4553, latitude: 45.4640, longitude: 10.1300 },
  { istatCode: '017043', name: 'Castenedolo', belfioreCode: 'C293', postcode: '25014', province: 'BS', ambito: 3, population: 11160, latitude: 45.4700, longitude: 10.3000 },
  { istatCode: '017072', name: 'Flero', belfioreCode: 'D634', postcode: '25020', province: 'BS', ambito: 3, population: 8440, latitude: 45.4830, longitude: 10.1750 },
  { istatCode: '017107', name: 'Mazzano', belfioreCode: 'F063', postcode: '25080', province: 'BS', ambito: 3, population: 11487, latitude: 45.5200, longitude: 10.3550 },
  { istatCode: '017114', name: 'Montirone', belfioreCode: 'F680', postcode: '25010', province: 'BS', ambito: 3, population: 5044, latitude: 45.4460, longitude: 10.2300 },
  { istatCode: '017119', name: 'Nuvolento', belfioreCode: 'F989', postcode: '25080', province: 'BS', ambito: 3, population: 4011, latitude: 45.5450, longitude: 10.3850 },
  { istatCode: '017120', name: 'Nuvolera', belfioreCode: 'F990', postcode: '25080', province: 'BS', ambito: 3, population: 4535, latitude: 45.5320, longitude: 10.3720 },
  { istatCode: '017147', name: 'Poncarale', belfioreCode: 'G818', postcode: '25020', province: 'BS', ambito: 3, population: 5219, latitude: 45.4600, longitude: 10.1770 },
  { istatCode: '017161', name: 'Rezzato', belfioreCode: 'H256', postcode: '25086', province: 'BS', ambito: 3, population: 12933, latitude: 45.5120, longitude: 10.3170 },
  { istatCode: '017173', name: 'San Zeno Naviglio', belfioreCode: 'I412', postcode: '25010', province: 'BS', ambito: 3, population: 4601, latitude: 45.4920, longitude: 10.2180 },
];
