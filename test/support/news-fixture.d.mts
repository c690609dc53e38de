export const HEADLINES: string[];
export const CATEGORIES: string[];
export const AUTHORS: string[];
export const BASE_TIME: number;
