// Controls for the attributes every widget shares (heading-level, lang, theme), and the feed widgets' date format.
export const sharedArgTypes = {
  'heading-level': { control: { type: 'number', min: 1, max: 6 } },
  lang: { control: 'inline-radio', options: ['vi', 'en'] },
  theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
} as const;

export const dateFormatArgType = { control: 'inline-radio', options: ['absolute', 'relative'] } as const;
