// Numbers written as words in resumes and postings ("over eleven years", "three years of").
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
};

/** A regex alternative matching a 1–2 digit number (one decimal allowed) or a number word. */
export const NUMBER_PATTERN = `(\\d{1,2}(?:\\.\\d)?|${Object.keys(NUMBER_WORDS).join("|")})`;

/** "eleven" → 11, "3.5" → 3.5; NaN when it is neither. */
export function numberValue(token: string): number {
  return NUMBER_WORDS[token.toLowerCase()] ?? Number(token);
}
