// tailor extract <page.html> --url <page url>: the prospect on a saved CRM record page.
import { parseHTML } from 'linkedom';
import { adapterFor, readRecord } from '../../lib/crm';
import { parseCommandArgs } from '../args';
import { EXIT, UsageError, printJson, readTextFile, type Io } from '../io';

export const EXTRACT_OPTIONS = { url: { type: 'string' } } as const;

export function extract(argv: string[], io: Io): number {
  const { values, positionals } = parseCommandArgs(argv, EXTRACT_OPTIONS);
  const [file, ...extra] = positionals;
  if (!file || extra.length) throw new UsageError('extract takes one HTML file');
  if (!values.url) throw new UsageError('--url is required: the address the page was saved from');
  let url: URL;
  try {
    url = new URL(values.url);
  } catch {
    throw new UsageError(`--url "${values.url}" is not an absolute address`);
  }
  const html = readTextFile(io, file);
  const { document } = parseHTML(html);
  // Read whole: no node limit and no deadline (a live tab has both; a saved page on disk need not).
  const { record, complete } = readRecord(document as unknown as Document, url, { maxNodes: Infinity });
  const prospect = record?.prospect;
  if (!complete) {
    io.stderr(`${file}: the page could not be read whole (it stopped at its work limit); ${prospect ? 'fields may be missing' : 'no record was found in the part read'}\n`);
    if (!prospect) return EXIT.nothingFound;
  }
  if (!prospect) {
    const adapter = adapterFor(url);
    io.stderr(
      adapter
        ? `${file}: no ${adapter.id} record could be read from this page (is it the record page as the CRM shows it?)\n`
        : `${file}: ${url.toString()} is not a record page of a supported CRM (Salesforce, HubSpot, Dynamics 365, Pipedrive, Zoho CRM, LinkedIn, Sales Navigator)\n`,
    );
    return EXIT.nothingFound;
  }
  printJson(io, prospect);
  return EXIT.ok;
}
