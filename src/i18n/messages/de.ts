import type { Messages } from '../i18n';
import { en } from './en';

export const de: Messages = en;
