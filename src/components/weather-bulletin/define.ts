import { BantinWeatherBulletin } from './weather-bulletin.js';

BantinWeatherBulletin.define('bantin-weather-bulletin');

declare global {
  interface HTMLElementTagNameMap {
    'bantin-weather-bulletin': BantinWeatherBulletin;
  }
}

export { BantinWeatherBulletin };
export type { BulletinData } from './weather-bulletin.js';
