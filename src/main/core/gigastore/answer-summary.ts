// What support keeps of a Gigastore answer instead of its body: an allow-list of fields, each redacted,
// the whole capped (AnswerSummarySchema says which). A body is never kept, logged or shown as it came:
// an undocumented answer can carry tokens, activation codes or other customers' data.
import { ANSWER_SUMMARY_MAX_BYTES, type AnswerSummary } from '../../../shared/gigastore';
import { Redactor } from '../log/redactor';

const TEXT_FIELDS = ['status', 'title', 'message', 'detail', 'code'] as const;
/** A problem+json `type` is kept only as a short URI (`about:blank`, `https://…/insufficient-credit`). */
const SHORT_URI = /^[a-z][a-z0-9+.-]*:[^\s]{1,200}$/i;
const MEDIA_TYPE = /^[a-z0-9!#$&^_.+-]{1,64}\/[a-z0-9!#$&^_.+-]{1,64}/i;

/** Patterns and key names only: for callers that know no registered secret (the journal's reader). */
const patternsOnly = new Redactor();

export function summarizeAnswer(
  body: string,
  contentType: string | undefined,
  redactor: Redactor = patternsOnly,
): AnswerSummary {
  const json = parseJson(body);
  const summary: AnswerSummary = {};
  if (json && typeof json === 'object' && !Array.isArray(json)) {
    const fields = json as Record<string, unknown>;
    for (const field of TEXT_FIELDS) {
      const value = fields[field];
      if (typeof value === 'string' && value.trim()) summary[field] = redactor.text(bounded(value.trim()));
      else if (typeof value === 'number' && Number.isFinite(value)) summary[field] = value;
    }
    if (typeof fields.type === 'string' && SHORT_URI.test(fields.type)) summary.type = redactor.text(fields.type);
  }
  if (Object.keys(summary).length === 0) {
    summary.length = Buffer.byteLength(body);
    const mediaType = contentType ? MEDIA_TYPE.exec(contentType)?.[0] : undefined;
    if (mediaType) summary.contentType = mediaType.toLowerCase();
  }
  return capped(summary);
}

/** The sentence a clerk may read from an answer: `message || detail || title`, short. */
export function answerSentence(summary: AnswerSummary | undefined): string | undefined {
  const said = [summary?.message, summary?.detail, summary?.title].find(
    (value): value is string => typeof value === 'string' && value.length > 0,
  );
  return said?.slice(0, 300);
}

/**
 * A field cut to a length worth redacting (the summary keeps 2 KB at most). The cut ends at a space, so no
 * part of a token or code cut in two (which its pattern would no longer recognise) is kept.
 */
function bounded(text: string, limit = 16_384): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  const lastSpace = cut.search(/\s\S*$/);
  return lastSpace > 0 ? `${cut.slice(0, lastSpace)} …` : '…';
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

/**
 * The summary within the cap: every text longer than a common limit is cut to it (with an ellipsis), the
 * limit being the largest that fits (found by halving), so short fields stay whole and long ones share.
 */
function capped(summary: AnswerSummary): AnswerSummary {
  const fits = (candidate: AnswerSummary) => Buffer.byteLength(JSON.stringify(candidate)) <= ANSWER_SUMMARY_MAX_BYTES;
  if (fits(summary)) return summary;
  const cut = (limit: number): AnswerSummary => {
    const result: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(summary)) {
      if (typeof value !== 'string' || value.length <= limit) result[key] = value;
      else if (limit > 0) result[key] = `${value.slice(0, limit)}…`;
    }
    return result as AnswerSummary;
  };
  let [low, high] = [0, ANSWER_SUMMARY_MAX_BYTES];
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(cut(middle))) low = middle;
    else high = middle - 1;
  }
  const result = cut(low);
  return fits(result) ? result : {};
}
