import type { TImportMapping, TImportTarget } from "./identity-import";

/** Header words (lower case, letters and digits only) -> target. First match wins. */
const SUGGESTIONS: [RegExp, TImportTarget][] = [
  [/^(mbox|xapimbox|mailto)$/, "mbox"],
  [/sha1/, "mbox_sha1sum"],
  [/^(openid|xapiopenid)$/, "openid"],
  [/^(xapiaccount|account)$/, "account"],
  [/^(e?mail|emailaddress|mailaddress|workemail|businessemail|emails?)$/, "email"],
  [/e?mail$/, "email"],
  [/^(system|source|sourcesystem)$/, "system"],
  [/^(contactid|contact|crmid|crmcontactid|memberid|personid)$/, "contact_id"],
  [/^(accountid|jiraaccountid|atlassianid)$/, "account_id"],
  [/^(login|username|githublogin|github|handle|githubuser|githubusername)$/, "login"],
  [/^(userid|uid|user|lmsuserid|learnerid|employeeid|id)$/, "user_id"],
  [
    /^(organi[sz]ationid|orgid|companyid|crmaccountid|memberno|organi[sz]ationcrmid)$/,
    "organization_id",
  ],
  [
    /^(organi[sz]ation|org|company|companyname|employer|organi[sz]ationname|member)$/,
    "organization",
  ],
  [/^(team|department|dept|group|unit)$/, "team"],
  [/^(name|fullname|displayname|personname|learner|learnername|contactname)$/, "name"],
];

const squash = (header: string) => header.toLowerCase().replace(/[^a-z0-9]+/g, "");

/** The target a header most likely names: "E-mail" -> email, "contact id" -> contact_id. */
export function suggestTarget(header: string): TImportTarget {
  const key = squash(header);
  for (const [pattern, target] of SUGGESTIONS) if (pattern.test(key)) return target;
  return "ignore";
}

/** Targets a file may map only one column to. */
const ONCE = new Set<TImportTarget>(["name", "organization", "organization_id", "team", "system"]);

/**
 * A mapping for every header: the given targets kept, the others suggested. A suggestion that
 * would repeat a field taken by an earlier column becomes "ignore".
 */
export function suggestMapping(headers: string[], given: TImportMapping = {}): TImportMapping {
  const out: TImportMapping = {};
  const taken = new Set(Object.values(given).filter((t) => ONCE.has(t)));
  for (const header of headers) {
    if (given[header] !== undefined) {
      out[header] = given[header];
      continue;
    }
    const target = suggestTarget(header);
    if (ONCE.has(target) && taken.has(target)) out[header] = "ignore";
    else {
      out[header] = target;
      taken.add(target);
    }
  }
  return out;
}

/** What is wrong with a mapping as a whole (empty when it can be used). */
export function mappingErrors(
  headers: string[],
  mapping: TImportMapping,
  hasDefaultSystem: boolean,
): string[] {
  const errors: string[] = [];
  for (const header of Object.keys(mapping))
    if (!headers.includes(header))
      errors.push(`mapping names column “${header}”, which the file does not have`);
  const targets = headers.map((h) => mapping[h] ?? "ignore");
  for (const t of ONCE)
    if (targets.filter((x) => x === t).length > 1) errors.push(`only one column can be “${t}”`);
  if (!targets.some((t) => !ONCE.has(t) && t !== "ignore"))
    errors.push("no column is mapped to an identifier (e-mail, user id, login…)");
  if (!hasDefaultSystem && !targets.includes("system"))
    errors.push("choose the system the IDs come from, or map a column to “system”");
  return errors;
}
