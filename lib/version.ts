// Tailor's version, as package.json (and so the manifest) has it: collectors see which release sent what.
import { version } from '../package.json';

export const TAILOR_VERSION: string = version;
