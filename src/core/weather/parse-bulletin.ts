import { findConditions, findRain } from './conditions.js';
import { BulletinDocument } from './document.js';
import { findHazards, findRiskLevel, findStormIdentity } from './hazards.js';
import { findAreaWind, findHumidity, findTemperature } from './measures.js';
import { findPeriod } from './period.js';
import { findIssuer, findRegion } from './places.js';
import type { Bulletin, Hazard } from './types.js';
import { readTimes } from './when.js';

/** Beaufort 6 is where Vietnamese bulletins start to call wind "gió mạnh". */
const STRONG_GUST_LEVEL = 6;

/** Runs one extractor; a failure loses that field only, never the bulletin. */
function attempt<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

function assign<K extends keyof Bulletin>(bulletin: Bulletin, key: K, value: Bulletin[K] | undefined): void {
  if (value !== undefined) bulletin[key] = value;
}

/**
 * Reads an official Vietnamese weather bulletin (NFC or NFD, with or without diacritics) into a
 * Bulletin. Pure; never throws; a field is present only when the text states it.
 */
export function parseBulletin(text: string): Bulletin {
  const bulletin: Bulletin = { hazards: [] };
  const doc = attempt(() => new BulletinDocument(typeof text === 'string' ? text : ''));
  if (doc === undefined) return bulletin;

  const times = attempt(() => readTimes(doc));
  assign(bulletin, 'date', times?.date);
  assign(bulletin, 'issued', times?.issued);
  assign(bulletin, 'region', attempt(() => findRegion(doc)));
  assign(bulletin, 'issuer', attempt(() => findIssuer(doc)));
  assign(bulletin, 'period', attempt(() => findPeriod(doc)?.text));

  const conditions = attempt(() => findConditions(doc));
  assign(bulletin, 'conditions', conditions?.text);
  assign(bulletin, 'rain', attempt(() => findRain(doc, conditions)));
  const areaWind = attempt(() => findAreaWind(doc, conditions));
  assign(bulletin, 'wind', areaWind?.wind);
  assign(bulletin, 'gusts', areaWind?.gusts);
  assign(bulletin, 'temperature', attempt(() => findTemperature(doc)));
  assign(bulletin, 'humidity', attempt(() => findHumidity(doc)));

  const fromGusts: Hazard[] = (areaWind?.gusts?.[1] ?? 0) >= STRONG_GUST_LEVEL ? ['strong-gusts'] : [];
  bulletin.hazards = attempt(() => findHazards(doc, fromGusts)) ?? fromGusts;
  const storm = attempt(() => findStormIdentity(doc));
  assign(bulletin, 'stormName', storm?.stormName);
  assign(bulletin, 'stormNumber', storm?.stormNumber);
  assign(bulletin, 'riskLevel', attempt(() => findRiskLevel(doc)));
  return bulletin;
}
