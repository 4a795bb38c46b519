/** A service as a reader may name it in prose: its official title and its short name. */
export interface NamedService {
  id: string;
  title: string;
  shortName: string;
  /** Earlier official names: they name no service today, but a name inside one is no mention either. */
  formerNames?: readonly string[];
}

/** One place where prose names a service. */
export interface Mention {
  id: string;
  /** The words as written. */
  text: string;
  /** Where they start in the text. */
  index: number;
}

const escape = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Where `text` names one of `services`, in reading order. A name counts as written, case and all, and
 * as whole words; where names overlap the longest wins, so "AWS Glue DataBrew" names DataBrew, not
 * Glue, and "Amazon S3 Tables" names S3 Tables, not S3. A former name names nothing, and hides the
 * names inside it: "Amazon CloudWatch Events" is no mention of CloudWatch. A short name only names its service where it
 * is a name: "Batch actions" and "batch inference" name no service, because AWS Batch's short name is
 * "AWS Batch": a short name is never an ordinary word (tests/unit/mentions.test.ts checks it).
 */
export function findMentions(text: string, services: readonly NamedService[]): Mention[] {
  // A former name maps to no service: "Amazon CloudWatch Events" is not CloudWatch, and "Amazon SageMaker
  // Catalog" is not SageMaker AI (once "Amazon SageMaker").
  const byName = new Map<string, string | undefined>();
  for (const s of services) for (const name of s.formerNames ?? []) byName.set(name, undefined);
  for (const s of services) for (const name of [s.title, s.shortName]) byName.set(name, s.id);
  // Longest first, so the alternation takes "AWS Glue DataBrew" before "AWS Glue" at the same place.
  const names = [...byName.keys()].sort((a, b) => b.length - a.length);
  if (names.length === 0) return [];
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}_-])(?:${names.map(escape).join("|")})(?![\\p{L}\\p{N}_-])`,
    "gu",
  );
  return [...text.matchAll(pattern)].flatMap((m) => {
    const id = byName.get(m[0]);
    return id ? [{ id, text: m[0], index: m.index }] : [];
  });
}
