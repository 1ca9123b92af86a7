/** Exit codes, as textlint documents them: 0 clean, 1 problems found in the text, 2 fatal error. */
export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_FATAL = 2;
