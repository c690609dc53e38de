import { FoldedText } from './text.js';

/** A span [start, end) of the folded text. */
export interface Segment {
  start: number;
  end: number;
}

/** A statement: a sentence, a line or a part of one between semicolons. */
export interface Statement extends Segment {
  /** Reports what already happened ("trong 24 giờ qua", "đã xảy ra"): never a forecast. */
  past: boolean;
}

// Patterns on the folded text.
const PAST_MARKER =
  /\b(?:\d+\s*(?:gio|h|tieng|ngay)\s+qua|(?:dem|hom|chieu|sang|toi|ngay|tuan)\s+qua|vua\s+qua|da\s+xay\s+ra|da\s+xuat\s+hien|da\s+co|(?:da\s+)?ghi\s+nhan|do\s+duoc|quan\s+trac|thuc\s+do)\b/;
const FORECAST_MARKER = /\b(?:du\s+bao|canh\s+bao|nhan\s+dinh|\d+\s*(?:gio|h|tieng|ngay)\s+toi|dem\s+nay|ngay\s+mai|sap\s+toi|kha\s+nang)\b/;
/** Clauses that explain the weather ("chịu ảnh hưởng của …", "kết hợp với …") rather than forecast it. */
export const SYNOPTIC = /\b(?:chiu\s+anh\s+huong|anh\s+huong\s+cua|ket\s+hop\s+voi)\b/;
/** "TP. Đà Nẵng": a full stop after an abbreviation does not end a sentence. */
const ABBREVIATION = /(?:^|[^a-z])tp$/;
const BULLET = /[\s\-+•*▪●◦·–>]/;

const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';

/** The folded text cut into statements, sentences and clauses, each knowing whether it reports the past. */
export class BulletinDocument {
  readonly text: FoldedText;
  /** Split at line breaks, full stops, "!", "?" and ";". */
  readonly statements: Statement[];
  /** Split at line breaks, full stops, "!" and "?". */
  readonly sentences: Segment[];

  constructor(input: string) {
    this.text = new FoldedText(input);
    this.sentences = this.split(false);
    this.statements = this.classify(this.split(true));
  }

  get folded(): string {
    return this.text.folded;
  }

  /** The folded text of a segment. */
  slice(segment: Segment): string {
    return this.text.folded.slice(segment.start, segment.end);
  }

  statementAt(position: number): Statement | undefined {
    return findSegment(this.statements, position);
  }

  sentenceAt(position: number): Segment | undefined {
    return findSegment(this.sentences, position);
  }

  isPast(position: number): boolean {
    return this.statementAt(position)?.past ?? false;
  }

  /** Where the words of a segment begin, after spaces and bullets ("-", "+", "•"). */
  contentStart(segment: Segment): number {
    let i = segment.start;
    while (i < segment.end && BULLET.test(this.text.folded[i])) i++;
    return i;
  }

  /** The clauses of a segment: split at "," and ";" outside parentheses. */
  clauses(segment: Segment): Segment[] {
    const folded = this.text.folded;
    const clauses: Segment[] = [];
    let depth = 0;
    let start = segment.start;
    for (let i = segment.start; i < segment.end; i++) {
      const ch = folded[i];
      if (ch === '(') depth++;
      else if (ch === ')') depth = Math.max(0, depth - 1);
      else if ((ch === ',' || ch === ';') && depth === 0) {
        clauses.push({ start, end: i });
        start = i + 1;
      }
    }
    clauses.push({ start, end: segment.end });
    return clauses.filter((clause) => folded.slice(clause.start, clause.end).trim() !== '');
  }

  private split(atSemicolons: boolean): Segment[] {
    const folded = this.text.folded;
    const segments: Segment[] = [];
    let start = 0;
    const close = (end: number) => {
      if (folded.slice(start, end).trim() !== '') segments.push({ start, end });
      start = end + 1;
    };
    for (let i = 0; i < folded.length; i++) {
      const ch = folded[i];
      if (ch === '\n' || ch === '!' || ch === '?' || (atSemicolons && ch === ';')) close(i);
      else if (ch === '.' && !(isDigit(folded[i - 1]) && isDigit(folded[i + 1])) && !ABBREVIATION.test(folded.slice(Math.max(0, i - 3), i))) close(i);
    }
    close(folded.length);
    return segments;
  }

  /**
   * Marks what reports the past: a statement with a past marker, a statement that follows a past
   * heading ("Tình hình thời tiết 24 giờ qua:") until a forecast marker, and the part of a statement
   * before "dự báo …" when it starts in the past.
   */
  private classify(segments: Segment[]): Statement[] {
    const statements: Statement[] = [];
    let inPastSection = false;
    for (const segment of segments) {
      const text = this.slice(segment);
      const colon = text.indexOf(':');
      if (colon >= 0 && colon < 100 && PAST_MARKER.test(text.slice(0, colon))) {
        inPastSection = true;
        statements.push({ ...segment, past: true });
        continue;
      }
      const pastAt = text.search(PAST_MARKER);
      const forecastAt = text.search(FORECAST_MARKER);
      if (forecastAt >= 0) inPastSection = false;
      if (pastAt >= 0 && forecastAt > pastAt) {
        const cut = segment.start + forecastAt;
        statements.push({ start: segment.start, end: cut, past: true });
        statements.push({ start: cut, end: segment.end, past: PAST_MARKER.test(text.slice(forecastAt)) });
      } else {
        statements.push({ ...segment, past: inPastSection || pastAt >= 0 });
      }
    }
    return statements;
  }
}

function findSegment<T extends Segment>(segments: readonly T[], position: number): T | undefined {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const segment = segments[mid];
    if (position < segment.start) hi = mid - 1;
    else if (position >= segment.end) lo = mid + 1;
    else return segment;
  }
  return undefined;
}
