/** An inclusive range `[lo, hi]`; a single stated number `n` is `[n, n]`. */
export type Range = [number, number];

/** Hazards in their canonical (display) order; `Bulletin.hazards` always follows this order. */
export const HAZARDS = [
  'thunderstorm',
  'tornado',
  'lightning',
  'hail',
  'strong-gusts',
  'heavy-rain',
  'flash-flood',
  'landslide',
  'severe-cold',
  'frost',
  'heat',
  'storm',
] as const;

export type Hazard = (typeof HAZARDS)[number];

/** The wind of a part of the area: "vùng ven biển cấp 4" → `{ zone: 'vùng ven biển', level: [4, 4] }`. */
export interface WindZone {
  /** As written: "vùng ven biển", "vùng núi", "các huyện ven biển". */
  zone: string;
  level?: Range;
  speedMs?: Range;
}

/** What an official Vietnamese weather bulletin states. A field is present only when the text states it. */
export interface Bulletin {
  /** ISO day (YYYY-MM-DD) the bulletin is about: the day its title names, else the issue day. */
  date?: string;
  /** ISO 8601 date-time of issue, in UTC (read in Asia/Ho_Chi_Minh, UTC+7). */
  issued?: string;
  /** Bare place name of the single subject area: "Sơn La". */
  region?: string;
  /** Issuing station, as written. */
  issuer?: string;
  /** Forecast period, without "trong", lower-cased: "24 giờ tới", "đêm nay và ngày mai". */
  period?: string;
  /** The text after "Thời tiết:" to the first full stop or line end. */
  conditions?: string;
  rain?: { text: string; amountMm?: Range };
  /**
   * The general wind of the area (never sea, upper-level or storm-centre wind). `zones`: the levels or speeds
   * given for parts of the area ("cấp 3, vùng ven biển cấp 4"); `level` and `speedMs` are then the rest's.
   */
  wind?: { direction?: string; level?: Range; speedMs?: Range; zones?: WindZone[] };
  /** Gusts of the area, Beaufort levels. */
  gusts?: Range;
  /** °C; the main range, sub-areas ignored. */
  temperature?: { min?: Range; max?: Range };
  /**
   * °C in the mountain areas, when the text gives them beside the main range ("…, vùng núi: 18 - 20 độ C",
   * "vùng cao 18-20 độ C"): lowest and highest, as `temperature`.
   */
  mountainTemperature?: { min?: Range; max?: Range };
  /** Relative humidity, %. */
  humidity?: Range;
  /** Forecast or warned hazards, de-duplicated, in `HAZARDS` order. */
  hazards: Hazard[];
  /** Upper case: "RAGASA". */
  stormName?: string;
  /** 3 for "bão số 3". */
  stormNumber?: number;
  /** Cấp độ rủi ro thiên tai 1–5; the highest when several are given. */
  riskLevel?: number;
}

/** A feed item read as a bulletin (readItemBulletin; FeedItem.bulletin from the widget server). */
export interface ItemBulletin extends Bulletin {
  /** The text read: the item's summary, or the text of its HTML content when that is longer. */
  text: string;
  /** Whether `text` is the text of the item's HTML content. */
  fromContent: boolean;
}
