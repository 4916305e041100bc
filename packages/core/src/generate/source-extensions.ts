/** The file extensions mutate can parse. A module of its own: discovery needs it without loading the parser. */
export const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'] as const;
