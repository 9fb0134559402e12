import type { LocalizedText } from '../../../src-main/api/contract/index';

/** A stored localized text as the form's three fields (missing languages as empty strings). */
export const formText = (value: LocalizedText | null | undefined): LocalizedText => ({ fi: value?.fi ?? '', sv: value?.sv ?? '', en: value?.en ?? '' });
