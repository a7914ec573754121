/**
 * ATECO 2007 → 2025 correspondences read in a published text, with where. A small verified subset: ISTAT's full
 * transcoding table could not be read from where this was written, and no code is recorded that was not read.
 */
export const ATECO_CORRESPONDENCE_V1 = [
  {
    code2007: '01.49.30',
    code2025: '01.48.30',
    oneToOne: true,
    label2025: 'Apicoltura',
    sourceUrl:
      'https://agronotizie.imagelinenetwork.com/agricoltura-economia-politica/2025/04/04/agricoltura-ecco-i-nuovi-codici-ateco/87116',
  },
  {
    code2007: '74.90.99',
    code2025: '74.90.99',
    oneToOne: true,
    label2025: 'Altre attività professionali nca (informatori scientifici del farmaco)',
    sourceUrl:
      'https://www.fedaiisf.it/nuova-classificazione-ateco-2025-gli-adempimenti-statistici-e-amministrativi-di-imprese-e-liberi-professionisti-per-gli-isf-74-90-99/',
  },
] as const;
