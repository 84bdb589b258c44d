// The interface speaks English in unit and component tests, as the app does by default.
import { setLocale } from '../../src/i18n/i18n';

await setLocale('en');
