import { findConditions, findRain } from './conditions.js';
import { BulletinDocument } from './document.js';
import { findHazards, findRiskLevel, findStormIdentity } from './hazards.js';
import { findAreaWind, findHumidity, readTemperatures } from './measures.js';
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
 * Bulletin. Pure; never throws; a field is present only when the text states it. Only the first
 * MAX_INPUT_LENGTH characters are read, and every reading window is bounded, so hostile text costs
 * linear time.
 *
 * How it reads what the contract leaves open:
 * - Matching runs on a folded copy (lower case, no diacritics, đ → d) with offsets back into the NFC
 *   original, so "as written" fields keep the original spelling. Words that fold together ("dông" /
 *   "đông", "bão" / "báo", "mưa đá" / "mưa đã", "gió" / "giờ") are told apart by their original
 *   spelling, or by the words around them when the text has no diacritics.
 * - Statements about the past ("24 giờ qua", "đã xảy ra", a "Tình hình … qua:" section until the next
 *   "Dự báo …") feed no forecast field.
 * - hazards: in HAZARDS order. A storm or tropical depression that is present, forecast or influencing
 *   the weather ("nối với cơn bão RAGASA", "hoàn lưu bão số 12") is "storm". "strong-gusts" also when
 *   the area's gusts reach Beaufort 6 ("gió mạnh" begins at 6).
 * - date: the first day the title (first line and the heading lines after it) names, else today's day in
 *   the period ("đêm nay (5/9) và ngày mai"), else a day named as the forecast's ("Dự báo thời tiết ngày
 *   5/11/2025:"), else the issue day ("Tin phát lúc"), else the first day a forecast statement names, else
 *   the document line "Sơn La, ngày 22 tháng 9 năm 2025"; a missing year from another date (across New Year).
 * - period: the first forecast period in a heading position, lower-cased ("đêm nay và ngày mai (14/1)").
 * - conditions: after "Thời tiết:", else after a period heading ("Đêm nay và ngày mai: …").
 * - ranges are the main range: "cấp 3, có lúc cấp 4" → [3, 3]; "có nơi trên 70mm", "vùng núi 11-13 độ"
 *   are left out.
 * - rain.text: the rain phrase as written, from the words leading into "mưa" ("đêm và sáng có mưa …")
 *   through the rain clauses after it; from the conditions first. "mưa đá" is hail, not rain.
 * - wind and gusts: from the conditions first; never in a clause about the sea, the upper air, a storm
 *   centre or the synopsis ("chịu ảnh hưởng của …"); a clause without its own subject ("giật cấp 15")
 *   belongs to the one before it.
 * - region: the place the title names ("Hải Phòng:", "thị xã Sa Pa", "khu vực Bắc Bộ", "Thời tiết Hà Nội")
 *   wins over "tỉnh …" elsewhere. Region and issuer: a mention in mixed case wins over one in a heading in
 *   capitals; a region found only in capitals is title-cased, an issuer stays as written.
 * - wind.zones: "cấp 3, vùng ven biển cấp 4" gives level [3, 3] and the zone "vùng ven biển" [4, 4].
 */
export function parseBulletin(text: string): Bulletin {
  const bulletin: Bulletin = { hazards: [] };
  const doc = attempt(() => new BulletinDocument(typeof text === 'string' ? text : ''));
  if (doc === undefined) return bulletin;

  const times = attempt(() => readTimes(doc));
  assign(bulletin, 'date', times?.date);
  assign(bulletin, 'issued', times?.issued);
  assign(
    bulletin,
    'region',
    attempt(() => findRegion(doc)),
  );
  assign(
    bulletin,
    'issuer',
    attempt(() => findIssuer(doc)),
  );
  assign(
    bulletin,
    'period',
    attempt(() => findPeriod(doc)?.text),
  );

  const conditions = attempt(() => findConditions(doc));
  assign(bulletin, 'conditions', conditions?.text);
  assign(
    bulletin,
    'rain',
    attempt(() => findRain(doc, conditions)),
  );
  const areaWind = attempt(() => findAreaWind(doc, conditions));
  assign(bulletin, 'wind', areaWind?.wind);
  assign(bulletin, 'gusts', areaWind?.gusts);
  const temperatures = attempt(() => readTemperatures(doc));
  assign(bulletin, 'temperature', temperatures?.temperature);
  assign(bulletin, 'mountainTemperature', temperatures?.mountainTemperature);
  assign(
    bulletin,
    'humidity',
    attempt(() => findHumidity(doc)),
  );

  const fromGusts: Hazard[] = (areaWind?.gusts?.[1] ?? 0) >= STRONG_GUST_LEVEL ? ['strong-gusts'] : [];
  bulletin.hazards = attempt(() => findHazards(doc, fromGusts)) ?? fromGusts;
  const storm = attempt(() => findStormIdentity(doc));
  assign(bulletin, 'stormName', storm?.stormName);
  assign(bulletin, 'stormNumber', storm?.stormNumber);
  assign(
    bulletin,
    'riskLevel',
    attempt(() => findRiskLevel(doc)),
  );
  return bulletin;
}
