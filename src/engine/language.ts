/**
 * Plans are read as English: the patterns, word classes and parts of speech are English, so a plan
 * in another language gets no findings and would pass as clean. This tells such a file apart, so
 * the CLI can say so instead (issue 18.9). franc-min (the unified collective's language detector,
 * trigram profiles of 82 languages) decides; a text with English's common words at English's
 * density is taken as English without asking it, which keeps the cost off almost every file.
 */
import { francAll } from 'franc-min';

/** Characters of prose looked at: enough for a trigram profile, bounded for huge files. */
const sample = 4000;
/** Below this many letters there is too little to tell. */
const minLetters = 200;
/** English's function words, and how many per 1,000 characters mark a text as English. */
const functionWords = /\b(?:the|and|of|to|is|are|for|with|that|in|on|be|by|it|we|our|this|will)\b/gi;
const englishDensity = 25;
/** How far below the best language English may score and still count (franc scores the best 1). */
const englishMargin = 0.9;

/** Markup that is not prose: fenced and inline code, tags, link targets, addresses. */
function proseOf(text: string): string {
  return text.slice(0, sample * 2)
    .replace(/```[\s\S]*?```|~~~[\s\S]*?~~~/g, ' ')
    .replace(/`[^`\n]*`|<[^>\n]*>|https?:\/\/\S+/g, ' ')
    .replace(/\]\([^)\s]*\)/g, ']')
    .slice(0, sample);
}

/** The ISO 639-3 code of a text's language when it is clearly not English; undefined otherwise. */
export function nonEnglishLanguage(text: string): string | undefined {
  const prose = proseOf(text);
  const letters = prose.match(/\p{L}/gu)?.length ?? 0;
  if (letters < minLetters) return undefined;
  const common = prose.match(functionWords)?.length ?? 0;
  if ((common * 1000) / prose.length >= englishDensity) return undefined;
  const scores = francAll(prose, { minLength: minLetters });
  const [best, score] = scores[0] ?? ['und', 0];
  if (best === 'und' || best === 'eng' || score === 0) return undefined;
  const english = scores.find(([language]) => language === 'eng')?.[1] ?? 0;
  return english >= englishMargin ? undefined : best;
}
