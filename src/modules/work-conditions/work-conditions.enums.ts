import { registerEnumType } from 'type-graphql';

/**
 * Controlled lists shared by a person's work constraints and an opening's conditions. Matching compares the two
 * sides value by value, so both must draw from the same list.
 */
export enum Shift {
  MORNING = 'MORNING',
  AFTERNOON = 'AFTERNOON',
  EVENING = 'EVENING',
  NIGHT = 'NIGHT',
  WEEKEND = 'WEEKEND',
}

/** A physical demand of a job; as a person's limitation it reads "cannot do this". */
export enum PhysicalDemand {
  HEAVY_LIFTING = 'HEAVY_LIFTING',
  PROLONGED_STANDING = 'PROLONGED_STANDING',
  WORK_AT_HEIGHT = 'WORK_AT_HEIGHT',
  NOISE_EXPOSURE = 'NOISE_EXPOSURE',
  DRIVING = 'DRIVING',
  REPETITIVE_MOVEMENTS = 'REPETITIVE_MOVEMENTS',
  FINE_MANUAL_WORK = 'FINE_MANUAL_WORK',
  OUTDOOR_WORK = 'OUTDOOR_WORK',
  CHEMICAL_EXPOSURE = 'CHEMICAL_EXPOSURE',
  CUSTOMER_CONTACT = 'CUSTOMER_CONTACT',
}

/** An accommodation a person needs, or a feature a workplace offers. */
export enum AccessibilityFeature {
  STEP_FREE_ACCESS = 'STEP_FREE_ACCESS',
  ACCESSIBLE_TOILET = 'ACCESSIBLE_TOILET',
  ADAPTED_WORKSTATION = 'ADAPTED_WORKSTATION',
  QUIET_ENVIRONMENT = 'QUIET_ENVIRONMENT',
  ON_SITE_TUTOR = 'ON_SITE_TUTOR',
  FLEXIBLE_BREAKS = 'FLEXIBLE_BREAKS',
}

export enum TransportMode {
  WALK = 'WALK',
  BICYCLE = 'BICYCLE',
  PUBLIC_TRANSPORT = 'PUBLIC_TRANSPORT',
  CAR = 'CAR',
  MOPED = 'MOPED',
  ACCOMPANIED_TRANSPORT = 'ACCOMPANIED_TRANSPORT',
}

/** Sectors of the area's labour market; an opening's sector drives a person's sector preferences and exclusions. */
export enum Sector {
  MANUFACTURING = 'MANUFACTURING',
  LOGISTICS = 'LOGISTICS',
  CLEANING_FACILITY = 'CLEANING_FACILITY',
  FOOD_SERVICE = 'FOOD_SERVICE',
  RETAIL = 'RETAIL',
  AGRICULTURE_GREEN = 'AGRICULTURE_GREEN',
  CARE = 'CARE',
  OFFICE = 'OFFICE',
  DIGITAL = 'DIGITAL',
  LANGUAGES = 'LANGUAGES',
  TRANSVERSAL = 'TRANSVERSAL',
}

registerEnumType(Shift, { name: 'Shift' });
registerEnumType(PhysicalDemand, {
  name: 'PhysicalDemand',
  description: 'A physical demand of a job; the same list states the limitations of a person',
});
registerEnumType(AccessibilityFeature, {
  name: 'AccessibilityFeature',
  description: 'An accommodation a person needs or a workplace offers',
});
registerEnumType(TransportMode, { name: 'TransportMode' });
registerEnumType(Sector, { name: 'Sector' });
